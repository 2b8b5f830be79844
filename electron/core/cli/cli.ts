/**
 * Headless mode (shared/spec/cli.md): the same core as the app, for directors' scripts, support and
 * tests. Exit codes: 0 success, 1 data or file refused (nothing written), 2 wrong usage, 3 other failure.
 */
import { performance } from 'node:perf_hooks';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { AccesBase } from '../../../db/chiffrement';
import { ErreurBase, ouvrirLectureSeule } from '../../../db/client';
import { lireStructure } from '../../../db/repositories/structure';
import { creerSauvegarde } from '../../../db/sauvegarde/creer';
import { ErreurSauvegarde } from '../../../db/sauvegarde/manifeste';
import { restaurerSauvegarde } from '../../../db/sauvegarde/restaurer';
import { dossierParDefaut } from '../services/sauvegardes';
import { DOSSIER_MIGRATIONS_SOURCES } from '../chemins';
import { ouvrirCore, type OptionsCore } from '../core';
import type { ParametresScrypt } from '../securite/mots-de-passe';
import { creerStructureDemo } from '../demo/demo';
import { lignesRapport } from '../echange/rapport';
import { lireSources } from '../echange/sources';
import { validerEntree } from '../dispatcher';
import { dateLocale } from '../domain/dates';
import { graineNumerique, Hasard } from '../seed/hasard';
import { ANNEES_MAX, ErreurSeed, semer } from '../seed/seed';
import { CONTROLES_QUALITE, ecrirePaquet, ErreurPaquet, listeQualiteCsv, produirePaquet } from '../region';
import { verifierBase } from '../services/verification';
import { VERSION_LOGICIEL } from '../version';
import { ErreurCle } from '../securite/cle-base';
import { accesCli, demandeTerminal } from './cle-cli';

export interface Sorties {
  stdout: (texte: string) => void;
  stderr: (texte: string) => void;
}

export const CODES_SORTIE = { succes: 0, refus: 1, usage: 2, echec: 3 } as const;

class ErreurUsage extends Error {}
class ErreurRefus extends Error {}

interface Contexte {
  sorties: Sorties;
  dossierMigrations: string;
  /** The key for a file: read only (a plain file stays as it is) or written (encrypted). */
  acces(fichier: string, usage: 'lecture' | 'ecriture'): Promise<AccesBase>;
  /** The installed app's own key for its own database (null for any other file, or outside the app). */
  cleHote(fichier: string): Buffer | null;
  fichierParDefaut: string | undefined;
  maintenant: () => Date;
  parametresScrypt: ParametresScrypt | undefined;
}

/** How the CLI is hosted: from the sources (npm run tremplin) or inside the installed app. */
export interface OptionsCli {
  sorties?: Sorties;
  /** Migrations folder (the installed app passes its resources path). */
  dossierMigrations?: string;
  /** better-sqlite3 binary for Electron's ABI when the CLI runs inside Electron. */
  liaisonNative?: string;
  /** The installed app's own key for its own database (null for any other file). */
  cleHote?: (fichier: string) => Buffer | null;
  /** Asks the recovery key (default: a hidden prompt when stdin is a terminal). */
  demanderCle?: () => Promise<string>;
  /** Database used when neither --db nor TREMPLIN_DB is given (the installed app's own). */
  fichierParDefaut?: string;
  /** The clock (tests fix it: `seed` dates its data from today). */
  maintenant?: () => Date;
  /** scrypt cost of the accounts `seed` creates (OWASP by default; tests lower it). */
  parametresScrypt?: ParametresScrypt;
}

interface Commande {
  resume: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Names of the arguments without an option (`import DOSSIER_OU_ZIP`). */
  arguments?: readonly string[];
  executer(
    valeurs: Record<string, string | boolean | undefined>,
    ctx: Contexte,
    args: readonly string[],
  ): Promise<void>;
}

const optionDb = { db: { type: 'string' } } as const;

function fichierBase(valeurs: Record<string, string | boolean | undefined>, ctx: Contexte): string {
  const db = (valeurs.db as string | undefined) ?? process.env.TREMPLIN_DB ?? ctx.fichierParDefaut;
  if (!db) throw new ErreurUsage('Option --db manquante (ou variable TREMPLIN_DB) : le fichier de la base.');
  return db;
}

