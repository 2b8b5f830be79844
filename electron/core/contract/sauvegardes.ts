/** Schemas of backups (list, create, restore, folder), of the integrity checks and of the recovery key. */
import { z } from 'zod';
import { deverrouillerSchema } from './comptes';
import { NATURES_SAUVEGARDE } from '../domain/sauvegardes';

export const LIBELLES_CHAMPS_SAUVEGARDE = {
  fichier: 'Sauvegarde',
  motDePasse: 'Mot de passe',
  chemin: 'Dossier des sauvegardes',
  cleSecours: 'Clé de secours',
} as const;

/** The director's password, asked again before a restore or showing the recovery key. */
const motDePasse = deverrouillerSchema.shape.motDePasse;

/** A recovery key as printed or typed (groups of 4): its digits, spaces and dashes dropped. */
export const chiffresCleSecours = (texte: string) => texte.replace(/[\s-]/g, '');
/** The digits of a recovery key: 64 hexadecimal digits, either case. */
export const FORME_CLE_SECOURS = /^[0-9a-fA-F]{64}$/;

const cleSecours = z
  .string()
  .transform(chiffresCleSecours)
  .pipe(z.string().regex(FORME_CLE_SECOURS, { error: '64 caractères attendus, chiffres et lettres de A à F.' }));

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
  motDePasse,
  /** Only for a backup made on another workstation (encrypted with that one's key); empty: none. */
  cleSecours: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), cleSecours.optional()),
});

export const restaurationSchema = z.object({ restauree: z.string(), copieAvant: z.string().nullable() });

export const dossierSauvegardesSchema = z.object({
  /** Empty: back to the default folder next to the database. */
  chemin: z.string({ error: 'obligatoire.' }).trim().max(1000, { error: '1000 caractères au plus.' }),
});

export const etatCleSecoursSchema = z.object({
  /** False only for a plain file (tests, or a file from before encryption not yet opened for writing). */
  chiffree: z.boolean(),
  /** When the recovery key was first shown (null: never; the director is reminded until then). */
  remiseLe: z.int().nullable(),
});
export type EtatCleSecours = z.output<typeof etatCleSecoursSchema>;

/** Showing the recovery key asks for the password again, like unlocking. */
export const revelerCleSecoursSchema = deverrouillerSchema;
export const cleSecoursSchema = z.object({ cle: z.string(), remiseLe: z.int() });
