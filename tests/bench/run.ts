/**
 * `npm run bench [-- --partie seed|import|region|tout] [--jeunes N] [--import-jeunes N]
 * [--evenements-par-jeune E] [--jeunes-region N] [--en-clair]`
 * - seed (seed-recherche.ts): N synthetic youths (default 60 000, ≈ 1 M events) by `seed`, then search
 *   latency on that database (p95 ≤ 30 ms);
 * - import (import.ts): a generated `tremplin-import/1` folder (default 60 000 youths × 16 events)
 *   imported into an empty database, then again;
 * - region (region.ts): the Region package of one year (≤ 1 s) and the dashboard figures (≤ 300 ms).
 * On encrypted files like the app's; `--en-clair` measures plain files (the cost of encryption).
 * Not a test: it prints figures and ratios to the targets; nothing fails on speed.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dossierTemporaire } from '../support/core-test';
import { mesurerImport } from './import';
import { mesurerRegion } from './region';
import { ACCES_TEST } from '../support/cle-test';
import { mesurerSeedEtRecherche } from './seed-recherche';

const { values } = parseArgs({
  options: {
    jeunes: { type: 'string', default: '60000' },
    repetitions: { type: 'string', default: '50' },
    partie: { type: 'string', default: 'tout' },
    'import-jeunes': { type: 'string', default: '60000' },
    'evenements-par-jeune': { type: 'string', default: '16' },
    'jeunes-region': { type: 'string', default: '60000' },
    // Measures on a plain file too (the app's files are encrypted): the cost of encryption.
    'en-clair': { type: 'boolean', default: false },
  },
});
const acces = values['en-clair'] ? { cle: null } : ACCES_TEST;
const parties = values.partie === 'tout' ? ['seed', 'import', 'region'] : [values.partie];

const dossier = dossierTemporaire('tremplin-bench-');
try {
  if (parties.includes('seed'))
    await mesurerSeedEtRecherche(dossier, Number(values.jeunes), Number(values.repetitions), acces);
  if (parties.includes('import'))
    mesurerImport(dossier, Number(values['import-jeunes']), Number(values['evenements-par-jeune']), acces);
  if (parties.includes('region')) await mesurerRegion(Number(values['jeunes-region']), acces);
} finally {
  rmSync(dossier, { recursive: true, force: true });
}
