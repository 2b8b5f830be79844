import type { AccesBase } from '../../db/chiffrement';
import type { BaseTremplin } from '../../db/client';
import type { ParametresScrypt } from './securite/mots-de-passe';
import type { Session } from './services/session';

/**
 * What every service receives: the database, the injected clock and id source (tests control time
 * and identifiers), and the session of the person at the keyboard.
 */
export interface Contexte {
  db: BaseTremplin;
  maintenant: () => Date;
  nouvelId: () => string;
  session: Session;
  /** The acting user's id, recorded as author (null for the CLI and first-run set-up). */
  readonly auteurId: string | null;
  /** The CLI and the set-up act as the system: no session, every permission. */
  systeme: boolean;
  parametresScrypt: ParametresScrypt;
  /** The database file and how to reopen it (backups name their copies after it). */
  fichiers: { base: string; migrations: string; acces: AccesBase };
  /** Closes the database, runs `operation` on its file (a restore), then reopens it into `db`. */
  remplacerBase(operation: () => void): void;
}
