/** Schemas of the Mission Locale's identity, its sites and its advisers. */
import { z } from 'zod';
import { ROLES, TYPES_SITE } from '../domain/codes';
import { code, identifiant, siretOptionnel, texteObligatoire } from './schemas-communs';

export const LIBELLES_CHAMPS_STRUCTURE = {
  code: 'Code de la structure',
  nom: 'Nom officiel',
  siret: 'SIRET',
  siteSiege: 'Nom du siège',
  libelle: 'Nom du site',
  type: 'Type de site',
  login: 'Identifiant',
  prenom: 'Prénom',
  role: 'Rôle',
  motDePasse: 'Mot de passe',
} as const;

/** Short code used in file names (indicateurs-<code>-<annee>.zip): letters, digits, - and _. */
const codeCourt = z
  .string({ error: 'obligatoire.' })
  .trim()
  .min(1, { error: 'obligatoire.' })
  .regex(/^[A-Za-z0-9_-]{2,20}$/, { error: '2 à 20 lettres, chiffres, - ou _.' });

export const initialiserStructureSchema = z.object({
  code: codeCourt,
  nom: texteObligatoire(150),
  siret: siretOptionnel,
  /** Name of the head office, the first site. */
  siteSiege: texteObligatoire(100),
});

export const structureSchema = z.object({ code: z.string(), nom: z.string(), siret: z.string().nullable() });
export type Structure = z.output<typeof structureSchema>;

export const siteSchema = z.object({
  id: identifiant,
  code: z.string(),
  libelle: z.string(),
  type: code(TYPES_SITE.codes),
  actif: z.boolean(),
});
export type Site = z.output<typeof siteSchema>;

export const creerSiteSchema = z.object({
  libelle: texteObligatoire(100),
  type: code(TYPES_SITE.codes),
});

export const conseillerSchema = z.object({
  id: identifiant,
  login: z.string(),
  nom: z.string(),
  prenom: z.string(),
  role: code(ROLES.codes),
  actif: z.boolean(),
});
export type Conseiller = z.output<typeof conseillerSchema>;

export const creerConseillerSchema = z.object({
  login: z
    .string({ error: 'obligatoire.' })
    .trim()
    .min(1, { error: 'obligatoire.' })
    .regex(/^[a-z0-9._-]{2,40}$/, { error: '2 à 40 caractères : minuscules, chiffres, point, - ou _.' }),
  nom: texteObligatoire(100),
  prenom: texteObligatoire(100),
  role: code(ROLES.codes),
  /** Without one, the account cannot log in until ADMIN sets it (comptes:definirMotDePasse). */
  motDePasse: z.preprocess((v) => (v === '' ? null : v), z.string().max(200).nullable().default(null)),
});

export const etatStructureSchema = z.object({
  structure: structureSchema.nullable(),
  sites: z.array(siteSchema),
  conseillers: z.array(conseillerSchema),
});
export type EtatStructure = z.output<typeof etatStructureSchema>;
