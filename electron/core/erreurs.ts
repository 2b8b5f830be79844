import { LIBELLES_CHAMPS_JEUNE, LIBELLES_CHAMPS_STRUCTURE } from './contract';
import type { CodeErreur } from './contract/reponse';

/** A refusal the user can act on (conflict, not found…): its French message reaches the UI as is. */
export class ErreurMetier extends Error {
  constructor(
    readonly code: Exclude<CodeErreur, 'INTERNE' | 'CANAL_INCONNU'>,
    message: string,
    readonly champs?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ErreurMetier';
  }
}

const LIBELLES: Readonly<Record<string, string>> = { ...LIBELLES_CHAMPS_STRUCTURE, ...LIBELLES_CHAMPS_JEUNE };

function majuscule(texte: string): string {
  return texte.charAt(0).toUpperCase() + texte.slice(1);
}

/** Per-field messages start with a capital when shown on their own, next to the field. */
export function messagesDeChamps(champs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(champs).map(([champ, message]) => [champ, majuscule(message)]));
}

/** « Libellé : message » for each field, the way a summary names what to fix. */
export function resumerChamps(champs: Record<string, string>): string {
  const n = Object.keys(champs).length;
  const details = Object.entries(champs)
    .map(([champ, message]) => `${LIBELLES[champ] ?? (champ || 'Saisie')} : ${message}`)
    .join(' ');
  return `${n === 1 ? 'Une donnée est à corriger' : `${n} données sont à corriger`}. ${details}`;
}

/** A validation refusal on named fields (rules the schema alone cannot check). */
export function erreurDeChamps(champs: Record<string, string>): ErreurMetier {
  return new ErreurMetier('VALIDATION', resumerChamps(champs), messagesDeChamps(champs));
}
