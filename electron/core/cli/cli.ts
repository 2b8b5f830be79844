/**
 * Headless mode (shared/spec/cli.md): the same core as the app, for directors' scripts, support and
 * tests. Exit codes: 0 success, 1 data or file refused (nothing written), 2 wrong usage, 3 other failure.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ErreurBase, ouvrirLectureSeule } from '../../../db/client';
import { creerSauvegarde } from '../../../db/sauvegarde/creer';
import { ErreurSauvegarde } from '../../../db/sauvegarde/manifeste';
import { restaurerSauvegarde } from '../../../db/sauvegarde/restaurer';
import { dossierParDefaut } from '../services/sauvegardes';
import { DOSSIER_MIGRATIONS_SOURCES } from '../chemins';
import { ouvrirCore } from '../core';
import { validerEntree } from '../dispatcher';
import { verifierBase } from '../services/verification';
import { VERSION_LOGICIEL } from '../version';

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
  liaisonNative: string | undefined;
  fichierParDefaut: string | undefined;
}

/** How the CLI is hosted: from the sources (npm run tremplin) or inside the installed app. */
export interface OptionsCli {
  sorties?: Sorties;
  /** Migrations folder (the installed app passes its resources path). */
  dossierMigrations?: string;
  /** better-sqlite3 binary for Electron's ABI when the CLI runs inside Electron. */
  liaisonNative?: string;
  /** Database used when neither --db nor TREMPLIN_DB is given (the installed app's own). */
  fichierParDefaut?: string;
}

interface Commande {
  resume: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  executer(valeurs: Record<string, string | boolean | undefined>, ctx: Contexte): Promise<void>;
}

const optionDb = { db: { type: 'string' } } as const;

function fichierBase(valeurs: Record<string, string | boolean | undefined>, ctx: Contexte): string {
  const db = (valeurs.db as string | undefined) ?? process.env.TREMPLIN_DB ?? ctx.fichierParDefaut;
  if (!db) throw new ErreurUsage('Option --db manquante (ou variable TREMPLIN_DB) : le fichier de la base.');
  return db;
}

function requis(valeurs: Record<string, string | boolean | undefined>, nom: string): string {
  const v = valeurs[nom];
  if (typeof v !== 'string' || v === '') throw new ErreurUsage(`Option --${nom} manquante.`);
  return v;
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
      const core = ouvrirCore({
        fichierBase: fichier,
        dossierMigrations: ctx.dossierMigrations,
        liaisonNative: ctx.liaisonNative,
        systeme: true,
      });
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
      const client = ouvrirLectureSeule(fichierBase(valeurs, ctx), ctx.dossierMigrations, ctx.liaisonNative);
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
  sauvegarder: {
    resume: 'copie cohérente de la base, même ouverte, avec son manifeste (sha256)',
    usage: 'sauvegarder --db FICHIER --out FICHIER',
    options: { ...optionDb, out: { type: 'string' } },
    async executer(valeurs, ctx) {
      const out = requis(valeurs, 'out');
      const client = ouvrirLectureSeule(fichierBase(valeurs, ctx), ctx.dossierMigrations, ctx.liaisonNative);
      try {
        const { manifeste } = creerSauvegarde(client, out, 'manuelle', new Date(), ctx.liaisonNative);
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
      const { manifeste, copieAvant } = restaurerSauvegarde({
        source: requis(valeurs, 'from'),
        fichierBase: fichier,
        dossierSauvegardes: dossierParDefaut(fichier),
        dossierMigrations: ctx.dossierMigrations,
        instant: new Date(),
        liaisonNative: ctx.liaisonNative,
      });
      if (copieAvant) ctx.sorties.stdout(`Copie de la base remplacée : ${copieAvant}`);
      ctx.sorties.stdout(`Base restaurée : ${fichier} — sauvegarde du ${manifeste.horodatage}.`);
    },
  },
};

/** Commands of cli.md that later versions bring: named, so the message says so. */
const A_VENIR = ['import', 'export-region', 'export-donnees', 'seed'];

function aideGenerale(): string {
  const lignes = Object.entries(COMMANDES).map(([nom, c]) => `  ${nom.padEnd(12)} ${c.resume}`);
  return [
    `Tremplin ${VERSION_LOGICIEL} — mode ligne de commande`,
    '',
    'Usage : tremplin <commande> [options]   (--help après une commande pour ses options)',
    '',
    'Commandes :',
    ...lignes,
    '',
    'Le fichier de la base peut aussi venir de la variable TREMPLIN_DB.',
    'Codes de sortie : 0 succès, 1 données ou fichier refusés (rien écrit), 2 mauvais usage, 3 autre échec.',
  ].join('\n');
}

export function estCommandeCli(argv: readonly string[]): boolean {
  const premier = argv[0];
  return (
    premier !== undefined &&
    (premier in COMMANDES || A_VENIR.includes(premier) || ['--help', '-h', '--version'].includes(premier))
  );
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
    sorties.stderr(
      A_VENIR.includes(nom)
        ? `La commande « ${nom} » n'est pas encore disponible dans cette version de Tremplin.`
        : `Commande inconnue : « ${nom} ». Voir « tremplin --help ».`,
    );
    return CODES_SORTIE.usage;
  }
  try {
    const { values } = parseArgs({
      args: [...reste],
      options: { ...commande.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true,
    });
    if (values.help) {
      sorties.stdout(`Usage : tremplin ${commande.usage}\n\n${commande.resume}.`);
      return CODES_SORTIE.succes;
    }
    await commande.executer(values, {
      sorties,
      dossierMigrations: options.dossierMigrations ?? DOSSIER_MIGRATIONS_SOURCES,
      liaisonNative: options.liaisonNative,
      fichierParDefaut: options.fichierParDefaut,
    });
    return CODES_SORTIE.succes;
  } catch (e) {
    if (e instanceof ErreurUsage || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      sorties.stderr(`${traduireUsage(e as Error)}\nUsage : tremplin ${commande.usage}`);
      return CODES_SORTIE.usage;
    }
    if (e instanceof ErreurRefus || e instanceof ErreurBase || e instanceof ErreurSauvegarde) {
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
