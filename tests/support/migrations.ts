/** Older states of the database, for the migrations that change data. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { dossierTemporaire } from './core-test';

/** The committed migrations up to `n` (excluded): a database as an older version left it. */
export function migrationsJusqua(n: number): string {
  const dossier = join(dossierTemporaire('tremplin-migrations-'), 'migrations');
  cpSync(DOSSIER_MIGRATIONS_SOURCES, dossier, { recursive: true });
  const chemin = join(dossier, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(chemin, 'utf8'));
  journal.entries = journal.entries.slice(0, n);
  writeFileSync(chemin, JSON.stringify(journal));
  return dossier;
}
