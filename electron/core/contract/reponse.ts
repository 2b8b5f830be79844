/** The envelope every call answers with, over IPC or HTTP: never a thrown error across the boundary. */

export type CodeErreur =
  | 'VALIDATION'
  | 'INTROUVABLE'
  | 'CONFLIT'
  | 'DOUBLON_PROBABLE'
  | 'NON_INITIALISE'
  /** No one is logged in: show the login screen. */
  | 'NON_CONNECTE'
  /** The session is locked (idle): show the unlock screen. */
  | 'VERROUILLE'
  /** The role, or the access rule of the file, does not allow it. */
  | 'INTERDIT'
  | 'CANAL_INCONNU'
  | 'INTERNE';

export interface ErreurApi {
  code: CodeErreur;
  /** A French sentence for the user, naming the field(s) concerned. */
  message: string;
  /**
   * Per field, the French message to show next to it. Paths are relative to the record sent
   * (`saisie`, or `situation` for an entry), joined with '.'.
   */
  champs?: Record<string, string>;
}

export type Reponse<T> = { ok: true; valeur: T } | { ok: false; erreur: ErreurApi };
