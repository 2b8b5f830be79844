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

/** Age brackets of the Region's figures (paquet-region.md), age in completed years. */
export const TRANCHES_AGE = liste({
  MOINS_18: 'Moins de 18 ans',
  '18_21': '18 à 21 ans',
  '22_25': '22 à 25 ans',
  '26_PLUS': '26 ans et plus',
});
export type TrancheAge = (typeof TRANCHES_AGE.codes)[number];

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

export const CATEGORIES_SITUATION = liste({
  EMP: 'Emploi',
  ALT: 'Contrat en alternance',
  FOR: 'Formation',
  IMM: 'Immersion en entreprise',
  PMSMP: 'Période de mise en situation en milieu professionnel',
  VOL: 'Volontariat / bénévolat',
  SCO: 'Retour en scolarité',
  DE: "Demandeur d'emploi",
});
export type CategorieSituation = (typeof CATEGORIES_SITUATION.codes)[number];

export const SOUS_TYPES_SITUATION = liste({
  CDI: 'CDI',
  CDD: 'CDD',
  INTERIM: 'Intérim',
  SAISONNIER: 'Saisonnier',
  CONTRAT_AIDE: 'Contrat aidé',
  IAE: "Insertion par l'activité économique",
  FONCTION_PUBLIQUE: 'Fonction publique',
  CREATION_ENTREPRISE: "Création d'entreprise",
  AUTRE: 'Autre',
  APPRENTISSAGE: "Contrat d'apprentissage",
  PROFESSIONNALISATION: 'Contrat de professionnalisation',
  PRF_QUALIFIANTE: 'Formation qualifiante (plan régional)',
  PRF_PREQUALIFIANTE: 'Formation préqualifiante (plan régional)',
  COMPETENCES_BASE: 'Compétences de base',
  E2C: 'École de la 2e chance',
  EPIDE: 'EPIDE',
  FRANCE_TRAVAIL: 'Formation France Travail',
  CPF: 'Compte personnel de formation',
  SERVICE_CIVIQUE: 'Service civique',
  CORPS_EUROPEEN_SOLIDARITE: 'Corps européen de solidarité',
  BENEVOLAT: 'Bénévolat',
});
export type SousTypeSituation = (typeof SOUS_TYPES_SITUATION.codes)[number];

/** The sub-types each category accepts, in domaine.md order (none: the category has no sub-type). */
export const SOUS_TYPES_PAR_CATEGORIE: Readonly<Record<CategorieSituation, readonly SousTypeSituation[]>> = {
  EMP: [
    'CDI',
    'CDD',
    'INTERIM',
    'SAISONNIER',
    'CONTRAT_AIDE',
    'IAE',
    'FONCTION_PUBLIQUE',
    'CREATION_ENTREPRISE',
    'AUTRE',
  ],
  ALT: ['APPRENTISSAGE', 'PROFESSIONNALISATION'],
  FOR: ['PRF_QUALIFIANTE', 'PRF_PREQUALIFIANTE', 'COMPETENCES_BASE', 'E2C', 'EPIDE', 'FRANCE_TRAVAIL', 'CPF', 'AUTRE'],
  IMM: [],
  PMSMP: [],
  VOL: ['SERVICE_CIVIQUE', 'CORPS_EUROPEEN_SOLIDARITE', 'BENEVOLAT'],
  SCO: [],
  DE: [],
};

export const FINANCEURS = liste({
  REGION: 'Région',
  FRANCE_TRAVAIL: 'France Travail',
  OPCO: 'OPCO',
  AGEFIPH: 'Agefiph',
  ETAT: 'État',
  AUTRE: 'Autre',
});
export type Financeur = (typeof FINANCEURS.codes)[number];

export const TYPES_DISPOSITIF = liste({
  PACEA: 'PACEA',
  CEJ: "Contrat d'engagement jeune (CEJ)",
  CEJ_RUPTURE: 'CEJ jeunes en rupture',
  OBLIGATION_FORMATION: 'Obligation de formation',
  PARRAINAGE: 'Parrainage',
  AUTRE: 'Autre',
});
export type TypeDispositif = (typeof TYPES_DISPOSITIF.codes)[number];

export const THEMES_FREIN = liste({
  SANTE: 'Santé',
  LOGEMENT: 'Logement',
  MOBILITE: 'Mobilité',
  NUMERIQUE: 'Numérique',
  FINANCIER: 'Ressources financières',
  ALIMENTATION: 'Alimentation',
  FAMILLE_GARDE: "Famille, garde d'enfants",
  ADMINISTRATIF: 'Démarches administratives',
  SAVOIRS_BASE: 'Savoirs de base',
  JUSTICE: 'Justice',
});
export type ThemeFrein = (typeof THEMES_FREIN.codes)[number];

