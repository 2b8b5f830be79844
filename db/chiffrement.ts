/**
 * Encryption at rest: every Tremplin file (database, WAL, backups) is in SQLCipher 4 format, through
 * SQLite3MultipleCiphers (the `better-sqlite3` package is better-sqlite3-multiple-ciphers, an npm
 * alias). The key is 32 random bytes given raw (`x'…'`): no passphrase derivation to slow every open,
 * and standard SQLCipher tools (DB Browser for SQLite, sqlcipher) open a file with the recovery key.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';

export const OCTETS_CLE = 32;

/** How to reach a database: with which key (null: a plain file, tests only) and which native build. */
export interface AccesBase {
  cle: Buffer | null;
  /** better-sqlite3 binary built for another runtime (Electron), when not the Node one. */
  liaisonNative?: string;
}

/** A plain SQLite file starts with this; an encrypted one with 16 random bytes (its salt). */
export const ENTETE_SQLITE = 'SQLite format 3\0';

/** The first `n` bytes of a file (fewer if it is shorter), without reading the rest of it. */
export function lireDebut(fichier: string, n: number): Buffer {
  const octets = Buffer.alloc(n);
  const fd = openSync(fichier, 'r');
  try {
    return octets.subarray(0, readSync(fd, octets, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/** 'vide' (new or empty file), 'clair' (plain SQLite header) or 'chiffre' (anything else). */
export function natureFichier(fichier: string): 'vide' | 'clair' | 'chiffre' {
  const octets = lireDebut(fichier, 16);
  if (octets.length === 0) return 'vide';
  return octets.toString('latin1') === ENTETE_SQLITE ? 'clair' : 'chiffre';
}

/**
 * SQLCipher 4 on this connection. A plain SQLite build ignores these pragmas and would write in
 * clear without a word (a native module built from the wrong package): refused outright.
 */
function choisirSqlcipher(client: Database.Database, cle: Buffer): void {
  if (cle.length !== OCTETS_CLE) throw new Error(`La clé de la base doit compter ${OCTETS_CLE} octets.`);
  client.pragma(`cipher = 'sqlcipher'`);
  if (client.pragma('cipher', { simple: true }) !== 'sqlcipher') {
    throw new Error(
      'Le module SQLite chargé ne sait pas chiffrer (better-sqlite3 au lieu de better-sqlite3-multiple-ciphers) : la base ne sera pas ouverte en clair.',
    );
  }
  client.pragma('legacy = 4');
}

/** Must run before anything reads the file: SQLite reads page 1 lazily, through the key. */
function appliquerCle(client: Database.Database, cle: Buffer): void {
  choisirSqlcipher(client, cle);
  client.pragma(`key = "x'${cle.toString('hex')}'"`);
}

/** A connection with the key applied when there is one (plain files are opened as they are). */
export function connecter(
  fichier: string,
  acces: AccesBase,
  options: { readonly?: boolean; fileMustExist?: boolean } = {},
): Database.Database {
  const client = new Database(fichier, { ...options, nativeBinding: acces.liaisonNative });
  try {
    if (acces.cle !== null && natureFichierSiPresent(fichier) !== 'clair') appliquerCle(client, acces.cle);
    return client;
  } catch (e) {
    client.close();
    throw e;
  }
}

function natureFichierSiPresent(fichier: string): 'vide' | 'clair' | 'chiffre' {
  try {
    return natureFichier(fichier);
  } catch {
    return 'vide';
  }
}

/**
 * Encrypts a plain database in place (a file written before encryption existed). SQLite3MC rewrites
 * every page in one transaction, so a crash leaves it wholly plain or wholly encrypted; rekeying is
 * impossible in WAL mode, hence the detour through the rollback journal.
 */
export function chiffrerEnPlace(client: Database.Database, cle: Buffer): void {
  client.pragma('journal_mode = DELETE');
  choisirSqlcipher(client, cle);
  client.pragma(`rekey = "x'${cle.toString('hex')}'"`);
}

/** SQLite's answer to a wrong key (or to a file that is not a database at all). */
export function estRefusDeCle(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'SQLITE_NOTADB';
}
