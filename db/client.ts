/**
 * Opens a Tremplin database file safely: refuses foreign or newer files untouched, backs up before
 * pending migrations, migrates with foreign keys off (see the drizzle trap in docs/adr), checks the
 * keys, then sets the pragmas of a durable local database.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { creerSauvegarde, nomSauvegarde } from './sauvegarde/creer';
import * as schema from './schema';

export type BaseTremplin = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** `PRAGMA application_id` of Tremplin files ("TRMP"): tells our databases from any other SQLite file. */
export const ID_APPLICATION = 0x54524d50;

export class ErreurBase extends Error {
  constructor(
    readonly code: 'BASE_ETRANGERE' | 'BASE_TROP_RECENTE' | 'BASE_ILLISIBLE' | 'CLES_ETRANGERES',
    message: string,
  ) {
    super(message);
    this.name = 'ErreurBase';
  }
}

export interface OptionsOuverture {
  fichier: string;
  dossierMigrations: string;
  /** better-sqlite3 binary built for another runtime (Electron), when not the Node one. */
  liaisonNative?: string;
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
 * Reads identity and schema version from the file's header with plain file reads: opening it with
 * SQLite, even read-only, may create -wal/-shm files next to a file we are about to refuse.
 */
function lireEnTete(fichier: string): EnTete | 'vide' {
  const octets = readFileSync(fichier).subarray(0, 100);
  if (octets.length === 0) return 'vide';
  if (octets.length < 100 || octets.toString('latin1', 0, 16) !== 'SQLite format 3\0') {
    throw new ErreurBase('BASE_ILLISIBLE', `Le fichier ${basename(fichier)} n'est pas une base de données SQLite.`);
  }
  return { version: octets.readUInt32BE(60), applicationId: octets.readUInt32BE(68), pages: octets.readUInt32BE(28) };
}

function refuserTropRecente(fichier: string, version: number, connues: number): never {
  throw new ErreurBase(
    'BASE_TROP_RECENTE',
    `La base ${basename(fichier)} a été écrite par une version plus récente de Tremplin (schéma ${version}, ` +
      `cette version connaît ${connues}). Installez la dernière version ; le fichier n'a pas été modifié.`,
  );
}

/** Refuses, before any SQLite open, a file that is not ours or that a newer version wrote. */
function controlerFichierExistant(fichier: string, connues: number): number {
  const entete = lireEnTete(fichier);
  if (entete === 'vide') return 0;
  const vierge = entete.applicationId === 0 && entete.pages <= 1;
  if (entete.applicationId !== ID_APPLICATION && !vierge) {
    throw new ErreurBase('BASE_ETRANGERE', `Le fichier ${basename(fichier)} n'est pas une base Tremplin.`);
  }
  if (entete.version > connues) refuserTropRecente(fichier, entete.version, connues);
  return entete.version;
}

/**
 * Opens an existing Tremplin file read-only (for checks): refuses a missing, foreign or newer file,
 * and writes nothing, not even the WAL switch.
 */
export function ouvrirLectureSeule(
  fichier: string,
  dossierMigrations: string,
  liaisonNative?: string,
): Database.Database {
  if (!existsSync(fichier)) throw new ErreurBase('BASE_ILLISIBLE', `Le fichier ${basename(fichier)} n'existe pas.`);
  const connues = migrationsConnues(dossierMigrations);
  controlerFichierExistant(fichier, connues);
  const client = new Database(fichier, { readonly: true, fileMustExist: true, nativeBinding: liaisonNative });
  try {
    // The header may lag behind the WAL of a database open elsewhere: SQLite's answer is the authority.
    const version = client.pragma('user_version', { simple: true }) as number;
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
  const { fichier, dossierMigrations, liaisonNative } = options;
  const connues = migrationsConnues(dossierMigrations);
  if (!existsSync(fichier)) mkdirSync(dirname(fichier), { recursive: true });
  else controlerFichierExistant(fichier, connues);

  const client = new Database(fichier, { nativeBinding: liaisonNative });
  try {
    // The header may lag behind a WAL left by a crash: SQLite's own answer is the authority.
    const versionInitiale = client.pragma('user_version', { simple: true }) as number;
    if (versionInitiale > connues) refuserTropRecente(fichier, versionInitiale, connues);
    client.pragma('journal_mode = WAL');
    client.pragma('synchronous = FULL');
    client.pragma('busy_timeout = 5000');
    // Deleted content (an erased or anonymised file) is overwritten, not left in free pages.
    client.pragma('secure_delete = ON');
    client.pragma('foreign_keys = OFF');
    const db = drizzle({ client, schema }) as BaseTremplin;

    if (versionInitiale < connues) {
      if (versionInitiale > 0)
        sauvegarderAvantMigration(client, fichier, options.maintenant?.() ?? new Date(), liaisonNative);
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
function sauvegarderAvantMigration(client: Database.Database, fichier: string, instant: Date, liaison?: string): void {
  const cible = join(dirname(fichier), 'sauvegardes', nomSauvegarde(fichier, instant, 'avant-migration'));
  creerSauvegarde(client, cible, 'avant-migration', instant, liaison);
}
