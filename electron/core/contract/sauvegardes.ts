/** Schemas of backups (list, create, restore, folder) and of the database's integrity checks. */
import { z } from 'zod';
import { NATURES_SAUVEGARDE } from '../domain/sauvegardes';

export const LIBELLES_CHAMPS_SAUVEGARDE = {
  fichier: 'Sauvegarde',
  motDePasse: 'Mot de passe',
  chemin: 'Dossier des sauvegardes',
} as const;

export const sauvegardeSchema = z.object({
  /** The file's name inside the backup folder (never a path: restore only from that folder). */
  fichier: z.string(),
  horodatage: z.int(),
  nature: z.enum(NATURES_SAUVEGARDE),
  taille: z.int(),
  /** sha256, size and manifest match: restorable. */
  intacte: z.boolean(),
});
export type Sauvegarde = z.output<typeof sauvegardeSchema>;

export const etatIntegriteSchema = z.object({
  derniereVerification: z.int().nullable(),
  problemes: z.array(z.string()),
});
export type EtatIntegrite = z.output<typeof etatIntegriteSchema>;

export const etatSauvegardesSchema = z.object({
  dossier: z.string(),
  dossierParDefaut: z.boolean(),
  sauvegardes: z.array(sauvegardeSchema),
  /** The newest intact backup is more than two days old (a backup disk left unplugged). */
  enRetard: z.boolean(),
  integrite: etatIntegriteSchema,
});
export type EtatSauvegardes = z.output<typeof etatSauvegardesSchema>;

export const restaurerSchema = z.object({
  fichier: z
    .string({ error: 'obligatoire.' })
    .regex(/^[^\\/]+\.sqlite$/, { error: 'nom d’une sauvegarde du dossier attendu.' }),
  motDePasse: z.string({ error: 'obligatoire.' }).min(1, { error: 'obligatoire.' }).max(200),
});

export const restaurationSchema = z.object({ restauree: z.string(), copieAvant: z.string().nullable() });

export const dossierSauvegardesSchema = z.object({
  /** Empty: back to the default folder next to the database. */
  chemin: z.string({ error: 'obligatoire.' }).trim().max(1000, { error: '1000 caractères au plus.' }),
});
