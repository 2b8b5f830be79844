/**
 * What differs between a partner's sessions and offers: schema, fields, columns, channels. The
 * table, the add / edit dialog and the deletion are shared (SectionSousElements).
 */
import type { ComponentType } from 'react';
import type { z } from 'zod';
import type { Partenaire, Reponse, TremplinApi } from '../../../../electron/core/contract';
import type { Colonne, PropsChamps, Valeurs } from '../suivi/definition';

/** Also the key of their texts in fr-orientations.ts (`partenaires.<cle>.titre`…). */
export type CleSousElement = 'sessions' | 'offres';

export interface DefinitionSousElement<T extends { id: string }, S extends z.ZodType> {
  cle: CleSousElement;
  schema: S;
  elements: (partenaire: Partenaire) => readonly T[];
  nouveau: Valeurs<S>;
  valeurs: (element: T) => Valeurs<S>;
  Champs: ComponentType<PropsChamps<S>>;
  colonnes: readonly Colonne<T>[];
  /** Names the element in a sentence (deletion, accessible names). */
  resume: (element: T) => string;
  creer: (api: TremplinApi, partenaireId: string, saisie: z.output<S>) => Promise<Reponse<unknown>>;
  modifier: (api: TremplinApi, id: string, saisie: z.output<S>) => Promise<Reponse<unknown>>;
  supprimer: (api: TremplinApi, id: string) => Promise<Reponse<unknown>>;
}
