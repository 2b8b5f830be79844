/**
 * Global set-up: builds the demo database once (its six accounts cost seconds of password hashing),
 * by running the preview on a new file. Each test then serves a copy of it (fixtures.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demarrerApercu } from './apercu';

/** Where the tests find the demo database (the workers inherit the set-up's environment). */
export const VARIABLE_BASE_DEMO = 'TREMPLIN_E2E_BASE_DEMO';

export default async function preparerDemo(): Promise<() => void> {
  const dossier = mkdtempSync(join(tmpdir(), 'tremplin-e2e-demo-'));
  const effacer = () => rmSync(dossier, { recursive: true, force: true });
  const fichier = join(dossier, 'demo.sqlite');
  try {
    const apercu = await demarrerApercu(fichier, { vierge: false });
    await apercu.arreter();
    // Closed cleanly, SQLite has written everything back into the file: it can be copied alone.
    if (existsSync(`${fichier}-wal`)) throw new Error('La base de démonstration n’a pas été fermée proprement.');
  } catch (e) {
    effacer();
    throw e;
  }
  process.env[VARIABLE_BASE_DEMO] = fichier;
  return effacer;
}
