/** Schemas of the import of `tremplin-import/1` (import.md): files travel as base64, the answer is the report. */
import { z } from 'zod';

/** A file of the chosen folder, or the ZIP itself, read by the renderer with the File API. */
export const fichierTransmisSchema = z.object({
  nom: z.string().min(1).max(500),
  contenu: z.base64({ error: 'contenu de fichier illisible.' }),
});

export const importSchema = z
  .object({ fichiers: z.array(fichierTransmisSchema).min(1, { error: 'aucun fichier choisi.' }).max(100) })
  .strict();

export const compteFichierSchema = z.object({
  fichier: z.string(),
  lignes: z.int(),
  crees: z.int(),
  modifies: z.int(),
  inchanges: z.int(),
});

export const rapportImportSchema = z.object({
  valide: z.boolean(),
  ecrit: z.boolean(),
  /** `fichier:ligne:colonne: message`, every one of them. */
  erreurs: z.array(z.string()),
  comptes: z.array(compteFichierSchema),
  ignores: z.array(z.string()),
  sitesCrees: z.array(z.string()),
  comptesCrees: z.array(z.string()),
});
export type RapportImport = z.output<typeof rapportImportSchema>;
