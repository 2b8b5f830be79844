/**
 * Seed and search (issues 7 and 8): `seed` time, rows per second, peak memory and file size against the
 * target of 60 000 youths in under a minute; then search latency through the dispatcher on that
 * database against the target of search p95 ≤ 30 ms.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { ouvrirCore } from '../../electron/core/core';
import { dateLocale } from '../../electron/core/domain/dates';
import { semer } from '../../electron/core/seed/seed';
import type { AccesBase } from '../../db/chiffrement';

const CIBLE_P95_MS = 30;
const CIBLE_SEED_S = 60;

export async function mesurerSeedEtRecherche(
  dossier: string,
  n: number,
  repetitions: number,
  acces: AccesBase,
): Promise<void> {
  const core = ouvrirCore({
    fichierBase: join(dossier, 'bench.sqlite'),
    dossierMigrations: DOSSIER_MIGRATIONS_SOURCES,
    acces,
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
  for (const login of ['c.bench', 'k.bench', 's.bench'])
    await appeler('conseillers:creer', { login, nom: 'Banc', prenom: 'Camille', role: 'CONSEILLER', motDePasse: null });

  const debutSeed = performance.now();
  const comptes = semer(core.base, { jeunes: n, graine: 42, annees: 5, aujourdhui: dateLocale(new Date()) });
  const dureeSeed = (performance.now() - debutSeed) / 1000;
  const lignes = Object.values(comptes).reduce((s, c) => s + c, 0);
  const rssSeed = Math.round(process.resourceUsage().maxRSS / 1024);

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
  // CPU time beside wall time: on a shared machine the wall time mostly measures the other processes.
  console.log('| requête | résultats | p50 (ms) | p95 (ms) | p95 CPU (ms) | p95 / cible 30 ms | p95 CPU / cible |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [nom, entree] of requetes) {
    const mesures: number[] = [];
    const cpus: number[] = [];
    let total = 0;
    for (let i = 0; i < repetitions; i++) {
      const debut = performance.now();
      const cpu = process.cpuUsage();
      total = ((await appeler('jeunes:rechercher', entree)) as { total: number }).total;
      const { user, system } = process.cpuUsage(cpu);
      mesures.push(performance.now() - debut);
      cpus.push((user + system) / 1000);
    }
    const p95 = centile(mesures, 95);
    const p95Cpu = centile(cpus, 95);
    console.log(
      `| ${nom} | ${total} | ${centile(mesures, 50).toFixed(1)} | ${p95.toFixed(1)} | ${p95Cpu.toFixed(1)} | ${(p95 / CIBLE_P95_MS).toFixed(2)} | ${(p95Cpu / CIBLE_P95_MS).toFixed(2)} |`,
    );
  }
  core.fermer();
  const taille = readdirSync(dossier).reduce((s, f) => s + statSync(join(dossier, f)).size, 0);
  console.log(`\nseed de ${n} dossiers (graine 42, 5 ans) :`);
  console.log('| mesure | valeur |');
  console.log('| --- | ---: |');
  console.log(
    `| durée (s) | ${dureeSeed.toFixed(1)} (cible ${CIBLE_SEED_S} s, rapport ${(dureeSeed / CIBLE_SEED_S).toFixed(2)}) |`,
  );
  console.log(`| lignes écrites | ${lignes} (dont ${comptes.evenements} événements) |`);
  console.log(`| lignes par seconde | ${Math.round(lignes / dureeSeed)} |`);
  console.log(`| pic de mémoire résidente (Mio) | ${rssSeed} |`);
  console.log(`| taille du fichier (Mio) | ${Math.round(taille / 1048576)} |`);
}
