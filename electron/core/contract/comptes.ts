/** Schemas of accounts, the session (login, idle lock), sensitive access grants and the audit trail. */
import { z } from 'zod';
import { ROLES } from '../domain/codes';
import { code, identifiant, texteObligatoire } from './schemas-communs';
import { freinSchema } from './suivi';

export const LIBELLES_CHAMPS_COMPTE = {
  login: 'Identifiant',
  nom: 'Nom',
  prenom: 'Prénom',
  role: 'Rôle',
  motDePasse: 'Mot de passe',
  ancien: 'Mot de passe actuel',
  nouveau: 'Nouveau mot de passe',
  minutes: 'Verrouillage après inactivité',
  administrateur: 'Compte administrateur',
  direction: 'Compte de direction',
} as const;

/** A password as typed: its quality is checked by the core (length, common passwords). */
const motDePasse = z
  .string({ error: 'obligatoire.' })
  .min(1, { error: 'obligatoire.' })
  .max(200, { error: '200 caractères au plus.' });

export const loginSchema = z
  .string({ error: 'obligatoire.' })
  .trim()
  .min(1, { error: 'obligatoire.' })
  .regex(/^[a-z0-9._-]{2,40}$/, { error: '2 à 40 caractères : minuscules, chiffres, point, - ou _.' });

export const compteSaisieSchema = z.object({
  login: loginSchema,
  nom: texteObligatoire(100),
  prenom: texteObligatoire(100),
  motDePasse,
});

export const utilisateurSchema = z.object({
  id: identifiant,
  login: z.string(),
  nom: z.string(),
  prenom: z.string(),
  role: code(ROLES.codes),
});
export type Utilisateur = z.output<typeof utilisateurSchema>;

export const etatSessionSchema = z.object({
  utilisateur: utilisateurSchema.nullable(),
  /** Idle too long (or locked by hand): data is hidden until the password is typed again. */
  verrouillee: z.boolean(),
  /** First run: no account yet, the first ADMIN and DIRECTION accounts must be created. */
  comptesACreer: z.boolean(),
  delaiVerrouillageMinutes: z.int(),
});
export type EtatSession = z.output<typeof etatSessionSchema>;

export const ouvrirSessionSchema = z.object({
  login: z.string().trim().min(1, { error: 'obligatoire.' }).max(40),
  motDePasse,
});
export const deverrouillerSchema = z.object({ motDePasse });
export const changerMotDePasseSchema = z.object({ ancien: motDePasse, nouveau: motDePasse });

export const initialiserComptesSchema = z.object({ administrateur: compteSaisieSchema, direction: compteSaisieSchema });

export const compteSchema = utilisateurSchema.extend({
  actif: z.boolean(),
  bloque: z.boolean(),
  /** Accounts created by an import have none until ADMIN sets one. */
  aMotDePasse: z.boolean(),
});
export type Compte = z.output<typeof compteSchema>;

export const creerCompteSchema = compteSaisieSchema.extend({ role: code(ROLES.codes) });
export const definirMotDePasseSchema = z.object({ id: identifiant, motDePasse });
export const idCompteSchema = z.object({ id: identifiant });

export const delaiVerrouillageSchema = z.object({
  minutes: z
    .int({ error: 'nombre entier de minutes attendu.' })
    .min(1, { error: '1 minute au moins.' })
    .max(15, { error: '15 minutes au plus.' }),
});

export const accesSchema = z.object({ conseillerId: identifiant, jeuneId: identifiant });
export const autorisationSchema = z.object({
  conseillerId: identifiant,
  conseillerNom: z.string(),
  accordeeLe: z.int(),
  accordeeParNom: z.string().nullable(),
});

/** One line of « qui a consulté ce dossier » (no value of any field). */
export const entreeAuditSchema = z.object({
  numero: z.int(),
  horodatage: z.int(),
  utilisateurNom: z.string().nullable(),
  action: z.string(),
  objet: z.string().nullable(),
});

export const verificationAuditSchema = z.object({
  entrees: z.int(),
  /** The first entry whose chain breaks (edited, deleted or reordered), or null when intact. */
  premiereRupture: z.int().nullable(),
  /** The seal (last number and hash) matches the end of the trail: nothing removed at the end. */
  sceauIntact: z.boolean(),
});

/** Sensitive details of a youth (health barriers now; screening with its own issue). */
export const detailsSensiblesSchema = z.object({ freinsSante: z.array(freinSchema) });
