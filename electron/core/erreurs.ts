import {
  LIBELLES_CHAMPS_AIDE,
  LIBELLES_CHAMPS_COMPTE,
  LIBELLES_CHAMPS_DISPOSITIF,
  LIBELLES_CHAMPS_EVENEMENT,
  LIBELLES_CHAMPS_FREIN,
  LIBELLES_CHAMPS_JEUNE,
  LIBELLES_CHAMPS_PARTENAIRE,
  LIBELLES_CHAMPS_PROPOSITION,
  LIBELLES_CHAMPS_SAUVEGARDE,
  LIBELLES_CHAMPS_REGION,
  LIBELLES_CHAMPS_SITUATION,
  LIBELLES_CHAMPS_STRUCTURE,
} from './contract';
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

type Libelles = Readonly<Record<string, string>>;

/** Field labels per channel domain (`situations:creer` → situations): « Type » differs by record. */
const LIBELLES_PAR_DOMAINE: Readonly<Record<string, Libelles>> = {
  structure: LIBELLES_CHAMPS_STRUCTURE,
  sites: LIBELLES_CHAMPS_STRUCTURE,
  conseillers: LIBELLES_CHAMPS_STRUCTURE,
  jeunes: LIBELLES_CHAMPS_JEUNE,
  evenements: LIBELLES_CHAMPS_EVENEMENT,
  situations: LIBELLES_CHAMPS_SITUATION,
  dispositifs: LIBELLES_CHAMPS_DISPOSITIF,
  freins: LIBELLES_CHAMPS_FREIN,
  aides: LIBELLES_CHAMPS_AIDE,
  partenaires: LIBELLES_CHAMPS_PARTENAIRE,
  sessions: LIBELLES_CHAMPS_PARTENAIRE,
  offres: LIBELLES_CHAMPS_PARTENAIRE,
  propositions: { ...LIBELLES_CHAMPS_SITUATION, ...LIBELLES_CHAMPS_PROPOSITION },
  session: LIBELLES_CHAMPS_COMPTE,
  comptes: LIBELLES_CHAMPS_COMPTE,
  parametres: LIBELLES_CHAMPS_COMPTE,
  sauvegardes: LIBELLES_CHAMPS_SAUVEGARDE,
  region: LIBELLES_CHAMPS_REGION,
  objectifs: LIBELLES_CHAMPS_REGION,
};

/** « Compte administrateur — Mot de passe » for `administrateur.motDePasse`; the path itself when unknown. */
function libelleChamp(chemin: string, libelles: Libelles): string {
  const parties = chemin.split('.');
  const feuille = libelles[parties[parties.length - 1] ?? ''];
  const parent = parties.length > 1 ? libelles[parties[parties.length - 2] ?? ''] : undefined;
  if (feuille && parent) return `${parent} — ${feuille}`;
  return feuille ?? (chemin || 'Saisie');
}

export function libellesDuCanal(canal: string): Libelles {
  return LIBELLES_PAR_DOMAINE[canal.split(':')[0] ?? ''] ?? {};
}

function majuscule(texte: string): string {
  return texte.charAt(0).toUpperCase() + texte.slice(1);
}

/** Per-field messages start with a capital when shown on their own, next to the field. */
export function messagesDeChamps(champs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(champs).map(([champ, message]) => [champ, majuscule(message)]));
}

/** « Libellé : message » for each field, the way a summary names what to fix. */
export function resumerChamps(champs: Record<string, string>, libelles: Libelles): string {
  const n = Object.keys(champs).length;
  const details = Object.entries(champs)
    .map(([champ, message]) => `${libelleChamp(champ, libelles)} : ${message}`)
    .join(' ');
  return `${n === 1 ? 'Une donnée est à corriger' : `${n} données sont à corriger`}. ${details}`;
}

/**
 * A validation refusal on named fields (rules the schema alone cannot check). The dispatcher writes
 * its summary with the labels of the channel's record.
 */
export function erreurDeChamps(champs: Record<string, string>): ErreurMetier {
  return new ErreurMetier('VALIDATION', '', champs);
}