export const STATUTS_FREIN = liste({
  IDENTIFIE: 'Identifié',
  EN_COURS: 'En cours de traitement',
  LEVE: 'Levé',
  NON_LEVE: 'Non levé',
});
export type StatutFrein = (typeof STATUTS_FREIN.codes)[number];

export const TYPES_AIDE = liste({
  ALLOCATION_PACEA: 'Allocation PACEA',
  ALLOCATION_CEJ: 'Allocation CEJ',
  FAJ: 'Fonds d’aide aux jeunes (FAJ)',
  PERMIS_B_REGION: 'Aide régionale au permis B',
  FONDS_SECURISATION: 'Fonds de sécurisation des parcours',
  AIDE_ALIMENTAIRE: 'Aide alimentaire',
  MOBILITE_AUTRE: 'Autre aide à la mobilité',
  AUTRE: 'Autre',
});
export type TypeAide = (typeof TYPES_AIDE.codes)[number];

export const TYPES_PARTENAIRE = liste({
  ORGANISME_FORMATION: 'Organisme de formation',
  CFA: "Centre de formation d'apprentis (CFA)",
  ENTREPRISE: 'Entreprise',
  SIAE: "Structure d'insertion par l'activité économique",
  ASSOCIATION: 'Association',
  SERVICE_PUBLIC: 'Service public',
  SANTE: 'Santé',
  LOGEMENT: 'Logement',
});
export type TypePartenaire = (typeof TYPES_PARTENAIRE.codes)[number];

export const TYPES_PROPOSITION = liste({
  FORMATION: 'Formation',
  ALTERNANCE: 'Alternance',
  EMPLOI: 'Emploi',
  PMSMP: 'Période de mise en situation (PMSMP)',
  SERVICE_CIVIQUE: 'Service civique',
  MOBILITE_INTERNATIONALE: 'Mobilité internationale',
  SANTE: 'Santé',
  LOGEMENT: 'Logement',
  MOBILITE: 'Mobilité',
  NUMERIQUE: 'Numérique',
  SAVOIRS_BASE: 'Savoirs de base',
  HANDICAP: 'Handicap',
  CREATION_ACTIVITE: "Création d'activité",
  ACCES_DROITS: 'Accès aux droits',
  AIDE_FINANCIERE: 'Aide financière',
});
export type TypeProposition = (typeof TYPES_PROPOSITION.codes)[number];

export const ETATS_PROPOSITION = liste({
  PROPOSEE: 'Proposée au jeune',
  ACCEPTEE_JEUNE: 'Acceptée par le jeune',
  TRANSMISE: 'Transmise au partenaire',
  RETENUE: 'Retenue par le partenaire',
  REALISEE: 'Réalisée (entrée effective)',
  REFUSEE_JEUNE: 'Refusée par le jeune',
  REFUSEE_PARTENAIRE: 'Refusée par le partenaire',
  ABANDONNEE: 'Abandonnée',
});
export type EtatProposition = (typeof ETATS_PROPOSITION.codes)[number];

/** What a company offers (the kind of situation it leads to). */
export const TYPES_OFFRE = liste({
  EMPLOI: 'Emploi',
  ALTERNANCE: 'Alternance',
  PMSMP: 'PMSMP',
  SERVICE_CIVIQUE: 'Service civique',
});
export type TypeOffre = (typeof TYPES_OFFRE.codes)[number];

export const DOMAINES_REPERAGE = liste({
  ILLETTRISME: 'Illettrisme',
  ILLECTRONISME: 'Illectronisme',
  HANDICAP: 'Handicap',
});
export type DomaineReperage = (typeof DOMAINES_REPERAGE.codes)[number];

/** Screening methods of every domain (codes are unique across domains). */
export const METHODES_REPERAGE = liste({
  INDICES_ENTRETIEN: 'Indices relevés en entretien',
  GRILLE_REPERAGE: 'Grille de repérage',
  SIGNAL_JDC: 'Signalement de la JDC',
  POSITIONNEMENT_OF: 'Positionnement par un organisme de formation',
  AUTO_DECLARATION: 'Déclaration du jeune',
  ENTRETIEN: 'Entretien',
  PIX: 'Test Pix',
  AUTODIAGNOSTIC: 'Autodiagnostic',
  OBSERVATION_DEMARCHE: 'Observation pendant une démarche en ligne',
  DECLARATION_JEUNE: 'Déclaration du jeune',
  NOTIFICATION_MDPH: 'Notification de la MDPH',
  SIGNAL_PARTENAIRE: "Signalement d'un partenaire",
  OBSERVATION: 'Observation en accompagnement',
});
export type MethodeReperage = (typeof METHODES_REPERAGE.codes)[number];

