/**
 * What differs between the follow-up records (contacts, situations, programmes, barriers, aids):
 * their schema, fields, columns and channels. Everything else — the table, the add / edit dialog,
 * the deletion — is shared and driven by one of these.
 */
import type { ComponentType, ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { EtatStructure, Jeune, Reponse, TremplinApi } from '../../../../electron/core/contract';
import type { DateIso } from '../../../../electron/core/domain/dates';

/** Also the key of the record's texts in fr.ts (`suivi.<cle>.titre`…). */
export type CleSuivi = 'evenements' | 'situations' | 'dispositifs' | 'freins' | 'freinsSante' | 'aides' | 'reperages';

/** What a new record's defaults depend on. */
export interface ContexteSaisie {
  jeune: Jeune;
  etat: EtatStructure;
  aujourdhui: DateIso;
}

/** A form's values: text in every field ('' for empty), parsed by the contract's schema. */
export type Valeurs<S extends z.ZodType> = { [K in keyof z.output<S>]: string };

export interface PropsChamps<S extends z.ZodType> {
  form: UseFormReturn<Valeurs<S>, unknown, z.output<S>>;
}

export interface Colonne<T> {
  entete: string;
  cellule: (element: T) => ReactNode;
}

/** A one-click change offered on each row where it applies (« Marquer levé »). */
export interface ActionRapide<T> {
  libelle: string;
  /** Accessible name naming the record. */
  libelleNomme: (element: T) => string;
  possible: (element: T) => boolean;
  executer: (api: TremplinApi, element: T, aujourdhui: DateIso) => Promise<Reponse<unknown>>;
  succes: (element: T) => string;
}

export interface DefinitionSuivi<T extends { id: string }, S extends z.ZodType> {
  cle: CleSuivi;
  schema: S;
  largeurDialogue: 'sm' | 'md';
  nouveau: (contexte: ContexteSaisie) => Valeurs<S>;
  valeurs: (element: T) => Valeurs<S>;
  Champs: ComponentType<PropsChamps<S>>;
  colonnes: readonly Colonne<T>[];
  /** Names the record in a sentence (deletion, accessible names). */
  resume: (element: T) => string;
  creer: (api: TremplinApi, jeuneId: string, saisie: z.output<S>) => Promise<Reponse<unknown>>;
  modifier: (api: TremplinApi, id: string, saisie: z.output<S>) => Promise<Reponse<unknown>>;
  supprimer: (api: TremplinApi, id: string) => Promise<Reponse<unknown>>;
  actionRapide?: ActionRapide<T>;
}

/** A record's fields as form values: null becomes ''. */
export function enValeurs<K extends string>(
  champs: readonly K[],
  element: Record<K, string | null>,
): Record<K, string> {
  return Object.fromEntries(champs.map((c) => [c, element[c] ?? ''])) as Record<K, string>;
}

/** Every field empty. */
export function valeursVides<K extends string>(champs: readonly K[]): Record<K, string> {
  return Object.fromEntries(champs.map((c) => [c, ''])) as Record<K, string>;
}
