/**
 * The tests' database key: integration and end-to-end tests run on encrypted files, like the app.
 * Fixed (not secret) so a failing test's file can be opened by hand with it.
 */
import type { AccesBase } from '../../db/chiffrement';

/** As a recovery key would be written: what `TREMPLIN_CLE` takes (the CLI, the preview). */
export const CLE_TEST_TEXTE = '7E57-C1E5-7E57-C1E5-7E57-C1E5-7E57-C1E5-7E57-C1E5-7E57-C1E5-7E57-C1E5-7E57-C1E5';

export const ACCES_TEST: AccesBase = { cle: Buffer.from(CLE_TEST_TEXTE.replace(/-/g, ''), 'hex') };
