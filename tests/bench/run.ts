/**
 * `npm run bench [-- --jeunes N]`: search latency through the dispatcher on N generated youths
 * (default 10 000), against the target of issue 8 (search p95 ≤ 30 ms). Not a test: it prints
 * figures and ratios to the target; nothing fails on speed. Then the Region package section
 * (`--jeunes-region N`, default 60 000).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { ouvrirCore } from '../../electron/core/core';
import { genererJeunes } from '../../electron/core/demo/demo';
import { dossierTemporaire } from '../support/core-test';
import { mesurerRegion } from './region';

const CIBLE_P95_MS = 30;

const { values } = parseArgs({
  options: {
    jeunes: { type: 'string', default: '10000' },
    repetitions: { type: 'string', default: '50' },
    'jeunes-region': { type: 'string', default: '60000' },
  },
});
const n = Number(values.jeunes);
const repetitions = Number(values.repetitions);

const dossier = dossierTemporaire('tremplin-bench-');
const core = ouvrirCore({
  fichierBase: join(dossier, 'bench.sqlite'),
  dossierMigrations: DOSSIER_MIGRATIONS_SOURCES,
  journal: () => {},
  systeme: true,
});
const appeler = async (canal: string, entree: unknown) => {
  const r = await core.dispatch(canal, entree);
  if (!r.ok) throw new Error(`${canal} : ${r.erreur.message}`);
  return r.valeur;
};

await appeler('structure:initialiser', { code: 'BENCH', nom: 'Mission Locale (banc d’essai)', siteSiege: 'Siège' });
const site2 = (await appeler('sites:creer', { libelle: 'Antenne', type: 'ANTENNE' })) as { id: string };
const referent = (await appeler('conseillers:creer', {
  login: 'c.bench',
  nom: 'Banc',
  prenom: 'Camille',
  role: 'CONSEILLER',
})) as { id: string };
const etat = (await appeler('structure:lire', {})) as { sites: { id: string }[] };

// Creation through the dispatcher (every rule checked), batched in one transaction so the data set
// builds fast; each creation still runs its own savepoint exactly as in the app.
const debutCreation = performance.now();
core.base.$client.exec('BEGIN');
for (const saisie of genererJeunes(n, 42, new Date(), etat.sites.map((s) => s.id).concat(site2.id), [referent.id])) {
  await appeler('jeunes:creer', { saisie, confirmerDoublon: true });
}
core.base.$client.exec('COMMIT');
const dureeCreation = performance.now() - debutCreation;

function centile(mesures: number[], p: number): number {
  const triees = [...mesures].sort((a, b) => a - b);
  return triees[Math.min(triees.length - 1, Math.ceil((p / 100) * triees.length) - 1)]!;
}

const requetes: [string, Record<string, unknown>][] = [
  ['liste, 1re page triée par nom', { texte: '' }],
  ['nom exact « Lefèvre »', { texte: 'Lefèvre' }],
  ['sans accents « helene »', { texte: 'helene' }],
  ['une faute « Heleen Lefevr »', { texte: 'Heleen Lefevr' }],
  ['date de naissance', { texte: '15/03/2005' }],
  ['téléphone partiel', { texte: '06 12 3' }],
  [
    'filtre site + statut, tri date',
    { siteId: site2.id, statut: 'ACTIF', tri: { colonne: 'dateNaissance', sens: 'desc' } },
  ],
  ['page 50 de 100 lignes', { texte: '', page: 50, taillePage: 100 }],
];

console.log(
  `\nRecherche sur ${n} dossiers, ${repetitions} répétitions par requête (dispatcher complet : validation, SQL, sortie)\n`,
);
console.log('| requête | résultats | p50 (ms) | p95 (ms) | p95 / cible 30 ms |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [nom, entree] of requetes) {
  const mesures: number[] = [];
  let total = 0;
  for (let i = 0; i < repetitions; i++) {
    const debut = performance.now();
    total = ((await appeler('jeunes:rechercher', entree)) as { total: number }).total;
    mesures.push(performance.now() - debut);
  }
  const p95 = centile(mesures, 95);
  console.log(
    `| ${nom} | ${total} | ${centile(mesures, 50).toFixed(1)} | ${p95.toFixed(1)} | ${(p95 / CIBLE_P95_MS).toFixed(2)} |`,
  );
}
console.log(
  `\nCréation de ${n} dossiers par le dispatcher : ${(dureeCreation / 1000).toFixed(1)} s (${Math.round(n / (dureeCreation / 1000))} dossiers/s).`,
);
console.log(`Mémoire résidente en fin de mesure : ${Math.round(process.memoryUsage().rss / 1048576)} Mio.`);

core.fermer();
rmSync(dossier, { recursive: true, force: true });

await mesurerRegion(Number(values['jeunes-region']));
