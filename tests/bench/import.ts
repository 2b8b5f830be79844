/**
 * Import throughput of `tremplin-import/1` (issue 7): a deterministic folder of N youths and E
 * events each (jeunes.csv, evenements.csv, situations.csv), imported into an empty database by the
 * same code as the CLI. Prints rows per second and the process's peak memory; nothing fails on speed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { ouvrirCore } from '../../electron/core/core';
import { aleatoire } from '../../electron/core/seed/hasard';
import { ajouterJours, ajouterMois } from '../../electron/core/domain/dates';
import { lireSources } from '../../electron/core/echange/sources';
import type { AccesBase } from '../../db/chiffrement';

const NOMS = ['Martin', 'Bernard', 'Dubois', 'Nguyen', 'Lefèvre', 'Cœur', 'Diallo', 'Moreau', 'Garcia', 'Benali'];
const PRENOMS = ['Léa', 'Hugo', 'Inès', 'Noël', 'Chloé', 'Yanis', 'Manon', 'Adam', 'Zoé', 'Rayan'];
const TYPES = ['EI', 'IC', 'AT', 'TEL', 'ECRIT', 'ACC'];
const CONSEILLERS = ['c.un', 'c.deux', 'c.trois', 'c.quatre'];

/** Writes the folder; returns its row count (all files). */
function genererDossier(dossier: string, jeunes: number, evenementsParJeune: number): number {
  const hasard = aleatoire(7);
  const choisir = <T>(liste: readonly T[]) => liste[Math.floor(hasard() * liste.length)]!;
  const lignesJeunes = ['id_jeune;nom;prenom;sexe;date_naissance;date_premier_accueil;qpv;telephone;conseiller'];
  const lignesEvenements = ['id_evenement;id_jeune;date;type;conseiller;commentaire'];
  const lignesSituations = ['id_situation;id_jeune;categorie;sous_type;date_debut;date_fin_prevue'];
  for (let i = 0; i < jeunes; i++) {
    const naissance = ajouterJours('1996-01-01', Math.floor(hasard() * 365 * 12));
    const accueil = ajouterJours(ajouterMois(naissance, 12 * 16), Math.floor(hasard() * 365 * 8));
    const telephone = `06${String(Math.floor(hasard() * 1e8)).padStart(8, '0')}`;
    lignesJeunes.push(
      `J${i};${choisir(NOMS)};${choisir(PRENOMS)};${choisir(['F', 'M'])};${naissance};${accueil};${choisir(['oui', 'non'])};${telephone};${choisir(CONSEILLERS)}`,
    );
    for (let k = 0; k < evenementsParJeune; k++) {
      lignesEvenements.push(
        `E${i}-${k};J${i};${ajouterJours(accueil, k * 15)};${choisir(TYPES)};${choisir(CONSEILLERS)};Entretien n° ${k}`,
      );
    }
    lignesSituations.push(`S${i};J${i};EMP;CDD;${ajouterJours(accueil, 30)};${ajouterJours(accueil, 210)}`);
  }
  mkdirSync(dossier, { recursive: true });
  for (const [nom, lignes] of [
    ['jeunes.csv', lignesJeunes],
    ['evenements.csv', lignesEvenements],
    ['situations.csv', lignesSituations],
  ] as const) {
    writeFileSync(join(dossier, nom), `\uFEFF${lignes.join('\r\n')}\r\n`);
  }
  return lignesJeunes.length + lignesEvenements.length + lignesSituations.length - 3;
}

export function mesurerImport(
  dossierTravail: string,
  jeunes: number,
  evenementsParJeune: number,
  acces: AccesBase,
): void {
  const dossier = join(dossierTravail, 'import');
  const lignes = genererDossier(dossier, jeunes, evenementsParJeune);
  const core = ouvrirCore({
    fichierBase: join(dossierTravail, 'import.sqlite'),
    dossierMigrations: DOSSIER_MIGRATIONS_SOURCES,
    acces,
    journal: () => {},
    systeme: true,
  });
  try {
    const sources = lireSources(dossier);
    // Wall time and this process's CPU time: on a shared machine, the second says what the code costs.
    const mesurer = (ecrire: boolean) => {
      const debut = performance.now();
      const cpu = process.cpuUsage();
      const rapport = core.importer(sources, { ecrire });
      if (!rapport.valide) throw new Error(`Import refusé : ${rapport.erreurs.slice(0, 3).join(' | ')}`);
      const { user, system } = process.cpuUsage(cpu);
      return { duree: (performance.now() - debut) / 1000, cpu: (user + system) / 1e6 };
    };
    const debit = (s: number) => Math.round(lignes / s).toLocaleString('fr-FR');
    const ligne = (etape: string, m: { duree: number; cpu: number }) =>
      console.log(`| ${etape} | ${m.duree.toFixed(1)} | ${m.cpu.toFixed(1)} | ${debit(m.duree)} | ${debit(m.cpu)} |`);
    console.log(
      `\nImport de ${jeunes} jeunes, ${jeunes * evenementsParJeune} événements, ${jeunes} situations (${lignes} lignes)\n`,
    );
    console.log('| étape | durée (s) | CPU (s) | lignes/s | lignes/s CPU |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    ligne('analyse seule (à blanc)', mesurer(false));
    ligne('import dans une base vide', mesurer(true));
    ligne('même import une 2e fois (rien ne change)', mesurer(true));
    console.log(
      `\nMémoire : pic résident ${Math.round(process.resourceUsage().maxRSS / 1024)} Mio (processus entier), tas en fin de mesure ${Math.round(process.memoryUsage().heapUsed / 1048576)} Mio.`,
    );
  } finally {
    core.fermer();
  }
}
