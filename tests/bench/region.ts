/**
 * Region section of `npm run bench`: the package of one year and the dashboard figures on the `seed`
 * command's data (same generator as the search section), against issue 8's targets (package ≤ 1 s,
 * dashboard ≤ 300 ms). Wall time and CPU time (the machine may be shared: CPU time is the steadier
 * figure). Prints figures; nothing fails on speed.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { ouvrirCore } from '../../electron/core/core';
import { dateLocale } from '../../electron/core/domain/dates';
import { calculerPaquet, produirePaquet, zipperPaquet } from '../../electron/core/region/paquet';
import { ecrirePdfSynthese } from '../../electron/core/region/pdf-synthese';
import { controlerQualite } from '../../electron/core/region/qualite';
import { tableauDeBord } from '../../electron/core/region/tableau-de-bord';
import { ecrireXlsx } from '../../electron/core/region/xlsx';
import { semer } from '../../electron/core/seed/seed';
import { dossierTemporaire } from '../support/core-test';
import type { AccesBase } from '../../db/chiffrement';

const CIBLE_PAQUET_MS = 1000;
const CIBLE_TABLEAU_MS = 300;

interface Mesure {
  murMs: number;
  cpuMs: number;
}

interface Tache {
  nom: string;
  f: () => unknown;
  cible: number | null;
}

/**
 * Median wall and CPU times of each task over `tours` rounds, the tasks taking turns within a round:
 * this machine's speed drifts by up to 2× over minutes (shared host), and interleaving makes every
 * task, and the package's parts, see the same drift.
 */
async function medianes(tours: number, taches: readonly Tache[]): Promise<Mesure[]> {
  const murs = taches.map(() => [] as number[]);
  const cpus = taches.map(() => [] as number[]);
  for (let tour = 0; tour < tours; tour += 1) {
    for (const [k, { f }] of taches.entries()) {
      const debut = performance.now();
      const cpu = process.cpuUsage();
      await f();
      const { user, system } = process.cpuUsage(cpu);
      murs[k]!.push(performance.now() - debut);
      cpus[k]!.push((user + system) / 1000);
    }
  }
  const milieu = (m: number[]) => m.sort((a, b) => a - b)[Math.floor(tours / 2)]!;
  return taches.map((_, k) => ({ murMs: milieu(murs[k]!), cpuMs: milieu(cpus[k]!) }));
}

export async function mesurerRegion(jeunes: number, acces: AccesBase): Promise<void> {
  const dossier = dossierTemporaire('tremplin-bench-region-');
  const ouvrir = () =>
    ouvrirCore({
      fichierBase: join(dossier, 'region.sqlite'),
      dossierMigrations: DOSSIER_MIGRATIONS_SOURCES,
      acces,
      journal: () => {},
      systeme: true,
    });
  const aujourdhui = dateLocale(new Date());
  // The last full year, with its N-1 inside the five seeded years.
  const annee = Number(aujourdhui.slice(0, 4)) - 1;
  let core = ouvrir();
  try {
    await core.dispatch('structure:initialiser', { code: 'BENCH', nom: 'Mission Locale (banc)', siteSiege: 'Siège' });
    await core.dispatch('sites:creer', { libelle: 'Antenne', type: 'ANTENNE' });
    for (const login of ['c.bench', 'k.bench', 's.bench'])
      await core.dispatch('conseillers:creer', {
        login,
        nom: 'Banc',
        prenom: 'Camille',
        role: 'CONSEILLER',
        motDePasse: null,
      });
    const debut = performance.now();
    semer(core.base, { jeunes, graine: 42, annees: 5, aujourdhui });
    console.log(
      `\nPaquet Région ${annee} sur ${jeunes} dossiers du seed (semés en ${((performance.now() - debut) / 1000).toFixed(1)} s)\n`,
    );
  } finally {
    core.fermer();
  }
  // Measured as the app finds the file: a new connection, with the planner statistics its maintenance
  // takes (`entretenir`), nothing more.
  core = ouvrir();
  core.base.$client.pragma('optimize = 0x10002');
  try {
    const client = core.base.$client;
    const paquet = () => produirePaquet(core.base, { annee, maintenant: new Date() });
    const tableau = () => tableauDeBord(client, annee);
    const donnees = await paquet(); // warm-up: statements prepared, pages cached
    const { lignes, tableau: chiffres, qualite } = calculerPaquet(client, annee);
    const genereLe = new Date();
    const structure = donnees.manifest.structure;
    // The package's parts, to see where its time goes (no target of their own).
    const taches: Tache[] = [
      { nom: 'paquet complet (CSV, XLSX, PDF, manifeste)', f: paquet, cible: CIBLE_PAQUET_MS },
      { nom: '… dont calculs SQL (N, séries N-1, qualité)', f: () => calculerPaquet(client, annee), cible: null },
      {
        nom: '… dont classeur XLSX',
        f: () => ecrireXlsx(lignes, { structure: structure.nom, annee, genereLe }),
        cible: null,
      },
      {
        nom: '… dont synthèse PDF',
        f: () => ecrirePdfSynthese({ structure, annee, genereLe, lignes, tableau: chiffres, qualite: qualite.comptes }),
        cible: null,
      },
      { nom: '… dont ZIP', f: () => zipperPaquet(donnees), cible: null },
      { nom: 'chiffres du tableau de bord (N et N-1)', f: tableau, cible: CIBLE_TABLEAU_MS },
      { nom: 'contrôle qualité seul (assistant)', f: () => controlerQualite(client, annee), cible: null },
    ];
    const mesures = await medianes(7, taches);
    console.log('| mesure (médiane) | mur (ms) | CPU (ms) | cible (ms) | mur / cible | CPU / cible |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [k, { nom, cible }] of taches.entries()) {
      const { murMs, cpuMs } = mesures[k]!;
      const ratio = (ms: number) => (cible === null ? '—' : (ms / cible).toFixed(2));
      console.log(
        `| ${nom} | ${murMs.toFixed(0)} | ${cpuMs.toFixed(0)} | ${cible ?? '—'} | ${ratio(murMs)} | ${ratio(cpuMs)} |`,
      );
    }
  } finally {
    core.fermer();
    rmSync(dossier, { recursive: true, force: true });
  }
}
