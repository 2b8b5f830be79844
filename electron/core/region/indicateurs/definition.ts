/**
 * How an indicator is declared. Two natures cover the whole spec:
 * - a youth count: per variant, a SQL *population* `SELECT jeune_id, date_ref …` (one row per youth,
 *   with the reference date of the breakdowns); the engine does the breakdowns for all of them at once;
 * - a count of records (or a sum), with code-list breakdowns: a `FROM … WHERE …` and an aggregate.
 * Every query binds `@debut`, `@fin` (the year), `@fenetre` and `@delai` (the parameters).
 */
import type { ListeCodes } from '../../domain/codes';
import type { DimensionJeune } from './dimensions';
import type { Section, Variante } from './types';

interface Commun {
  code: string;
  libelle: string;
  section: Section;
}

export interface IndicateurJeunes extends Commun {
  nature: 'jeunes';
  populations: Partial<Record<Variante, string>>;
  dimensions: readonly DimensionJeune[];
}

export interface DimensionComptage {
  nom: string;
  libelle: string;
  /** SQL expression of the modality, on the rows of `source`. */
  colonne: string;
  liste: ListeCodes<string>;
}

export interface IndicateurComptage extends Commun {
  nature: 'comptage';
  /** `FROM … [WHERE …]` of the counted records. */
  source: string;
  /** Aggregate over them: `count(*)`, `count(DISTINCT jeune_id)`, `sum(…)`. */
  agregat: string;
  /** Cents, written with 2 decimals. */
  montant?: boolean;
  dimensions: readonly DimensionComptage[];
}

export type Indicateur = IndicateurJeunes | IndicateurComptage;

/** `[@debut, @fin]`: dated in the reference year. */
export const dansAnnee = (colonne: string) => `${colonne} BETWEEN @debut AND @fin`;
