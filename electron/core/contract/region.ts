/**
 * The Region package's channels (DIRECTION only): the data-quality check, the dashboard figures and
 * the package's files in memory. Writing them to disk (save dialog), re-authentication and the audit
 * entry belong to the wizard that calls them.
 */
import { z } from 'zod';

export const anneeRegionSchema = z.object({ annee: z.int().min(2000).max(2100) }).strict();

const comptesQualiteSchema = z.record(z.string(), z.int());

export const qualiteRegionSchema = z.object({
  comptes: comptesQualiteSchema,
  /** Local list for the director: each item names a youth by id. */
  dossiers: z.array(z.object({ controle: z.string(), jeuneId: z.string(), date: z.string() })),
});

export const tableauDeBordSchema = z.object({
  annee: z.int(),
  chiffres: z.array(
    z.object({
      code: z.string(),
      variante: z.enum(['tous', 'accompagnes']),
      libelle: z.string(),
      valeur: z.int(),
      precedente: z.int(),
      mensuel: z.array(z.int()),
      mensuelPrecedent: z.array(z.int()),
    }),
  ),
});

export const paquetRegionSchema = z.object({
  /** `indicateurs-<code>-<annee>`: folder and ZIP name. */
  nom: z.string(),
  fichiers: z.array(z.object({ nom: z.string(), base64: z.string() })),
  zipBase64: z.string(),
  qualite: comptesQualiteSchema,
});