/** An integer option within bounds, or a usage error naming them. */
function entierBorne(texte: string, nom: string, min: number, max: number): number {
  const n = /^\d+$/.test(texte) ? Number(texte) : NaN;
  if (!(n >= min && n <= max))
    throw new ErreurUsage(`--${nom} : un entier entre ${min} et ${max} est attendu (reçu « ${texte} »).`);
  return n;
}

/** A graine is a number (0 to 4294967295) or any word, which is hashed to one. */
function lireGraine(texte: string): number {
  if (texte.trim() === '') throw new ErreurUsage('--graine : une valeur non vide est attendue.');
  return /^\d{1,9}$/.test(texte) ? Number(texte) : graineNumerique(texte);
}

/** Largest --jeunes: beyond it a file no longer makes sense on a workstation. */
const JEUNES_MAX = 1_000_000;

function requis(valeurs: Record<string, string | boolean | undefined>, nom: string): string {
  const v = valeurs[nom];
  if (typeof v !== 'string' || v === '') throw new ErreurUsage(`Option --${nom} manquante.`);
  return v;
}

/** The core as the system (the CLI runs with the file owner's rights), with the file's key. */
async function ouvrirCoreSysteme(fichier: string, ctx: Contexte, options: Partial<OptionsCore> = {}) {
  return ouvrirCore({
    fichierBase: fichier,
    dossierMigrations: ctx.dossierMigrations,
    acces: await ctx.acces(fichier, 'ecriture'),
    systeme: true,
    ...options,
  });
}

/** The core on an existing database: a command that reads or adds data does not create the file. */
async function ouvrirCoreExistant(fichier: string, ctx: Contexte) {
  if (!existsSync(fichier)) throw new ErreurRefus(`Base introuvable : ${fichier} (créez-la avec « tremplin init »).`);
  return ouvrirCoreSysteme(fichier, ctx);
}

