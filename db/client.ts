/**
 * Opens a Tremplin database file safely: refuses foreign or newer files untouched, backs up before
 * pending migrations, migrates with foreign keys off (see the drizzle trap in docs/adr), checks the
 * keys, then sets the pragmas of a durable local database.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { chiffrerEnPlace, connecter, ENTETE_SQLITE, estRefusDeCle, lireDebut, type AccesBase } from './chiffrement';
import { creerSauvegarde, nomSauvegarde } from './sauvegarde/creer';
import * as schema from './schema';

export type BaseTremplin = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** `PRAGMA application_id` of Tremplin files ("TRMP"): tells our databases from any other SQLite file. */
export const ID_APPLICATION = 0x54524d50;

export class ErreurBase extends Error {
  constructor(
    readonly code: 'BASE_ETRANGERE' | 'BASE_TROP_RECENTE' | 'BASE_ILLISIBLE' | 'CLE_INCORRECTE' | 'CLES_ETRANGERES',
    message: string,
  ) {
    super(message);
    this.name = 'ErreurBase';
  }
}

export interface OptionsOuverture {
  fichier: string;
  dossierMigrations: string;
  acces: AccesBase;
  /** Instant used to name the pre-migration backup. */
  maintenant?: () => Date;
}

interface EntreeJournal {
  tag: string;
}

/** Number of migrations this version of the software knows (drizzle's journal). */
export function migrationsConnues(dossierMigrations: string): number {
  const journal = JSON.parse(readFileSync(join(dossierMigrations, 'meta', '_journal.json'), 'utf8')) as {
    entries: EntreeJournal[];
  };
  return journal.entries.length;
}

/** What the 100-byte SQLite header says (https://www.sqlite.org/fileformat.html#the_database_header). */
interface EnTete {
  applicationId: number;
  version: number;
  pages: number;
}

/**
 * Reads identity and schema version from a plain file's header with plain file reads: opening it
 * with SQLite, even read-only, may create -wal/-shm files next to a file we are about to refuse. An
 * encrypted header is random bytes: only SQLite, with the key, can tell.
 */
function lireEnTete(fichier: string): EnTete | 'vide' | 'chiffre' {
  const octets = lireDebut(fichier, 100);
  if (octets.length === 0) return 'vide';
  if (octets.length < 100 || octets.toString('latin1', 0, 16) !== ENTETE_SQLITE) return 'chiffre';
  return { version: octets.readUInt32BE(60), applicationId: octets.readUInt32BE(68), pages: octets.readUInt32BE(28) };
}

function refuserTropRecente(fichier: string, version: number, connues: number): never {
  throw new ErreurBase(
    'BASE_TROP_RECENTE',
    `La base ${basename(fichier)} a été écrite par une version plus récente de Tremplin (schéma ${version}, ` +
      `cette version connaît ${connues}). Installez la dernière version ; le fichier n'a pas été modifié.`,
  );
}

/** Ours, or a blank file (no identity, one page at most: creation interrupted before the schema). */
function refuserEtrangere(fichier: string, applicationId: number, pages: number): void {
  const vierge = applicationId === 0 && pages <= 1;
  if (applicationId !== ID_APPLICATION && !vierge) {
    throw new ErreurBase('BASE_ETRANGERE', `Le fichier ${basename(fichier)} n'est pas une base Tremplin.`);
  }
}

/**
 * Refuses, before any SQLite open, a plain file that is not ours or that a newer version wrote, and
 * an unreadable one when no key was given. Says what the file is.
 */
function controlerFichierExistant(fichier: string, connues: number, acces: AccesBase): 'vide' | 'clair' | 'chiffre' {
  const entete = lireEnTete(fichier);
  if (entete === 'vide') return 'vide';
  if (entete === 'chiffre') {
    if (acces.cle !== null) return 'chiffre';
    throw new ErreurBase(
      'BASE_ILLISIBLE',
      `Le fichier ${basename(fichier)} n'est pas une base de données SQLite, ou elle est chiffrée et sa clé ` +
        "n'a pas été donnée. Le fichier n'a pas été modifié.",
    );
  }
  refuserEtrangere(fichier, entete.applicationId, entete.pages);
  if (entete.version > connues) refuserTropRecente(fichier, entete.version, connues);
  return 'clair';
}

/** The schema version, read through the key: a wrong key is named as such, the file untouched. */
function lireVersion(client: Database.Database, fichier: string): number {
  try {
    return client.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    if (!estRefusDeCle(e)) throw e;
    throw new ErreurBase(
      'CLE_INCORRECTE',
      `La base ${basename(fichier)} ne s'ouvre pas avec cette clé : la clé ne correspond pas, ou le fichier ` +
        "n'est pas une base Tremplin ou est abîmé. Le fichier n'a pas été modifié.",
    );
  }
}

