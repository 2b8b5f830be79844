/**
 * Situations entering in the year, with the two judgements the figures need: *emploi durable* and
 * *accompanied by the Mission Locale* (rule (a) or (b) of paquet-region.md). Shared by the figures
 * and the data-quality check, so both apply exactly the same rule.
 */
import type { CategorieSituation } from '../../domain/codes';
import { FONCTIONS_REGLES, listeSql, SQL_EVENEMENTS_ACCOMPAGNEMENT } from '../regles-sql';
import { dansAnnee } from './definition';

/**
 * (a) the linked proposition is dated on or before the start, whatever its state; or (b) an
 * accompaniment event in `[add_months(début, -fenêtre), début]`, both ends included. `s` must carry
 * `debut_fenetre` (computed once per situation, not once per event probed).
 */
export function sqlAccompagnee(s: string): string {
  return `(EXISTS (SELECT 1 FROM propositions pa WHERE pa.id = ${s}.proposition_id AND pa.date <= ${s}.date_debut)
    OR EXISTS (SELECT 1 FROM evenements ea WHERE ea.jeune_id = ${s}.jeune_id
      AND ea.type IN ${SQL_EVENEMENTS_ACCOMPAGNEMENT} AND ea.date BETWEEN ${s}.debut_fenetre AND ${s}.date_debut))`;
}

/** CTE `entrees`: one row per situation entering in N (materialized: many populations read it). */
export const CTE_ENTREES = `entrees_n AS MATERIALIZED (
  SELECT id, jeune_id, date_debut, categorie, sous_type, date_fin_prevue, proposition_id,
    ${FONCTIONS_REGLES.ajouterMois}(date_debut, -@fenetre) AS debut_fenetre
  FROM situations WHERE ${dansAnnee('date_debut')}),
  entrees AS MATERIALIZED (
  SELECT s.id, s.jeune_id, s.date_debut, s.categorie, s.sous_type, s.date_fin_prevue,
    ${FONCTIONS_REGLES.emploiDurable}(s.categorie, s.sous_type, s.date_debut, s.date_fin_prevue) AS durable,
    ${sqlAccompagnee('s')} AS accompagnee
  FROM entrees_n s)`;

export const CATEGORIES_SOLUTION: readonly CategorieSituation[] = ['FOR', 'ALT', 'EMP'];
export const SQL_SOLUTION = listeSql(CATEGORIES_SOLUTION);
