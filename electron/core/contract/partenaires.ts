/**
 * Schemas of the partner directory (training organisations, CFAs, companies…), their contacts,
 * training sessions and offers, shared by the whole office.
 */
import { z } from 'zod';
import {
  ETATS_PROPOSITION,
  FINANCEURS,
  RESSOURCES_REPERAGE,
  TYPES_OFFRE,
  TYPES_PARTENAIRE,
  TYPES_PROPOSITION,
} from '../domain/codes';
import { erreursPeriode } from '../domain/suivi';
import {
  code,
  codePostalOptionnel,
  dateIso,
  dateIsoOptionnelle,
  emailOptionnel,
  identifiant,
  siretOptionnel,
  telephoneOptionnel,
  texteObligatoire,
  texteOptionnel,
} from './schemas-communs';

export const LIBELLES_CHAMPS_PARTENAIRE = {
  type: 'Type de partenaire',
  raisonSociale: 'Raison sociale',
  siret: 'SIRET',
  adresse: 'Adresse',
  codePostal: 'Code postal',
  commune: 'Commune',
  telephone: 'Téléphone',
  email: 'E-mail',
  notes: 'Notes',
  contacts: 'Contacts',
  ressources: 'Ressources après un repérage',
  fonction: 'Fonction',
  nom: 'Nom',
  intitule: 'Intitulé',
  dateDebut: 'Date de début',
  dateFin: 'Date de fin',
  places: 'Places',
  financeur: 'Financeur',
  eligibilite: "Conditions d'accès",
  codeRome: 'Code ROME',
} as const;

export const contactPartenaireSchema = z.object({
  nom: texteObligatoire(100),
  fonction: texteOptionnel(100),
  telephone: telephoneOptionnel,
  email: emailOptionnel,
});

export const partenaireSaisieSchema = z.object({
  type: code(TYPES_PARTENAIRE.codes),
  raisonSociale: texteObligatoire(150),
  siret: siretOptionnel,
  adresse: texteOptionnel(200),
  codePostal: codePostalOptionnel,
  commune: texteOptionnel(100),
  telephone: telephoneOptionnel,
  email: emailOptionnel,
  notes: texteOptionnel(2000),
  contacts: z.array(contactPartenaireSchema).max(50).default([]),
  /** What the partner offers after a screening (Cap emploi, médiation numérique…): « Orienter » proposes it. */
  ressources: z
    .array(code(RESSOURCES_REPERAGE.codes))
    .default([])
    .transform((r) => [...new Set(r)]),
});

/** Period of a session or an offer: the end, when known, is not before the start. */
function periodeValide(p: { dateDebut: string | null; dateFin: string | null }, ctx: z.RefinementCtx): void {
  if (p.dateDebut === null) return;
  for (const e of erreursPeriode({ debut: p.dateDebut, fin: p.dateFin }, 'dateFin')) {
    ctx.addIssue({ code: 'custom', path: [e.champ], message: 'antérieure à la date de début.' });
  }
}

export const sessionSaisieSchema = z
  .object({
    intitule: texteObligatoire(150),
    dateDebut: dateIso,
    dateFin: dateIsoOptionnelle,
    places: z.preprocess(
      (v) => (v === '' || v === undefined ? null : typeof v === 'string' ? Number(v) : v),
      z.int({ error: 'nombre entier attendu.' }).min(1, { error: '1 au moins.' }).max(1000).nullable().default(null),
    ),
    financeur: z.preprocess((v) => (v === '' ? null : v), code(FINANCEURS.codes).nullable().default(null)),
    eligibilite: texteOptionnel(1000),
  })
  .superRefine(periodeValide);

export const offreSaisieSchema = z
  .object({
    type: code(TYPES_OFFRE.codes),
    intitule: texteObligatoire(150),
    dateDebut: dateIsoOptionnelle,
    dateFin: dateIsoOptionnelle,
    codeRome: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim().toUpperCase() : v),
      z
        .string()
        .regex(/^[A-N]\d{4}$/, { error: 'une lettre et 4 chiffres (ex. D1106).' })
        .nullable()
        .default(null),
    ),
  })
  .superRefine(periodeValide);

export const sessionSchema = z.object({ ...sessionSaisieSchema.shape, id: identifiant, partenaireId: identifiant });
export type SessionFormation = z.output<typeof sessionSchema>;
export const offreSchema = z.object({ ...offreSaisieSchema.shape, id: identifiant, partenaireId: identifiant });
export type Offre = z.output<typeof offreSchema>;

/** A youth oriented to this partner, and what came of it. */
export const orientationPartenaireSchema = z.object({
  propositionId: identifiant,
  jeuneId: identifiant,
  jeuneNom: z.string(),
  jeunePrenom: z.string(),
  date: z.string(),
  type: code(TYPES_PROPOSITION.codes),
  etat: code(ETATS_PROPOSITION.codes),
  dateEtat: z.string(),
  intitule: z.string().nullable(),
});

export const partenaireSchema = z.object({
  ...partenaireSaisieSchema.shape,
  id: identifiant,
  sessions: z.array(sessionSchema),
  offres: z.array(offreSchema),
  orientations: z.array(orientationPartenaireSchema),
  /** Realised orientations ÷ all orientations to this partner (null when none). */
  tauxTransformation: z.number().nullable(),
});
export type Partenaire = z.output<typeof partenaireSchema>;

export const partenaireLigneSchema = z.object({
  id: identifiant,
  type: code(TYPES_PARTENAIRE.codes),
  raisonSociale: z.string(),
  siret: z.string().nullable(),
  commune: z.string().nullable(),
  sessions: z.int(),
  offres: z.int(),
  orientations: z.int(),
});
export type PartenaireLigne = z.output<typeof partenaireLigneSchema>;

export const recherchePartenairesSchema = z.object({
  texte: z.string().trim().max(100).default(''),
  type: z.preprocess((v) => (v === '' ? null : v), code(TYPES_PARTENAIRE.codes).nullable().default(null)),
  page: z.int().min(0).default(0),
  taillePage: z.int().min(1).max(100).default(25),
});

export const fusionPartenairesSchema = z
  .object({ conserveId: identifiant, doublonId: identifiant })
  .refine((f) => f.conserveId !== f.doublonId, {
    error: 'choisissez deux partenaires différents.',
    path: ['doublonId'],
  });

export const creerSousElementSchema = <S extends z.ZodType>(saisie: S) =>
  z.object({ partenaireId: identifiant, saisie });