/**
 * Opens an existing Tremplin file read-only (for checks): refuses a missing, foreign or newer file,
 * or a wrong key, and writes nothing, not even the WAL switch.
 */
export function ouvrirLectureSeule(fichier: string, dossierMigrations: string, acces: AccesBase): Database.Database {
  if (!existsSync(fichier)) throw new ErreurBase('BASE_ILLISIBLE', `Le fichier ${basename(fichier)} n'existe pas.`);
  const connues = migrationsConnues(dossierMigrations);
  controlerFichierExistant(fichier, connues, acces);
  const client = connecter(fichier, acces, { readonly: true, fileMustExist: true });
  try {
    // The header may lag behind the WAL of a database open elsewhere: SQLite's answer is the authority.
    const version = lireVersion(client, fichier);
    if (version === 0 || client.pragma('application_id', { simple: true }) !== ID_APPLICATION) {
      throw new ErreurBase(
        'BASE_ETRANGERE',
        `Le fichier ${basename(fichier)} n'est pas une base Tremplin initialisée.`,
      );
    }
    if (version > connues) refuserTropRecente(fichier, version, connues);
    return client;
  } catch (e) {
    client.close();
    throw e;
  }
}

export function ouvrirBase(options: OptionsOuverture): BaseTremplin {
  const { fichier, dossierMigrations, acces } = options;
  const connues = migrationsConnues(dossierMigrations);
  let nature: 'vide' | 'clair' | 'chiffre' = 'vide';
  if (!existsSync(fichier)) mkdirSync(dirname(fichier), { recursive: true });
  else nature = controlerFichierExistant(fichier, connues, acces);

  const client = connecter(fichier, acces);
  try {
    // The header may lag behind a WAL left by a crash: SQLite's own answer is the authority. Read
    // before any write: a wrong key stops here, with nothing created beside the file.
    const versionInitiale = lireVersion(client, fichier);
    // An encrypted header is random: the header's rules, asked of SQLite.
    if (nature === 'chiffre')
      refuserEtrangere(
        fichier,
        client.pragma('application_id', { simple: true }) as number,
        client.pragma('page_count', { simple: true }) as number,
      );
    if (versionInitiale > connues) refuserTropRecente(fichier, versionInitiale, connues);
    // A file from before encryption: encrypted now, before any backup copies it.
    if (nature === 'clair' && acces.cle !== null) chiffrerEnPlace(client, acces.cle);
    client.pragma('journal_mode = WAL');
    client.pragma('synchronous = FULL');
    client.pragma('busy_timeout = 5000');
    // Deleted content (an erased or anonymised file) is overwritten, not left in free pages.
    client.pragma('secure_delete = ON');
    // Sorts and TEMP tables stay in memory: SQLite's temporary files are not encrypted.
    client.pragma('temp_store = MEMORY');
    client.pragma('foreign_keys = OFF');
    const db = drizzle({ client, schema }) as BaseTremplin;

    if (versionInitiale < connues) {
      if (versionInitiale > 0) sauvegarderAvantMigration(client, fichier, options.maintenant?.() ?? new Date(), acces);
      migrate(db, { migrationsFolder: dossierMigrations });
      const violations = client.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new ErreurBase(
          'CLES_ETRANGERES',
          `La mise à jour du schéma a laissé ${violations.length} référence(s) cassée(s) ; la sauvegarde d'avant migration est intacte.`,
        );
      }
      client.pragma(`application_id = ${ID_APPLICATION}`);
      client.pragma(`user_version = ${connues}`);
    }
    client.pragma('foreign_keys = ON');
    // Planner statistics, when the app's maintenance takes them (`PRAGMA optimize`), are sampled:
    // a few ms even on a large file, as good as a full ANALYZE here (ADR 0005).
    client.pragma('analysis_limit = 1000');
    return db;
  } catch (e) {
    client.close();
    throw e;
  }
}

/**
 * A consistent copy with its manifest, kept before the schema changes, in the folder of automatic
 * backups next to the database (restorable from the UI and the CLI like any other).
 */
function sauvegarderAvantMigration(client: Database.Database, fichier: string, instant: Date, acces: AccesBase): void {
  const cible = join(dirname(fichier), 'sauvegardes', nomSauvegarde(fichier, instant, 'avant-migration'));
  creerSauvegarde(client, cible, 'avant-migration', instant, acces);
}
