/** Rules of orientations (propositions): the state machine of domaine.md and the entry they lead to. */
import type { CategorieSituation, EtatProposition, TypeOffre, TypePartenaire, TypeProposition } from './codes';

/** The normal path; any open state may also end refused or abandoned. */
const SUIVANT: Readonly<Partial<Record<EtatProposition, EtatProposition>>> = {
  PROPOSEE: 'ACCEPTEE_JEUNE',
  ACCEPTEE_JEUNE: 'TRANSMISE',
  TRANSMISE: 'RETENUE',
  RETENUE: 'REALISEE',
};
const FINS: readonly EtatProposition[] = ['REFUSEE_JEUNE', 'REFUSEE_PARTENAIRE', 'ABANDONNEE'];
export const ETATS_OUVERTS: readonly EtatProposition[] = ['PROPOSEE', 'ACCEPTEE_JEUNE', 'TRANSMISE', 'RETENUE'];

/** *Orientation effective* (domaine.md): the partner received it. */
export const ETATS_ORIENTATION_EFFECTIVE: readonly EtatProposition[] = ['TRANSMISE', 'RETENUE', 'REALISEE'];

/** The states a proposition may move to from `etat` (none once it is closed). */
export function transitionsPossibles(etat: EtatProposition): EtatProposition[] {
  const suivant = SUIVANT[etat];
  return suivant ? [suivant, ...FINS] : [];
}

export function estTransitionLegale(de: EtatProposition, vers: EtatProposition): boolean {
  return transitionsPossibles(de).includes(vers);
}

/** The situation an orientation leads to, when its entry is a situation (training, job…). */
export const CATEGORIE_ENTREE: Readonly<Partial<Record<TypeProposition, CategorieSituation>>> = {
  FORMATION: 'FOR',
  ALTERNANCE: 'ALT',
  EMPLOI: 'EMP',
  PMSMP: 'PMSMP',
  SERVICE_CIVIQUE: 'VOL',
};

/** The proposition type matching what a company offers. */
export const TYPE_PROPOSITION_OFFRE: Readonly<Record<TypeOffre, TypeProposition>> = {
  EMPLOI: 'EMPLOI',
  ALTERNANCE: 'ALTERNANCE',
  PMSMP: 'PMSMP',
  SERVICE_CIVIQUE: 'SERVICE_CIVIQUE',
};

/** Days after which an open proposition with no news is flagged to its adviser. */
export const DELAI_RELANCE_JOURS = 15;

/** Training organisations and CFAs run training sessions; the other partners publish offers. */
const TYPES_AVEC_SESSIONS: readonly TypePartenaire[] = ['ORGANISME_FORMATION', 'CFA'];

export function proposeDesSessions(type: TypePartenaire): boolean {
  return TYPES_AVEC_SESSIONS.includes(type);
}
