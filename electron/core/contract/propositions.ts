/** Schemas of orientations (propositions): prescription, state changes, entry, liaison sheet. */
import { z } from 'zod';
import { ETATS_PROPOSITION, TYPES_PROPOSITION } from '../domain/codes';
import { code, dateIso, identifiant, identifiantOptionnel, texteOptionnel } from './schemas-communs';

export const LIBELLES_CHAMPS_PROPOSITION = {
  date: 'Date de la proposition',
  type: "Type d'orientation",
  partenaireId: 'Partenaire',
  sessionId: 'Session de formation',
  offreId: 'Offre',
  intitule: 'Intitulé',
  motif: "Motif de l'orientation",
  conseillerId: 'Conseiller·ère',
  etat: 'État',
  dateEtat: "Date de l'état",
} as const;

export const propositionSaisieSchema = z.object({
  date: dateIso,
  type: code(TYPES_PROPOSITION.codes),
  partenaireId: identifiantOptionnel,
  sessionId: identifiantOptionnel,
  offreId: identifiantOptionnel,
  intitule: texteOptionnel(150),
  /** Why this orientation: printed on the liaison sheet for the partner. */
  motif: texteOptionnel(1000),
  conseillerId: identifiantOptionnel,
});

export const propositionSchema = z.object({
  ...propositionSaisieSchema.shape,
  id: identifiant,
  jeuneId: identifiant,
  etat: code(ETATS_PROPOSITION.codes),
  dateEtat: z.string(),
  partenaireNom: z.string().nullable(),
  sessionIntitule: z.string().nullable(),
  offreIntitule: z.string().nullable(),
  conseillerNom: z.string().nullable(),
  /** The situation its entry created, once realised. */
  situationId: identifiant.nullable(),
  /** The states the adviser may move it to now (domaine.md's state machine). */
  etatsPossibles: z.array(code(ETATS_PROPOSITION.codes)),
  /** "Enregistrer l'entrée" is offered: the partner retained the youth and the entry is a situation. */
  entreePossible: z.boolean(),
});
export type Proposition = z.output<typeof propositionSchema>;

export const changerEtatSchema = z.object({ id: identifiant, etat: code(ETATS_PROPOSITION.codes), dateEtat: dateIso });

export const ficheLiaisonSchema = z.object({ nomFichier: z.string(), pdfBase64: z.string() });

export const propositionsEnAttenteSchema = z
  .object({ conseillerId: identifiantOptionnel, jours: z.int().min(1).max(365).default(15) })
  .strict();

export const propositionEnAttenteSchema = propositionSchema.extend({
  jeuneNom: z.string(),
  jeunePrenom: z.string(),
  joursAttente: z.int(),
});
