import { fileURLToPath } from 'node:url';

/** The migrations folder of a source checkout (the packaged app passes its resources path). */
export const DOSSIER_MIGRATIONS_SOURCES = fileURLToPath(new URL('../../db/migrations', import.meta.url));
