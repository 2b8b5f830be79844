/** Schemas of retention (review queue, archive, anonymise), erasure and the per-youth data export. */
import { z } from 'zod';
import { deverrouillerSchema } from './comptes';
import { identifiant } from './schemas-communs';

/** The director's password, asked again before an irreversible action. */
const motDePasse = deverrouillerSchema.shape.motDePasse;

export const ligneConservationSchema = z.object({
  id: identifiant,
  nom: z.string(),
  prenom: z.string(),
  dateNaissance: z.string(),
  datePremierAccueil: z.string(),
  statut: z.string(),
  referentNom: z.string().nullable(),
  /** Date of the last event; null when none (the first reception then counts). */
  dernierContact: z.string().nullable(),
  raisons: z.array(z.enum(['SANS_CONTACT', 'AGE_LIMITE'])),
});

const idsSchema = z.array(identifiant).min(1, { error: 'choisissez au moins un dossier.' }).max(1000);

export const archiverSchema = z.object({ ids: idsSchema }).strict();
export const anonymiserSchema = z.object({ ids: idsSchema, motDePasse }).strict();
export const effacerJeuneSchema = z.object({ id: identifiant, motDePasse }).strict();

export const donneesJeuneSchema = z.object({
  /** File names without extension: `donnees-<nom>-<date>`. */
  nomFichier: z.string(),
  json: z.string(),
  pdfBase64: z.string(),
});
