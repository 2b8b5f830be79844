/**
 * `npm run test:crash [-- ESSAIS]`: 100 trials by default, seeds 1…N, each on a fresh file.
 * Exit code 1 when any trial finds a damaged file, a lost acknowledged commit or a partial one.
 */
import { rmSync } from 'node:fs';
import { dossierTemporaire } from '../support/core-test';
import { essaiCrash } from './essai';

const essais = Number(process.argv[2] ?? 100);
const dossier = dossierTemporaire('tremplin-crash-');
let echecs = 0;
let acquittees = 0;
const debut = Date.now();
for (let graine = 1; graine <= essais; graine++) {
  const r = await essaiCrash(dossier, graine);
  acquittees += r.acquittees;
  if (r.problemes.length > 0) {
    echecs++;
    console.error(`Essai ${graine} : ${r.problemes.slice(0, 5).join(' ; ')}`);
  }
}
rmSync(dossier, { recursive: true, force: true });
console.log(
  `${essais} essais en ${Math.round((Date.now() - debut) / 1000)} s : ${acquittees} transactions acquittées, ` +
    `${echecs} essai(s) en échec.`,
);
process.exit(echecs === 0 ? 0 : 1);
