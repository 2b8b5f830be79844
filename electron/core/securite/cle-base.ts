/**
 * The database key: 32 random bytes, never typed in daily use. On a workstation it is kept wrapped
 * by the operating system (Electron `safeStorage`: DPAPI on Windows, the keychain elsewhere), so the
 * file copied to another computer is unreadable. The same bytes, written as the **recovery key**
 * (64 hexadecimal digits in groups of 4), are printed once for the director: with it a backup opens
 * on any computer (CLI `TREMPLIN_CLE`, or SQLCipher tools).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { natureFichier, OCTETS_CLE } from '../../../db/chiffrement';
import { ecrireDurablement } from '../../../db/sauvegarde/fichiers';
import { chiffresCleSecours, FORME_CLE_SECOURS } from '../contract/sauvegardes';

export class ErreurCle extends Error {
  constructor(
    readonly code: 'CLE_SECOURS_INVALIDE' | 'CLE_POSTE_ILLISIBLE' | 'CLE_SECOURS_REQUISE' | 'COFFRE_INDISPONIBLE',
    message: string,
  ) {
    super(message);
    this.name = 'ErreurCle';
  }
}

export function genererCle(): Buffer {
  return randomBytes(OCTETS_CLE);
}

/** `3F2A-09C1-…`: 16 groups of 4, easy to read aloud and to copy by hand. */
export function formaterCleSecours(cle: Buffer): string {
  return cle.toString('hex').toUpperCase().match(/.{4}/g)?.join('-') ?? '';
}

/** The recovery key in a text (a file saved from the app, or typed by hand): its grouped form first. */
export function trouverCleSecours(texte: string): Buffer {
  const groupee = /\b(?:[0-9A-Fa-f]{4}-){15}[0-9A-Fa-f]{4}\b/.exec(texte);
  return lireCleSecours(groupee ? groupee[0] : texte);
}

/** The recovery key as typed: case, spaces and dashes do not matter; anything else is refused. */
export function lireCleSecours(texte: string): Buffer {
  const chiffres = chiffresCleSecours(texte);
  if (!FORME_CLE_SECOURS.test(chiffres)) {
    throw new ErreurCle(
      'CLE_SECOURS_INVALIDE',
      'La clé de secours doit compter 64 caractères, chiffres et lettres de A à F (tirets et espaces ignorés).',
    );
  }
  return Buffer.from(chiffres, 'hex');
}

/** What the operating system offers to wrap a secret for the current user (Electron's safeStorage). */
export interface Coffre {
  disponible(): boolean;
  envelopper(texte: string): Buffer;
  ouvrir(enveloppe: Buffer): string;
}

/**
 * The key of this workstation's database. First launch (no database yet, or a plain one from before
 * encryption): a new key, wrapped and stored before anything is written with it. An encrypted
 * database without a wrapped key here (copied from another computer, or a new user profile) needs its
 * recovery key: never a new key over old data.
 */
export function cleDuPoste(options: {
  fichierCle: string;
  fichierBase: string;
  coffre: Coffre;
  /** The recovery key typed by the director, when the wrapped key is missing or unreadable. */
  cleSecours?: Buffer;
}): Buffer {
  const { fichierCle, fichierBase, coffre, cleSecours } = options;
  if (!coffre.disponible()) {
    throw new ErreurCle(
      'COFFRE_INDISPONIBLE',
      "Le système ne permet pas de protéger la clé de la base pour cette session (trousseau indisponible) : Tremplin ne peut pas s'ouvrir sans risque.",
    );
  }
  if (cleSecours !== undefined) {
    ecrireDurablement(fichierCle, coffre.envelopper(cleSecours.toString('hex')));
    return cleSecours;
  }
  if (existsSync(fichierCle)) {
    try {
      const cle = Buffer.from(coffre.ouvrir(readFileSync(fichierCle)), 'hex');
      if (cle.length === OCTETS_CLE) return cle;
    } catch {
      // Wrapped for another user or computer: the recovery key is the way in.
    }
    throw new ErreurCle(
      'CLE_POSTE_ILLISIBLE',
      "La clé de la base n'a pas pu être lue pour cette session (profil copié depuis un autre poste ?) : saisissez la clé de secours.",
    );
  }
  if (existsSync(fichierBase) && natureFichier(fichierBase) === 'chiffre') {
    throw new ErreurCle(
      'CLE_SECOURS_REQUISE',
      "Cette base vient d'un autre poste ou d'un autre profil : saisissez sa clé de secours pour l'ouvrir ici.",
    );
  }
  const cle = genererCle();
  ecrireDurablement(fichierCle, coffre.envelopper(cle.toString('hex')));
  return cle;
}
