/**
 * Schemas of a youth's follow-up: events, situations, programmes (dispositifs), barriers (freins)
 * and financial aids. Each entity has a *saisie* (what an adviser types) and a stored form.
 */
import { z } from 'zod';
import {
  CATEGORIES_SITUATION,
  FINANCEURS,
  SOUS_TYPES_SITUATION,
  STATUTS_FREIN,
  THEMES_FREIN,
  TYPES_AIDE,
  TYPES_DISPOSITIF,
  TYPES_EVENEMENT,
} from '../domain/codes';
import { lireMontant } from '../domain/montant';
import { erreursSituation } from '../domain/situation';
import { erreursFrein, erreursPeriode } from '../domain/suivi';
import {
  code,
  dateIso,
  dateIsoOptionnelle,
  identifiant,
  identifiantOptionnel,
  texteOptionnel,
} from './schemas-communs';
import { propositionSchema } from './propositions';

/** An optional code: empty means none. */
function codeOptionnel<C extends string>(codes: readonly [C, ...C[]]) {
  return z.preprocess((v) => (v === '' ? null : v), code(codes).nullable().default(null));
}

/** Reports domain rule errors on their fields. */
function signaler(ctx: z.RefinementCtx, erreurs: readonly { champ: string; message: string }[]): void {
  for (const e of erreurs) ctx.addIssue({ code: 'custom', path: [e.champ], message: e.message });
}

// ——— Événements ———

export const LIBELLES_CHAMPS_EVENEMENT = {
  date: 'Date',
  type: 'Type de contact',
  conseillerId: 'Conseiller·ère',
  siteId: 'Site',
  commentaire: 'Commentaire (interne)',
} as const;

export const evenementSaisieSchema = z.object({
  date: dateIso,
  type: code(TYPES_EVENEMENT.codes),
  conseillerId: identifiantOptionnel,
  siteId: identifiantOptionnel,
  commentaire: texteOptionnel(2000),
});

export const evenementSchema = evenementSaisieSchema.extend({
  id: identifiant,
  jeuneId: identifiant,
  conseillerNom: z.string().nullable(),
  siteLibelle: z.string().nullable(),
});
export type Evenement = z.output<typeof evenementSchema>;

export const evenementRecentSchema = evenementSchema.extend({ jeuneNom: z.string(), jeunePrenom: z.string() });
export const evenementsRecentsSchema = z
  .object({ conseillerId: identifiantOptionnel, limite: z.int().min(1).max(200).default(50) })
  .strict();

// ——— Situations ———

export const LIBELLES_CHAMPS_SITUATION = {
  categorie: 'Catégorie',
  sousType: 'Sous-type',
  dateDebut: 'Date de début',
  dateFinPrevue: 'Date de fin prévue',
  dateFin: 'Date de fin réelle',
  partenaireId: 'Partenaire (annuaire)',
  partenaire: 'Employeur, organisme ou CFA (hors annuaire)',
  intitule: 'Intitulé (poste, formation)',
  financeur: 'Financeur',
} as const;

export const situationSaisieSchema = z
  .object({
    categorie: code(CATEGORIES_SITUATION.codes),
    sousType: codeOptionnel(SOUS_TYPES_SITUATION.codes),
    dateDebut: dateIso,
    dateFinPrevue: dateIsoOptionnelle,
    dateFin: dateIsoOptionnelle,
    /** The partner from the directory, when listed; otherwise its name as text in `partenaire`. */
    partenaireId: identifiantOptionnel,
    partenaire: texteOptionnel(150),
    intitule: texteOptionnel(150),
    financeur: codeOptionnel(FINANCEURS.codes),
  })
  .superRefine((s, ctx) => signaler(ctx, erreursSituation(s)));

export const situationSchema = z.object({
  ...situationSaisieSchema.shape,
  id: identifiant,
  jeuneId: identifiant,
  partenaireNom: z.string().nullable(),
  /** The orientation whose entry this situation is (null when recorded directly). */
  propositionId: identifiant.nullable(),
  /** domaine.md's *emploi durable*, computed from the planned duration. */
  emploiDurable: z.boolean(),
  /** In progress today. */
  enCours: z.boolean(),
});
export type Situation = z.output<typeof situationSchema>;

