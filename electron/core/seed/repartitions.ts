/**
 * The distributions synthetic files are drawn from (reasoning and sources: docs/choix-domaine.md,
 * « Données synthétiques »): orders of magnitude of Missions Locales, rounded.
 */
import type {
  CategorieSituation,
  DomaineReperage,
  Financeur,
  NiveauFormation,
  ResultatReperage,
  SousTypeSituation,
  ThemeFrein,
  TypeEvenement,
  TypePartenaire,
  TypeProposition,
} from '../domain/codes';
import { CATEGORIE_ENTREE } from '../domain/orientation';
import { pondere, type Pondere } from './hasard';
import { COMMUNES } from './listes-francaises';

/** Age at first reception: most youths come at 17–22. */
export const AGES = pondere([
  [15, 1],
  [16, 4],
  [17, 8],
  [18, 12],
  [19, 13],
  [20, 12],
  [21, 11],
  [22, 10],
  [23, 9],
  [24, 8],
  [25, 6],
  [26, 3],
  [27, 2],
  [28, 1],
] as const);

/** Levels of youths met by Missions Locales: many below or at CAP and bac-level without the diploma. */
export const NIVEAUX = pondere<NiveauFormation | null>([
  ['INFRA3', 17],
  ['N3_NV', 12],
  ['N3', 15],
  ['N4_NV', 14],
  ['N4', 22],
  ['N5', 6],
  ['N6', 3],
  ['N7_8', 1],
  [null, 10],
]);

export const COMMUNES_PONDEREES = pondere(COMMUNES);

/** Mostly individual interviews; contacts by phone and writing next. */
export const TYPES_EVENEMENT = pondere<TypeEvenement>([
  ['EI', 50],
  ['TEL', 17],
  ['ECRIT', 10],
  ['AT', 8],
  ['IC', 6],
  ['ACC', 6],
  ['MED', 3],
]);

export const CATEGORIES = pondere<CategorieSituation>([
  ['EMP', 42],
  ['FOR', 22],
  ['ALT', 8],
  ['PMSMP', 11],
  ['IMM', 4],
  ['VOL', 6],
  ['SCO', 3],
]);

export const SOUS_TYPES_EMP = pondere<SousTypeSituation>([
  ['CDD', 33],
  ['INTERIM', 25],
  ['CDI', 12],
  ['SAISONNIER', 8],
  ['IAE', 8],
  ['CONTRAT_AIDE', 5],
  ['FONCTION_PUBLIQUE', 2],
  ['CREATION_ENTREPRISE', 2],
  ['AUTRE', 5],
]);

/** Training sub-types with the body that usually pays for them. */
export const SOUS_TYPES_FOR = pondere<readonly [SousTypeSituation, Financeur]>([
  [['PRF_QUALIFIANTE', 'REGION'], 30],
  [['PRF_PREQUALIFIANTE', 'REGION'], 22],
  [['COMPETENCES_BASE', 'REGION'], 8],
  [['E2C', 'REGION'], 8],
  [['EPIDE', 'ETAT'], 4],
  [['FRANCE_TRAVAIL', 'FRANCE_TRAVAIL'], 15],
  [['CPF', 'AUTRE'], 5],
  [['AUTRE', 'OPCO'], 8],
]);

export const SOUS_TYPES_VOL = pondere<SousTypeSituation>([
  ['SERVICE_CIVIQUE', 80],
  ['CORPS_EUROPEEN_SOLIDARITE', 5],
  ['BENEVOLAT', 15],
]);

/** Propositions that do not come from an entry: what advisers prescribe besides. */
export const TYPES_PROPOSITION = pondere<TypeProposition>([
  ['FORMATION', 20],
  ['EMPLOI', 22],
  ['ALTERNANCE', 8],
  ['PMSMP', 10],
  ['SERVICE_CIVIQUE', 4],
  ['SANTE', 6],
  ['LOGEMENT', 7],
  ['MOBILITE', 8],
  ['ACCES_DROITS', 6],
  ['AIDE_FINANCIERE', 4],
  ['MOBILITE_INTERNATIONALE', 2],
  ['CREATION_ACTIVITE', 2],
  ['NUMERIQUE', 1],
]);

