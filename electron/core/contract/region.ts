/**
 * The Region package's channels (DIRECTION only): the data-quality check, the dashboard figures,
 * the convention's targets and the package's files in memory (after re-authentication, audited).
 */
import { z } from 'zod';

export const LIBELLES_CHAMPS_REGION = {
  annee: 'Année',
  motDePasse: 'Mot de passe',
  objectifs: 'Objectifs',
  code: 'Indicateur',
  variante: 'Variante',
  valeur: 'Objectif',
} as const;

const annee = z.int({ error: 'une année est attendue.' }).min(2000).max(2100);

export const anneeRegionSchema = z.object({ annee }).strict();

/** The package names every youth's figures: the director types the password again to produce it. */
export const produirePaquetSchema = z
  .object({
    annee,
    motDePasse: z.string({ error: 'obligatoire.' }).min(1, { error: 'obligatoire.' }).max(200),
  })
  .strict();

const comptesQualiteSchema = z.record(z.string(), z.int());

export const qualiteRegionSchema = z.object({
  comptes: comptesQualiteSchema,
  /** Local list for the director: each item names a youth (id and name), never sent in the package. */
  dossiers: z.array(z.object({ controle: z.string(), jeuneId: z.string(), nom: z.string(), date: z.string() })),
});
export type QualiteRegion = z.output<typeof qualiteRegionSchema>;

export const varianteSchema = z.enum(['tous', 'accompagnes']);
export type VarianteIndicateur = z.output<typeof varianteSchema>;

export const tableauDeBordSchema = z.object({
  annee: z.int(),
  chiffres: z.array(
    z.object({
      code: z.string(),
      variante: varianteSchema,
      libelle: z.string(),
      valeur: z.int(),
      precedente: z.int(),
      mensuel: z.array(z.int()),
      mensuelPrecedent: z.array(z.int()),
    }),
  ),
});
export type TableauDeBordRegion = z.output<typeof tableauDeBordSchema>;

/** A target of the convention: a figure to reach for one indicator (and variant) in one year. */
export const objectifSchema = z.object({
  code: z.string().regex(/^[A-Z0-9_]{2,60}$/, { error: 'code d’indicateur inconnu.' }),
  variante: varianteSchema,
  valeur: z
    .int({ error: 'un nombre entier est attendu.' })
    .min(0, { error: 'un nombre positif ou nul est attendu.' })
    .max(1_000_000_000, { error: 'valeur trop grande.' }),
});
export type Objectif = z.output<typeof objectifSchema>;

export const objectifsAnneeSchema = z.object({ annee, objectifs: z.array(objectifSchema).max(200) }).strict();

export const paquetRegionSchema = z.object({
  /** `indicateurs-<code>-<annee>`: folder and ZIP name. */
  nom: z.string(),
  fichiers: z.array(z.object({ nom: z.string(), base64: z.string() })),
  zipBase64: z.string(),
  qualite: comptesQualiteSchema,
});
export type PaquetRegionProduit = z.output<typeof paquetRegionSchema>;