/** Screening results of every domain; `REFUS` is shared by the three. */
export const RESULTATS_REPERAGE = liste({
  PAS_DE_DIFFICULTE: 'Pas de difficulté',
  DIFFICULTE_A_CONFIRMER: 'Difficulté à confirmer',
  ILLETTRISME: "Situation d'illettrisme",
  ANALPHABETISME: 'Analphabétisme',
  FLE: 'Français langue étrangère (FLE)',
  AUTONOME: 'Autonome',
  CAPACITES_FAIBLES: 'Capacités numériques faibles',
  ILLECTRONISME: 'Illectronisme',
  SANS_EQUIPEMENT: 'Sans équipement ni connexion',
  RQTH_VALIDE: 'RQTH valide',
  RQTH_EN_COURS: 'RQTH en cours de demande',
  AUTRE_RECONNAISSANCE: 'Autre reconnaissance (AAH, PCH…)',
  SUSPICION: 'Difficulté suspectée, non reconnue',
  NON_CONCERNE: 'Non concerné',
  REFUS: 'Refus du jeune',
});
export type ResultatReperage = (typeof RESULTATS_REPERAGE.codes)[number];

/** The methods of each domain, in domaine.md order. */
export const METHODES_PAR_DOMAINE: Readonly<Record<DomaineReperage, readonly MethodeReperage[]>> = {
  ILLETTRISME: ['INDICES_ENTRETIEN', 'GRILLE_REPERAGE', 'SIGNAL_JDC', 'POSITIONNEMENT_OF', 'AUTO_DECLARATION'],
  ILLECTRONISME: ['ENTRETIEN', 'PIX', 'AUTODIAGNOSTIC', 'OBSERVATION_DEMARCHE'],
  HANDICAP: ['DECLARATION_JEUNE', 'NOTIFICATION_MDPH', 'SIGNAL_PARTENAIRE', 'OBSERVATION'],
};

/** The results of each domain, in domaine.md order. */
export const RESULTATS_PAR_DOMAINE: Readonly<Record<DomaineReperage, readonly ResultatReperage[]>> = {
  ILLETTRISME: ['PAS_DE_DIFFICULTE', 'DIFFICULTE_A_CONFIRMER', 'ILLETTRISME', 'ANALPHABETISME', 'FLE', 'REFUS'],
  ILLECTRONISME: ['AUTONOME', 'CAPACITES_FAIBLES', 'ILLECTRONISME', 'SANS_EQUIPEMENT', 'REFUS'],
  HANDICAP: ['RQTH_VALIDE', 'RQTH_EN_COURS', 'AUTRE_RECONNAISSANCE', 'SUSPICION', 'NON_CONCERNE', 'REFUS'],
};

/** Positive results (bold in domaine.md): a difficulty or a recognition to act on. */
export const RESULTATS_POSITIFS: Readonly<Record<DomaineReperage, readonly ResultatReperage[]>> = {
  ILLETTRISME: ['DIFFICULTE_A_CONFIRMER', 'ILLETTRISME', 'ANALPHABETISME', 'FLE'],
  ILLECTRONISME: ['CAPACITES_FAIBLES', 'ILLECTRONISME', 'SANS_EQUIPEMENT'],
  HANDICAP: ['RQTH_VALIDE', 'RQTH_EN_COURS', 'AUTRE_RECONNAISSANCE', 'SUSPICION'],
};

/** Results that give RQTH at a date (domaine.md). */
export const RESULTATS_RQTH: readonly ResultatReperage[] = ['RQTH_VALIDE', 'RQTH_EN_COURS'];

/**
 * What a partner offers after a screening (a partner may offer several): the resources an orientation
 * after a positive result is proposed to. Not in domaine.md: Tremplin's own list (docs/choix-domaine.md).
 */
export const RESSOURCES_REPERAGE = liste({
  CAP_EMPLOI: 'Cap emploi',
  MDPH: 'MDPH',
  RESSOURCE_HANDICAP_FORMATION: 'Ressource handicap formation (RHF)',
  CENTRE_RESSOURCES_ILLETTRISME: 'Centre de ressources illettrisme',
  COMPETENCES_BASE_REGION: 'Compétences de base (Région)',
  CLEA: 'Certification CléA',
  FLE: 'Apprentissage du français (FLE)',
  MEDIATION_NUMERIQUE: 'Médiation numérique',
  EQUIPEMENT_SOLIDAIRE: 'Équipement numérique solidaire',
});
export type RessourceReperage = (typeof RESSOURCES_REPERAGE.codes)[number];

/** The records a `tremplin-import/1` folder carries, one file each (import.md). */
export const ENTITES_ECHANGE = [
  'PARTENAIRE',
  'JEUNE',
  'PROPOSITION',
  'SITUATION',
  'REPERAGE',
  'EVENEMENT',
  'FREIN',
  'AIDE',
  'DISPOSITIF',
] as const;
export type EntiteEchange = (typeof ENTITES_ECHANGE)[number];