export const PARTENAIRE_DU_TYPE: Readonly<Record<TypeProposition, TypePartenaire | null>> = {
  FORMATION: 'ORGANISME_FORMATION',
  ALTERNANCE: 'CFA',
  EMPLOI: 'ENTREPRISE',
  PMSMP: 'ENTREPRISE',
  SERVICE_CIVIQUE: 'ASSOCIATION',
  MOBILITE_INTERNATIONALE: 'ASSOCIATION',
  SANTE: 'SANTE',
  LOGEMENT: 'LOGEMENT',
  MOBILITE: 'ASSOCIATION',
  NUMERIQUE: 'ASSOCIATION',
  SAVOIRS_BASE: 'ORGANISME_FORMATION',
  HANDICAP: 'SERVICE_PUBLIC',
  CREATION_ACTIVITE: 'ASSOCIATION',
  ACCES_DROITS: 'SERVICE_PUBLIC',
  AIDE_FINANCIERE: null,
};

export const THEMES_FREIN = pondere<ThemeFrein>([
  ['MOBILITE', 25],
  ['LOGEMENT', 18],
  ['FINANCIER', 18],
  ['SANTE', 10],
  ['NUMERIQUE', 8],
  ['ADMINISTRATIF', 8],
  ['FAMILLE_GARDE', 5],
  ['SAVOIRS_BASE', 3],
  ['ALIMENTATION', 3],
  ['JUSTICE', 2],
]);

/**
 * Screening: share of youths screened in each domain, and results once screened. Positives come to
 * ≈ 10 % of youths for illettrisme, 15 % for illectronisme, 5 % for handicap.
 */
export const REPERAGES: readonly (readonly [DomaineReperage, number, Pondere<ResultatReperage>])[] = [
  [
    'ILLETTRISME',
    0.25,
    pondere<ResultatReperage>([
      ['PAS_DE_DIFFICULTE', 56],
      ['DIFFICULTE_A_CONFIRMER', 18],
      ['ILLETTRISME', 10],
      ['ANALPHABETISME', 2],
      ['FLE', 10],
      ['REFUS', 4],
    ]),
  ],
  [
    'ILLECTRONISME',
    0.3,
    pondere<ResultatReperage>([
      ['AUTONOME', 47],
      ['CAPACITES_FAIBLES', 30],
      ['ILLECTRONISME', 12],
      ['SANS_EQUIPEMENT', 8],
      ['REFUS', 3],
    ]),
  ],
  [
    'HANDICAP',
    0.1,
    pondere<ResultatReperage>([
      ['RQTH_VALIDE', 18],
      ['RQTH_EN_COURS', 12],
      ['AUTRE_RECONNAISSANCE', 5],
      ['SUSPICION', 15],
      ['NON_CONCERNE', 45],
      ['REFUS', 5],
    ]),
  ],
];

/** Planned duration of a job, in months [min, max]; null: no planned end (open-ended contract). */
export const MOIS_PREVUS: Partial<Record<SousTypeSituation, readonly [number, number] | null>> = {
  CDD: [1, 12],
  SAISONNIER: [1, 4],
  CONTRAT_AIDE: [9, 12],
  IAE: [4, 12],
  AUTRE: [1, 6],
  CDI: null,
  FONCTION_PUBLIQUE: null,
  CREATION_ENTREPRISE: null,
};

/** The proposition whose entry is a situation of this category (CATEGORIE_ENTREE read backwards). */
export const TYPE_ENTREE = Object.fromEntries(
  Object.entries(CATEGORIE_ENTREE).map(([type, categorie]) => [categorie, type]),
) as Partial<Record<CategorieSituation, TypeProposition>>;

/** Share of entries that follow an orientation by the Mission Locale (the others: found alone). */
export const PART_ORIENTEE: Partial<Record<CategorieSituation, number>> = {
  FOR: 0.65,
  ALT: 0.5,
  EMP: 0.35,
  PMSMP: 0.7,
  VOL: 0.5,
};
