/**
 * Region section of `npm run bench`: the package of one year and the dashboard figures on a large
 * generated base, against issue 8's targets (package ≤ 1 s, dashboard ≤ 300 ms), without then with
 * the indexes proposed to the integrator. Prints figures; nothing fails on speed.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { ouvrirCore } from '../../electron/core/core';
import { produirePaquet } from '../../electron/core/region/paquet';
import { tableauDeBord } from '../../electron/core/region/tableau-de-bord';
import { dossierTemporaire } from '../support/core-test';
import { genererDonneesRegion } from '../support/donnees-region';

const CIBLE_PAQUET_MS = 1000;
const CIBLE_TABLEAU_MS = 300;
const ANNEE = 2025;

/** Indexes the figures would use (not in a migration: listed for the integrator). */
export const INDEX_PROPOSES = [
  'CREATE INDEX IF NOT EXISTS jeunes_premier_accueil_idx ON jeunes (date_premier_accueil)',
  'CREATE INDEX IF NOT EXISTS evenements_jeune_date_type_idx ON evenements (jeune_id, date, type)',
];

async function mediane(fois: number, f: () => unknown): Promise<number> {
  const mesures: number[] = [];
  for (let k = 0; k < fois; k += 1) {
    const debut = performance.now();
    await f();
    mesures.push(performance.now() - debut);
  }
  return mesures.sort((a, b) => a - b)[Math.floor(fois / 2)]!;
}

export async function mesurerRegion(jeunes: number): Promise<void> {
  const dossier = dossierTemporaire('tremplin-bench-region-');
  const core = ouvrirCore({
    fichierBase: join(dossier, 'region.sqlite'),
    dossierMigrations: DOSSIER_MIGRATIONS_SOURCES,
    journal: () => {},
    systeme: true,
  });
  try {
    await core.dispatch('structure:initialiser', { code: 'BENCH', nom: 'Mission Locale (banc)', siteSiege: 'Siège' });
    const client = core.base.$client;
    const debut = performance.now();
    genererDonneesRegion(client, jeunes, 42);
    client.exec('ANALYZE');
    console.log(
      `\nPaquet Région ${ANNEE} sur ${jeunes} dossiers (générés en ${((performance.now() - debut) / 1000).toFixed(1)} s)\n`,
    );
    console.log('| mesure (médiane) | sans index proposés (ms) | avec (ms) | cible (ms) | ratio avec / cible |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    const paquet = () => produirePaquet(core.base, { annee: ANNEE, maintenant: new Date() });
    const tableau = () => tableauDeBord(client, ANNEE);
    await paquet(); // warm-up: statements prepared, pages cached
    const sans = [await mediane(3, paquet), await mediane(5, tableau)];
    for (const index of INDEX_PROPOSES) client.exec(index);
    client.exec('ANALYZE');
    await paquet();
    const avec = [await mediane(3, paquet), await mediane(5, tableau)];
    const lignes: [string, number][] = [
      ['paquet complet (CSV, XLSX, PDF, manifeste)', CIBLE_PAQUET_MS],
      ['chiffres du tableau de bord (N et N-1)', CIBLE_TABLEAU_MS],
    ];
    lignes.forEach(([nom, cible], k) =>
      console.log(
        `| ${nom} | ${sans[k]!.toFixed(0)} | ${avec[k]!.toFixed(0)} | ${cible} | ${(avec[k]! / cible).toFixed(2)} |`,
      ),
    );
  } finally {
    core.fermer();
    rmSync(dossier, { recursive: true, force: true });
  }
}
