/** Schemas and types of the youth file (dossier jeune) channels. */
import { z } from 'zod';
import { NIVEAUX_FORMATION, SEXES, STATUTS_DOSSIER } from '../domain/codes';
import { ACTIONS_HISTORIQUE, ENTITES_HISTORIQUE } from '../domain/historique';
import { erreursDatesJeune } from '../domain/jeune';
import {
  booleen,
  code,
  codePostalOptionnel,
  dateIso,
  dateIsoOptionnelle,
  emailOptionnel,
  identifiant,
  identifiantOptionnel,
  telephoneOptionnel,
  texteObligatoire,
  texteOptionnel,
} from './schemas-communs';

/** French label of each field of a youth file: forms, error summaries and the history use them. */
export const LIBELLES_CHAMPS_JEUNE = {
  nom: 'Nom de naissance',
  nomUsage: "Nom d'usage",
  prenom: 'Prénom(s)',
  sexe: 'Sexe',
  dateNaissance: 'Date de naissance',
  datePremierAccueil: 'Date de premier accueil',
  niveauFormation: 'Niveau de formation',
  qpv: 'Résidence en QPV',
  zrr: 'Résidence en ZRR/FRR',
  telephone: 'Téléphone',
  email: 'E-mail',
  adresse: 'Adresse',
  codePostal: 'Code postal',
  commune: 'Commune',
  siteId: 'Site',
  referentId: 'Conseiller·ère référent·e',
  dateInformationRgpd: "Date de remise de la notice d'information (RGPD)",
  statut: 'Statut du dossier',
} as const;

export type ChampJeune = keyof typeof LIBELLES_CHAMPS_JEUNE;

const champsJeune = z.object({
  nom: texteObligatoire(100),
  nomUsage: texteOptionnel(100),
  prenom: texteObligatoire(100),
  sexe: code(SEXES.codes),
  dateNaissance: dateIso,
  datePremierAccueil: dateIso,
  niveauFormation: z.preprocess((v) => (v === '' ? null : v), code(NIVEAUX_FORMATION.codes).nullable().default(null)),
  qpv: booleen,
  zrr: booleen,
  telephone: telephoneOptionnel,
  email: emailOptionnel,
  adresse: texteOptionnel(200),
  codePostal: codePostalOptionnel,
  commune: texteOptionnel(100),
  siteId: identifiantOptionnel,
  referentId: identifiantOptionnel,
  dateInformationRgpd: dateIsoOptionnelle,
});

/** What an adviser types to create or edit a file. */
export const jeuneSaisieSchema = champsJeune.superRefine((j, ctx) => {
  for (const e of erreursDatesJeune(j)) ctx.addIssue({ code: 'custom', path: [e.champ], message: e.message });
});
export type JeuneSaisie = z.output<typeof jeuneSaisieSchema>;
export type JeuneSaisieBrute = z.input<typeof jeuneSaisieSchema>;

export const statutDossierSchema = code(STATUTS_DOSSIER.codes);

export const jeuneSchema = champsJeune.extend({
  id: identifiant,
  statut: statutDossierSchema,
  siteLibelle: z.string().nullable(),
  referentNom: z.string().nullable(),
  creeLe: z.number().int(),
  modifieLe: z.number().int(),
});
export type Jeune = z.output<typeof jeuneSchema>;

export const jeuneLigneSchema = z.object({
  id: identifiant,
  nom: z.string(),
  nomUsage: z.string().nullable(),
  prenom: z.string(),
  sexe: code(SEXES.codes),
  dateNaissance: z.string(),
  datePremierAccueil: z.string(),
  telephone: z.string().nullable(),
  commune: z.string().nullable(),
  siteLibelle: z.string().nullable(),
  referentNom: z.string().nullable(),
  statut: statutDossierSchema,
});
export type JeuneLigne = z.output<typeof jeuneLigneSchema>;

export const creerJeuneSchema = z.object({
  saisie: jeuneSaisieSchema,
  /** The adviser saw the similar files and confirms this is another person. */
  confirmerDoublon: z.boolean().default(false),
});

export const modifierJeuneSchema = z.object({ id: identifiant, saisie: jeuneSaisieSchema });

/** Advisers switch a file between active and inactive; archiving and anonymising have their own flow. */
export const changerStatutSchema = z.object({
  id: identifiant,
  statut: z.enum(['ACTIF', 'INACTIF'], { error: 'actif ou inactif attendu.' }),
});

export const idJeuneSchema = z.object({ id: identifiant });

export const COLONNES_TRI = ['nom', 'prenom', 'dateNaissance', 'datePremierAccueil', 'commune', 'statut'] as const;

export const rechercheJeunesSchema = z.object({
  texte: z.string().trim().max(100, { error: '100 caractères au plus.' }).default(''),
  siteId: identifiantOptionnel,
  referentId: identifiantOptionnel,
  statut: z.preprocess((v) => (v === '' ? null : v), statutDossierSchema.nullable().default(null)),
  tri: z
    .object({ colonne: z.enum(COLONNES_TRI), sens: z.enum(['asc', 'desc']) })
    .default({ colonne: 'nom', sens: 'asc' }),
  page: z.int().min(0).default(0),
  taillePage: z.int().min(1).max(100).default(25),
});
export type RechercheJeunes = z.input<typeof rechercheJeunesSchema>;

export const resultatRechercheSchema = z.object({ lignes: z.array(jeuneLigneSchema), total: z.int() });
export type ResultatRecherche = z.output<typeof resultatRechercheSchema>;

export const doublonsSchema = z.object({
  nom: z.string().trim().max(100),
  nomUsage: z.string().trim().max(100).nullable().default(null),
  prenom: z.string().trim().max(100),
  dateNaissance: dateIso,
  exclureId: identifiantOptionnel,
});

/**
 * One change of a youth file or of one of its records (`entite`, `entiteId`). MODIFICATION: the
 * field and its values in stored form — texts as typed, dates ISO `AAAA-MM-JJ`, codes, booleans
 * `'true'`/`'false'`, ids, amounts in cents; null = empty. CREATION / SUPPRESSION of a record: no
 * field, and a French summary of the record as new / old value (none for the file's own creation).
 */
export const entreeHistoriqueSchema = z.object({
  id: identifiant,
  horodatage: z.number().int(),
  auteur: z.string().nullable(),
  entite: z.enum(ENTITES_HISTORIQUE),
  entiteId: identifiant,
  action: z.enum(ACTIONS_HISTORIQUE),
  champ: z.string().nullable(),
  ancienneValeur: z.string().nullable(),
  nouvelleValeur: z.string().nullable(),
});
export type EntreeHistorique = z.output<typeof entreeHistoriqueSchema>;
