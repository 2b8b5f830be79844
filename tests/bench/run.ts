/**
 * `npm run bench [-- --partie seed|import|tout] [--jeunes N] [--import-jeunes N] [--evenements-par-jeune E]`
 * - seed (seed-recherche.ts): N synthetic youths (default 60 000, ≈ 1 M events) by `seed`, then search
 *   latency on that database;
 * - import (import.ts): a generated `tremplin-import/1` folder (default 60 000 youths × 16 events)
 *   imported into an empty database, then again.
 * Not a test: it prints figures and ratios to the targets; nothing fails on speed.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dossierTemporaire } from '../support/core-test';
import { mesurerImport } from './import';
import { mesurerSeedEtRecherche } from './seed-recherche';

const { values } = parseArgs({
  options: {
    jeunes: { type: 'string', default: '60000' },
    repetitions: { type: 'string', default: '50' },
    partie: { type: 'string', default: 'tout' },
    'import-jeunes': { type: 'string', default: '60000' },
    'evenements-par-jeune': { type: 'string', default: '16' },
  },
});
const parties = values.partie === 'tout' ? ['seed', 'import'] : [values.partie];

const dossier = dossierTemporaire('tremplin-bench-');
try {
  if (parties.includes('seed'))
    await mesurerSeedEtRecherche(dossier, Number(values.jeunes), Number(values.repetitions));
  if (parties.includes('import'))
    mesurerImport(dossier, Number(values['import-jeunes']), Number(values['evenements-par-jeune']));
} finally {
  rmSync(dossier, { recursive: true, force: true });
}
