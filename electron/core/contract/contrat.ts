/**
 * The API contract: for every channel, the zod schema of its input and of its output.
 * The dispatcher validates with it, the renderer derives its types from it, forms reuse its schemas.
 */
import { z } from 'zod';
import type { Canal } from './canaux';
import {
  changerStatutSchema,
  creerJeuneSchema,
  doublonsSchema,
  entreeHistoriqueSchema,
  idJeuneSchema,
  jeuneLigneSchema,
  jeuneSchema,
  modifierJeuneSchema,
  rechercheJeunesSchema,
  resultatRechercheSchema,
} from './jeunes';
import {
  conseillerSchema,
  creerConseillerSchema,
  creerSiteSchema,
  etatStructureSchema,
  initialiserStructureSchema,
  siteSchema,
} from './structure';

const rien = z.object({}).strict();

export const CONTRAT = {
  'structure:lire': { entree: rien, sortie: etatStructureSchema },
  'structure:initialiser': { entree: initialiserStructureSchema, sortie: etatStructureSchema },
  'sites:creer': { entree: creerSiteSchema, sortie: siteSchema },
  'conseillers:creer': { entree: creerConseillerSchema, sortie: conseillerSchema },
  'jeunes:creer': { entree: creerJeuneSchema, sortie: jeuneSchema },
  'jeunes:modifier': { entree: modifierJeuneSchema, sortie: jeuneSchema },
  'jeunes:changerStatut': { entree: changerStatutSchema, sortie: jeuneSchema },
  'jeunes:lire': { entree: idJeuneSchema, sortie: jeuneSchema },
  'jeunes:rechercher': { entree: rechercheJeunesSchema, sortie: resultatRechercheSchema },
  'jeunes:doublons': { entree: doublonsSchema, sortie: z.array(jeuneLigneSchema) },
  'jeunes:historique': { entree: idJeuneSchema, sortie: z.array(entreeHistoriqueSchema) },
} as const satisfies Record<Canal, { entree: z.ZodType; sortie: z.ZodType }>;

/** What a caller passes (before defaults and trimming). */
export type Entree<C extends Canal> = z.input<(typeof CONTRAT)[C]['entree']>;
/** What the handler receives (after validation). */
export type EntreeValidee<C extends Canal> = z.output<(typeof CONTRAT)[C]['entree']>;
export type Sortie<C extends Canal> = z.output<(typeof CONTRAT)[C]['sortie']>;