// ——— Dispositifs ———

export const LIBELLES_CHAMPS_DISPOSITIF = {
  type: 'Dispositif',
  dateEntree: "Date d'entrée",
  dateSortie: 'Date de sortie',
} as const;

export const dispositifSaisieSchema = z
  .object({ type: code(TYPES_DISPOSITIF.codes), dateEntree: dateIso, dateSortie: dateIsoOptionnelle })
  .superRefine((d, ctx) => signaler(ctx, erreursPeriode({ debut: d.dateEntree, fin: d.dateSortie }, 'dateSortie')));

export const dispositifSchema = z.object({ ...dispositifSaisieSchema.shape, id: identifiant, jeuneId: identifiant });
export type Dispositif = z.output<typeof dispositifSchema>;

// ——— Freins ———

export const LIBELLES_CHAMPS_FREIN = {
  theme: 'Thème',
  dateIdentification: "Date d'identification",
  statut: 'Statut',
  dateStatut: 'Date du statut',
  actions: 'Actions engagées',
} as const;

export const freinSaisieSchema = z
  .object({
    theme: code(THEMES_FREIN.codes),
    dateIdentification: dateIso,
    statut: code(STATUTS_FREIN.codes),
    dateStatut: dateIsoOptionnelle,
    actions: texteOptionnel(1000),
  })
  .superRefine((f, ctx) => signaler(ctx, erreursFrein(f)));

export const freinSchema = z.object({ ...freinSaisieSchema.shape, id: identifiant, jeuneId: identifiant });
export type Frein = z.output<typeof freinSchema>;

// ——— Aides financières ———

export const LIBELLES_CHAMPS_AIDE = {
  type: "Type d'aide",
  montant: 'Montant (€)',
  dateDecision: 'Date de décision',
} as const;

/** Euros as typed: `1000`, `1000,50`, `1 000,50` (spaces are grouping), stored as cents. */
const montant = z.union([z.string(), z.number()], { error: 'obligatoire.' }).transform((v, ctx) => {
  const texte = String(v).replace(/[\s\u00a0\u202f]/g, '');
  const centimes = texte === '' ? null : lireMontant(texte);
  if (centimes === null) {
    ctx.addIssue({
      code: 'custom',
      message: texte === '' ? 'obligatoire.' : 'montant en euros attendu, positif, 2 décimales au plus (ex. 1000,00).',
    });
    return z.NEVER;
  }
  return centimes;
});

export const aideSaisieSchema = z.object({ type: code(TYPES_AIDE.codes), montant, dateDecision: dateIso });

export const aideSchema = z.object({
  type: code(TYPES_AIDE.codes),
  dateDecision: z.string(),
  /** Amount in cents: 1 000,00 € is 100000. */
  montantCentimes: z.int(),
  id: identifiant,
  jeuneId: identifiant,
});
export type Aide = z.output<typeof aideSchema>;

// ——— Channels' inputs and outputs ———

export const idElementSchema = z.object({ id: identifiant });
export const idJeuneSuiviSchema = z.object({ jeuneId: identifiant });

/** Everything of a youth's follow-up, each list most recent first. */
export const suiviSchema = z.object({
  evenements: z.array(evenementSchema),
  situations: z.array(situationSchema),
  dispositifs: z.array(dispositifSchema),
  freins: z.array(freinSchema),
  aides: z.array(aideSchema),
  propositions: z.array(propositionSchema),
  /** i-milo's current situation (null when none is in progress today). */
  situationCouranteId: identifiant.nullable(),
});
export type Suivi = z.output<typeof suiviSchema>;

/** Input of a creation: the youth and the record; of an edit: the record's id and the record. */
export function schemasEcriture<S extends z.ZodType>(saisie: S) {
  return {
    creer: z.object({ jeuneId: identifiant, saisie }),
    modifier: z.object({ id: identifiant, saisie }),
  };
}

/** "Enregistrer l'entrée": the situation an orientation led to (prefilled by the UI from the session or offer). */
export const enregistrerEntreeSchema = z.object({ id: identifiant, situation: situationSaisieSchema });