const COMMANDES: Record<string, Commande> = {
  init: {
    resume: "crée la base (ou la met à jour) et fixe l'identité de la structure",
    usage: 'init --db FICHIER --code CODE --nom "NOM" [--siret SIRET]',
    options: { ...optionDb, code: { type: 'string' }, nom: { type: 'string' }, siret: { type: 'string' } },
    async executer(valeurs, ctx) {
      const fichier = fichierBase(valeurs, ctx);
      const entree = {
        code: requis(valeurs, 'code'),
        nom: requis(valeurs, 'nom'),
        siret: valeurs.siret ?? null,
        siteSiege: 'Siège',
      };
      // Refuse bad values before the file is created or migrated: a refusal writes nothing.
      const valide = validerEntree('structure:initialiser', entree);
      if (!valide.ok) throw new ErreurRefus(valide.erreur.message);
      const core = await ouvrirCoreSysteme(fichier, ctx);
      try {
        const reponse = await core.dispatch('structure:initialiser', valide.valeur);
        if (!reponse.ok) throw new ErreurRefus(reponse.erreur.message);
        ctx.sorties.stdout(`Base prête : ${fichier} — structure ${entree.code} (${entree.nom}).`);
      } finally {
        core.fermer();
      }
    },
  },
  verifier: {
    resume: 'contrôle l’intégrité du fichier et la cohérence des données',
    usage: 'verifier --db FICHIER',
    options: { ...optionDb },
    async executer(valeurs, ctx) {
      const { sorties } = ctx;
      const fichier = fichierBase(valeurs, ctx);
      const client = ouvrirLectureSeule(fichier, ctx.dossierMigrations, await ctx.acces(fichier, 'lecture'));
      try {
        const problemes = verifierBase(client);
        if (problemes.length > 0) {
          for (const p of problemes) sorties.stderr(p);
          throw new ErreurRefus(`${problemes.length} problème(s) trouvé(s).`);
        }
        sorties.stdout('Base vérifiée : aucun problème.');
      } finally {
        client.close();
      }
    },
  },
  seed: {
    resume: 'remplit une base de données synthétiques réalistes (démonstrations, mesures)',
    usage: 'seed --db FICHIER --jeunes N [--graine S] [--annees A]',
    options: { ...optionDb, jeunes: { type: 'string' }, graine: { type: 'string' }, annees: { type: 'string' } },
    async executer(valeurs, ctx) {
      const fichier = fichierBase(valeurs, ctx);
      const jeunes = entierBorne(requis(valeurs, 'jeunes'), 'jeunes', 1, JEUNES_MAX);
      const annees = valeurs.annees === undefined ? 5 : entierBorne(valeurs.annees as string, 'annees', 1, ANNEES_MAX);
      const texteGraine = (valeurs.graine as string | undefined) ?? '1';
      const graine = lireGraine(texteGraine);
      // Ids of the demo structure's sites and accounts from the graine too: the files refer to them.
      const ids = new Hasard(graine ^ 0x5eed);
      const core = await ouvrirCoreSysteme(fichier, ctx, {
        maintenant: ctx.maintenant,
        nouvelId: () => ids.uuid7(ctx.maintenant().getTime()),
        parametresScrypt: ctx.parametresScrypt,
      });
      try {
        const nouvelle = lireStructure(core.base) === undefined;
        if (nouvelle) await creerStructureDemo(core);
        const debut = performance.now();
        const comptes = semer(core.base, { jeunes, graine, annees, aujourdhui: dateLocale(ctx.maintenant()) });
        const secondes = (performance.now() - debut) / 1000;
        const lignes = Object.values(comptes).reduce((s, n) => s + n, 0);
        ctx.sorties.stdout(
          [
            `${jeunes} dossiers synthétiques écrits dans ${fichier} (graine ${texteGraine}, ${annees} an(s)) : ` +
              `${lignes} lignes en ${secondes.toFixed(1)} s.`,
            ...Object.entries(comptes).map(([table, n]) => `  ${table.padEnd(24)} ${n}`),
            ...(nouvelle
              ? [
                  'Base créée avec la structure de démonstration ML-DEMO et ses comptes (mot de passe de démonstration).',
                ]
              : []),
          ].join('\n'),
        );
      } catch (e) {
        if (e instanceof ErreurSeed) throw new ErreurRefus(e.message);
        throw e;
      } finally {
        core.fermer();
      }
    },
  },
  import: {
    resume: 'importe un dossier ou un ZIP au format tremplin-import/1 (tout ou rien)',
    usage: 'import DOSSIER_OU_ZIP --db FICHIER',
    options: { ...optionDb },
    arguments: ['DOSSIER_OU_ZIP'],
    async executer(valeurs, ctx, [chemin]) {
      const fichier = fichierBase(valeurs, ctx);
      let sources;
      try {
        sources = lireSources(chemin!);
      } catch (e) {
        throw new ErreurRefus(`Impossible de lire ${chemin} : ${(e as Error).message}`);
      }
      const core = await ouvrirCoreExistant(fichier, ctx);
      try {
        const rapport = core.importer(sources, { ecrire: true });
        for (const ligne of lignesRapport(rapport)) (rapport.valide ? ctx.sorties.stdout : ctx.sorties.stderr)(ligne);
        if (!rapport.valide) throw new ErreurRefus(`${rapport.erreurs.length} erreur(s) : rien n'a été importé.`);
      } finally {
        core.fermer();
      }
    },
  },
  'export-donnees': {
    resume: 'écrit toutes les données au format tremplin-import/1 (export complet lisible)',
    usage: 'export-donnees --db FICHIER --out DOSSIER',
    options: { ...optionDb, out: { type: 'string' } },
    async executer(valeurs, ctx) {
      const dossier = requis(valeurs, 'out');
      const core = await ouvrirCoreExistant(fichierBase(valeurs, ctx), ctx);
      try {
        const fichiers = core.exporterDonnees();
        mkdirSync(dossier, { recursive: true });
        for (const f of fichiers) writeFileSync(join(dossier, f.nom), f.contenu);
        for (const f of fichiers) ctx.sorties.stdout(`${f.nom.padEnd(18)} ${f.lignes} ligne(s)`);
        ctx.sorties.stdout(`Export écrit dans ${dossier}.`);
      } finally {
        core.fermer();
      }
    },
  },
  'export-region': {
    resume: 'écrit le paquet annuel d’indicateurs pour la Région (CSV, XLSX, PDF, manifeste)',
    usage:
      'export-region --db FICHIER --annee AAAA --out DOSSIER [--zip FICHIER.zip] [--qualite FICHIER.csv] [--force]',
    options: {
      ...optionDb,
      annee: { type: 'string' },
      out: { type: 'string' },
      zip: { type: 'string' },
      qualite: { type: 'string' },
      force: { type: 'boolean' },
    },
    async executer(valeurs, ctx) {
      const fichier = fichierBase(valeurs, ctx);
      const texteAnnee = requis(valeurs, 'annee');
      if (!/^\d{4}$/.test(texteAnnee)) throw new ErreurUsage(`Année invalide : « ${texteAnnee} » (attendu : AAAA).`);
      const dossier = requis(valeurs, 'out');
      if (!existsSync(fichier)) throw new ErreurRefus(`Base introuvable : ${fichier}.`);
      const liste = valeurs.qualite as string | undefined;
      if (liste && existsSync(liste) && valeurs.force !== true) {
        throw new ErreurRefus(`Le fichier ${liste} existe déjà : ajoutez --force pour le remplacer.`);
      }
      const core = await ouvrirCoreSysteme(fichier, ctx);
      try {
        const paquet = await produirePaquet(core.base, { annee: Number(texteAnnee), maintenant: new Date() });
        ecrirePaquet(paquet, dossier, { zip: valeurs.zip as string | undefined, force: valeurs.force === true });
        const { sorties } = ctx;
        sorties.stdout(`Paquet ${paquet.nom} écrit dans ${dossier}${valeurs.zip ? ` et ${String(valeurs.zip)}` : ''}.`);
        sorties.stdout('Qualité des données (dossiers à corriger dans Tremplin) :');
        for (const c of Object.keys(CONTROLES_QUALITE) as (keyof typeof CONTROLES_QUALITE)[]) {
          sorties.stdout(`  ${CONTROLES_QUALITE[c]} : ${paquet.qualite.comptes[c]}`);
        }
        // The list names youths: written only where asked, never in the package.
        if (liste) {
          writeFileSync(liste, listeQualiteCsv(paquet.qualite));
          sorties.stdout(`Liste des dossiers à corriger (à garder à la Mission Locale) : ${liste}.`);
        }
      } finally {
        core.fermer();
      }
    },
  },
  sauvegarder: {
    resume: 'copie cohérente de la base, même ouverte, avec son manifeste (sha256)',
    usage: 'sauvegarder --db FICHIER --out FICHIER',
    options: { ...optionDb, out: { type: 'string' } },
    async executer(valeurs, ctx) {
      const out = requis(valeurs, 'out');
      const fichier = fichierBase(valeurs, ctx);
      const acces = await ctx.acces(fichier, 'lecture');
      const client = ouvrirLectureSeule(fichier, ctx.dossierMigrations, acces);
      try {
        const { manifeste } = creerSauvegarde(client, out, 'manuelle', new Date(), acces);
        ctx.sorties.stdout(`Sauvegarde écrite : ${out} (${manifeste.taille} octets, sha256 ${manifeste.sha256}).`);
      } finally {
        client.close();
      }
    },
  },
  restaurer: {
    resume: 'vérifie une sauvegarde, garde une copie de la base actuelle, puis restaure (Tremplin fermé)',
    usage: 'restaurer --from FICHIER --db FICHIER',
    options: { ...optionDb, from: { type: 'string' } },
    async executer(valeurs, ctx) {
      const fichier = fichierBase(valeurs, ctx);
      const source = requis(valeurs, 'from');
      // The backup opens with its own key (another computer's: its recovery key); restored over the
      // installed app's database, it takes that workstation's key, so the app opens it.
      const accesSauvegarde = await ctx.acces(source, 'lecture');
      const cleDuPoste = ctx.cleHote(fichier);
      const { manifeste, copieAvant } = restaurerSauvegarde({
        source,
        fichierBase: fichier,
        dossierSauvegardes: dossierParDefaut(fichier),
        dossierMigrations: ctx.dossierMigrations,
        instant: new Date(),
        acces: { ...accesSauvegarde, cle: cleDuPoste ?? accesSauvegarde.cle },
        cleSauvegarde: accesSauvegarde.cle ?? undefined,
      });
      if (copieAvant) ctx.sorties.stdout(`Copie de la base remplacée : ${copieAvant}`);
      ctx.sorties.stdout(`Base restaurée : ${fichier} — sauvegarde du ${manifeste.horodatage}.`);
    },
  },
};

