/**
 * Code lists of the domain contract (shared/spec/domaine.md), with their French labels.
 * Pure data: imported by the renderer, the core and the database schema (CHECK constraints),
 * so every layer accepts exactly the same codes.
 */

/** A code list: ordered codes (the order of domaine.md) and the label of each. */
export interface ListeCodes<C extends string> {
  readonly codes: readonly [C, ...C[]];
  readonly libelles: Readonly<Record<C, string>>;
}

function liste<C extends string>(libelles: Record<C, string>): ListeCodes<C> {
  const codes = Object.keys(libelles) as C[];
  return { codes: codes as [C, ...C[]], libelles };
}

export const SEXES = liste({ F: 'Femme', M: 'Homme' });
export type Sexe = (typeof SEXES.codes)[number];

export const NIVEAUX_FORMATION = liste({
  INFRA3: 'Niveau 3 non atteint (VI, Vbis)',
  N3_NV: 'Niveau CAP/BEP atteint, non diplômé (V non validé)',
  N3: 'CAP/BEP validé (V)',
  N4_NV: 'Niveau bac atteint, non diplômé (IV non validé)',
  N4: 'Bac validé (IV)',
  N5: 'Bac+2 (III)',
  N6: 'Bac+3/4 (II)',
  N7_8: 'Bac+5 et plus (I)',
});
export type NiveauFormation = (typeof NIVEAUX_FORMATION.codes)[number];

export const GROUPES_NIVEAU = liste({
  INFRA3: 'Infra niveau 3',
  NIV3: 'Niveau 3 (CAP/BEP)',
  NIV4: 'Niveau 4 (bac)',
  NIV5PLUS: 'Niveau 5 et plus',
  NON_RENSEIGNE: 'Non renseigné',
});
export type GroupeNiveau = (typeof GROUPES_NIVEAU.codes)[number];

const GROUPE_DU_NIVEAU: Readonly<Record<NiveauFormation, GroupeNiveau>> = {
  INFRA3: 'INFRA3',
  N3_NV: 'NIV3',
  N3: 'NIV3',
  N4_NV: 'NIV4',
  N4: 'NIV4',
  N5: 'NIV5PLUS',
  N6: 'NIV5PLUS',
  N7_8: 'NIV5PLUS',
};

/** Reporting group of a level (domaine.md); an empty level is `NON_RENSEIGNE`. */
export function groupeNiveau(niveau: NiveauFormation | null): GroupeNiveau {
  return niveau === null ? 'NON_RENSEIGNE' : GROUPE_DU_NIVEAU[niveau];
}

export const STATUTS_DOSSIER = liste({
  ACTIF: 'Actif',
  INACTIF: 'Inactif',
  ARCHIVE: 'Archivé',
  ANONYMISE: 'Anonymisé',
});
export type StatutDossier = (typeof STATUTS_DOSSIER.codes)[number];

export const TYPES_SITE = liste({
  SIEGE: 'Siège',
  ANTENNE: 'Antenne',
  PERMANENCE: 'Permanence',
});
export type TypeSite = (typeof TYPES_SITE.codes)[number];

export const ROLES = liste({
  CONSEILLER: 'Conseiller·ère',
  ACCUEIL: "Chargé·e d'accueil",
  DIRECTION: 'Direction',
  ADMIN: 'Administration',
});
export type Role = (typeof ROLES.codes)[number];

export const TYPES_EVENEMENT = liste({
  EI: 'Entretien individuel',
  IC: 'Information collective',
  AT: 'Atelier',
  MED: 'Médiation / visite en entreprise avec le jeune',
  TEL: 'Contact téléphonique',
  ECRIT: 'Courrier, e-mail, SMS',
  ACC: 'Accueil sans rendez-vous',
});
export type TypeEvenement = (typeof TYPES_EVENEMENT.codes)[number];

/** Event types that count as *accompagnement* (domaine.md). */
export const EVENEMENTS_ACCOMPAGNEMENT: readonly TypeEvenement[] = ['EI', 'IC', 'AT', 'MED'];

/** Label of a code, or the code itself when the list does not know it (never throws in a view). */
export function libelle<C extends string>(liste: ListeCodes<C>, code: string | null): string {
  if (code === null) return '';
  return (liste.libelles as Record<string, string>)[code] ?? code;
}
