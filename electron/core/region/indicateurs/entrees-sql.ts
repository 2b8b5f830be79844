/**
 * Situations entering in the year, with the two judgements the figures need: *emploi durable* and
 * *accompanied by the Mission Locale* (rule (a) or (b) of paquet-region.md). Shared by the figures
 * and the data-quality check, so both apply exactly the same rule.
 */
import type { CategorieSituation } from '../../domain/codes';
import { SOUS_TYPES_DURABLES } from '../../domain/situation';
import { listeSql, SQL_EVENEMENTS_ACCOMPAGNEMENT } from '../regles-sql';
import { dansAnnee } from './definition';

/**
 * (a) the linked proposition is dated on or before the start, whatever its state; or (b) an
 * accompaniment event in `[add_months(début, -fenêtre), début]`, both ends included (the start of the
 * window is `debut_fenetre` of the start's day, `jr`, in `region_jours`). A `CASE`, not an `OR`: (b)
 * is only probed when (a) fails.
 */
function sqlAccompagnee(s: string, jr: string): string {
  return `CASE WHEN EXISTS (SELECT 1 FROM propositions pa WHERE pa.id = ${s}.proposition_id AND pa.date <= ${s}.date_debut)
    THEN 1 WHEN EXISTS (SELECT 1 FROM evenements ea WHERE ea.jeune_id = ${s}.jeune_id
      AND ea.type IN ${SQL_EVENEMENTS_ACCOMPAGNEMENT}
      AND ea.date BETWEEN ${jr}.debut_fenetre AND ${s}.date_debut)
    THEN 1 ELSE 0 END`;
}

export const CATEGORIES_SOLUTION: readonly CategorieSituation[] = ['FOR', 'ALT', 'EMP'];
export const SQL_SOLUTION = listeSql(CATEGORIES_SOLUTION);
/**
 * The categories whose entries have an `accompagnes` variant (and the check's
 * `situations_sans_accompagnement`): the only ones whose accompaniment is judged (`jeunesEntres`
 * refuses an `accompagnes` variant for any other).
 */
export const CATEGORIES_ACCOMPAGNEMENT = CATEGORIES_SOLUTION;

/**
 * One row per situation entering in N (the TEMP table `region_entrees`, annee-sql.ts).
 * *Emploi durable* follows `estEmploiDurable` step by step: never outside `EMP`, always for a durable
 * sous-type, never without a planned end, else a planned end on or after `finPrevueMinimaleDurable`
 * of the start (`fin_prevue_durable` in `region_jours`).
 * `accompagnee` is NULL (not judged) outside `CATEGORIES_ACCOMPAGNEMENT`: half the entries (DE, IMM,
 * PMSMP, VOL, SCO) are never read with it, and its probe in the events is the costly part.
 */
export const SQL_ENTREES = `SELECT s.jeune_id, s.date_debut, s.categorie, s.sous_type, s.date_fin_prevue,
    CASE WHEN s.categorie <> 'EMP' THEN 0 WHEN s.sous_type IN ${listeSql(SOUS_TYPES_DURABLES)} THEN 1
      WHEN s.date_fin_prevue IS NULL THEN 0 ELSE s.date_fin_prevue >= jr.fin_prevue_durable END AS durable,
    CASE WHEN s.categorie IN ${listeSql(CATEGORIES_ACCOMPAGNEMENT)} THEN ${sqlAccompagnee('s', 'jr')} END AS accompagnee
  FROM situations s JOIN region_jours jr ON jr.jour = s.date_debut WHERE ${dansAnnee('s.date_debut')}`;