function aideGenerale(): string {
  const lignes = Object.entries(COMMANDES).map(([nom, c]) => `  ${nom.padEnd(15)} ${c.resume}`);
  return [
    `Tremplin ${VERSION_LOGICIEL} — mode ligne de commande`,
    '',
    'Usage : tremplin <commande> [options]   (--help après une commande pour ses options)',
    '',
    'Commandes :',
    ...lignes,
    '',
    'Le fichier de la base peut aussi venir de la variable TREMPLIN_DB, sa clé de secours de TREMPLIN_CLE.',
    'Codes de sortie : 0 succès, 1 données ou fichier refusés (rien écrit), 2 mauvais usage, 3 autre échec.',
  ].join('\n');
}

export function estCommandeCli(argv: readonly string[]): boolean {
  const premier = argv[0];
  return premier !== undefined && (premier in COMMANDES || ['--help', '-h', '--version'].includes(premier));
}

const sortiesConsole: Sorties = { stdout: (t) => console.log(t), stderr: (t) => console.error(t) };

export async function executerCli(argv: readonly string[], options: OptionsCli = {}): Promise<number> {
  const sorties = options.sorties ?? sortiesConsole;
  const [nom, ...reste] = argv;
  if (nom === undefined || nom === '--help' || nom === '-h') {
    (nom === undefined ? sorties.stderr : sorties.stdout)(aideGenerale());
    return nom === undefined ? CODES_SORTIE.usage : CODES_SORTIE.succes;
  }
  if (nom === '--version') {
    sorties.stdout(VERSION_LOGICIEL);
    return CODES_SORTIE.succes;
  }
  const commande = COMMANDES[nom];
  if (!commande) {
    sorties.stderr(`Commande inconnue : « ${nom} ». Voir « tremplin --help ».`);
    return CODES_SORTIE.usage;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...reste],
      options: { ...commande.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: (commande.arguments?.length ?? 0) > 0,
      strict: true,
    });
    const attendus = commande.arguments ?? [];
    if (values.help) {
      sorties.stdout(`Usage : tremplin ${commande.usage}\n\n${commande.resume}.`);
      return CODES_SORTIE.succes;
    }
    if (!values.help && positionals.length !== attendus.length) {
      throw new ErreurUsage(
        positionals.length < attendus.length
          ? `Argument manquant : ${attendus[positionals.length]}.`
          : `Argument inattendu : ${positionals[attendus.length]}.`,
      );
    }
    await commande.executer(
      values,
      {
        sorties,
        dossierMigrations: options.dossierMigrations ?? DOSSIER_MIGRATIONS_SOURCES,
        acces: (fichier, usage) =>
          accesCli(fichier, usage, {
            variable: process.env.TREMPLIN_CLE,
            cleHote: options.cleHote,
            demander: options.demanderCle ?? demandeTerminal(),
            liaisonNative: options.liaisonNative,
            annoncer: sorties.stdout,
          }),
        cleHote: (fichier) => options.cleHote?.(fichier) ?? null,
        fichierParDefaut: options.fichierParDefaut,
        maintenant: options.maintenant ?? (() => new Date()),
        parametresScrypt: options.parametresScrypt,
      },
      positionals,
    );
    return CODES_SORTIE.succes;
  } catch (e) {
    if (e instanceof ErreurUsage || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      sorties.stderr(`${traduireUsage(e as Error)}\nUsage : tremplin ${commande.usage}`);
      return CODES_SORTIE.usage;
    }
    if (
      e instanceof ErreurRefus ||
      e instanceof ErreurBase ||
      e instanceof ErreurPaquet ||
      e instanceof ErreurSauvegarde ||
      e instanceof ErreurCle
    ) {
      sorties.stderr(e.message);
      return CODES_SORTIE.refus;
    }
    sorties.stderr(`Échec : ${e instanceof Error ? e.message : String(e)}`);
    return CODES_SORTIE.echec;
  }
}

/** Node's parseArgs speaks English: say the same in French. */
function traduireUsage(e: Error): string {
  if (e instanceof ErreurUsage) return e.message;
  const inconnue = /Unknown option '([^']+)'/.exec(e.message);
  if (inconnue) return `Option inconnue : ${inconnue[1]}.`;
  const argument = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(e.message);
  if (argument) return `Valeur manquante pour l'option ${argument[1]}.`;
  const positionnel = /Unexpected argument '([^']+)'/.exec(e.message);
  if (positionnel) return `Argument inattendu : ${positionnel[1]}.`;
  return `Usage incorrect (${e.message}).`;
}
