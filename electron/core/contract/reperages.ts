/**
 * Schemas of screenings (repérages) of handicap, illiteracy and digital illiteracy, the orientation
 * that follows a positive result, the follow-up queue and the advisers' guidance texts.
 */
import { z } from 'zod';
import {
  DOMAINES_REPERAGE,
  ETATS_PROPOSITION,
  METHODES_REPERAGE,
  RESSOURCES_REPERAGE,
  RESULTATS_REPERAGE,
  TYPES_PARTENAIRE,
  TYPES_PROPOSITION,
} from '../domain/codes';
import { erreursReperage, methodeDuDomaine, resultatDuDomaine } from '../domain/reperage';
import {
  code,
  dateIsoOptionnelle,
  dateIso,
  identifiant,
  identifiantOptionnel,
  texteOptionnel,
} from './schemas-communs';
import { propositionSaisieSchema } from './propositions';

export const LIBELLES_CHAMPS_REPERAGE = {
  domaine: 'Domaine',
  date: 'Date du repérage',
  methode: 'Méthode',
  resultat: 'Résultat',
  dateInformation: 'Jeune informé·e le',
  dateSuivi: 'Suivi prévu le',
  dateFinRqth: 'Fin de validité de la RQTH',
  note: 'Note (confidentielle)',
  propositionId: 'Orientation liée',
} as const;

export const reperageSaisieSchema = z
  .object({
    domaine: code(DOMAINES_REPERAGE.codes),
    date: dateIso,
    methode: code(METHODES_REPERAGE.codes),
    resultat: code(RESULTATS_REPERAGE.codes),
    dateInformation: dateIsoOptionnelle,
    dateSuivi: dateIsoOptionnelle,
    dateFinRqth: dateIsoOptionnelle,
    note: texteOptionnel(2000),
    /** An orientation of the same youth made after it (set by « Orienter », or linked by hand). */
    propositionId: identifiantOptionnel,
  })
  .superRefine((r, ctx) => {
    const champ = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const domaine = DOMAINES_REPERAGE.libelles[r.domaine].toLowerCase();
    if (!methodeDuDomaine(r.domaine, r.methode)) champ('methode', `n'est pas une méthode de repérage ${domaine}.`);
    if (!resultatDuDomaine(r.domaine, r.resultat)) champ('resultat', `n'est pas un résultat de repérage ${domaine}.`);
    for (const [c, message] of Object.entries(erreursReperage(r))) champ(c, message);
  });

export const orientationReperageSchema = z.object({
  id: identifiant,
  type: code(TYPES_PROPOSITION.codes),
  etat: code(ETATS_PROPOSITION.codes),
  partenaireNom: z.string().nullable(),
});

const raisonASuivre = z.enum(['SANS_ORIENTATION', 'ORIENTATION_SANS_SUITE', 'SUIVI_DEPASSE']);

export const reperageSchema = z.object({
  ...reperageSaisieSchema.shape,
  id: identifiant,
  jeuneId: identifiant,
  /** A result in bold in domaine.md: a difficulty or a recognition to act on. */
  positif: z.boolean(),
  orientation: orientationReperageSchema.nullable(),
  /** Why it waits for a follow-up today (empty: it does not). */
  raisons: z.array(raisonASuivre),
  /** The note exists but is reserved to those who may read sensitive details. */
  noteReservee: z.boolean(),
});
export type Reperage = z.output<typeof reperageSchema>;

export const rqthSchema = z.object({
  /** Date of the first screening that gave RQTH (domaine.md: once recorded it stays). */
  depuis: z.string(),
  /** The latest known expiry of a valid RQTH (null when unknown or only requested). */
  dateFin: z.string().nullable(),
  /** Only requested so far (RQTH_EN_COURS, no RQTH_VALIDE yet). */
  enCours: z.boolean(),
});

export const reperagesDuJeuneSchema = z.object({
  reperages: z.array(reperageSchema),
  /** The reader may not see sensitive details: handicap screenings and notes are left out. */
  detailsReserves: z.boolean(),
  /** RQTH today, for those allowed to see it (null otherwise or when none). */
  rqth: rqthSchema.nullable(),
});

export const orienterReperageSchema = z.object({ id: identifiant, saisie: propositionSaisieSchema });

export const partenaireConseilleSchema = z.object({
  id: identifiant,
  raisonSociale: z.string(),
  type: code(TYPES_PARTENAIRE.codes),
  commune: z.string().nullable(),
  ressources: z.array(code(RESSOURCES_REPERAGE.codes)),
});

export const conseilReperageSchema = z.object({
  typeProposition: code(TYPES_PROPOSITION.codes),
  ressources: z.array(code(RESSOURCES_REPERAGE.codes)),
  /** Partners offering those resources, those of the first resource first. */
  partenaires: z.array(partenaireConseilleSchema),
});

export const aSuivreSchema = z
  .object({
    /** DIRECTION may filter by référent·e; a CONSEILLER always gets their own files. */
    conseillerId: identifiantOptionnel,
  })
  .strict();

export const ligneASuivreSchema = reperageSchema.extend({
  jeuneNom: z.string(),
  jeunePrenom: z.string(),
  referentNom: z.string().nullable(),
  /** The date it has waited since: the screening's, or the passed follow-up's. */
  echeance: z.string(),
});

export const fileASuivreSchema = z.object({
  lignes: z.array(ligneASuivreSchema),
  parDomaine: z.object(
    Object.fromEntries(DOMAINES_REPERAGE.codes.map((d) => [d, z.int()])) as Record<
      (typeof DOMAINES_REPERAGE.codes)[number],
      z.ZodInt
    >,
  ),
});

export const guideReperageSchema = z.object({
  domaine: code(DOMAINES_REPERAGE.codes),
  texte: z.string(),
  /** Still the text Tremplin ships with. */
  parDefaut: z.boolean(),
  modifieLe: z.int().nullable(),
  modifieParNom: z.string().nullable(),
});
export type GuideReperage = z.output<typeof guideReperageSchema>;

export const modifierGuideSchema = z
  .object({
    domaine: code(DOMAINES_REPERAGE.codes),
    /** null restores the text Tremplin ships with. */
    texte: z
      .string()
      .trim()
      .min(1, { error: 'obligatoire.' })
      .max(8000, { error: '8 000 caractères au plus.' })
      .nullable(),
  })
  .strict();
