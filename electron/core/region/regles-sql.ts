/**
 * The domain rules the figures need, in SQL forms generated from the domain itself so the queries
 * stay set-based without re-implementing them: `IN (…)` lists and `CASE`s from the same code lists,
 * bounds read from the JS rules (the age brackets here, the date bounds of each day in
 * indicateurs/jours-sql.ts). No JS function is called from SQL: a call per row costs more than
 * the row itself.
 */
import {
  EVENEMENTS_ACCOMPAGNEMENT,
  GROUPES_NIVEAU,
  groupeNiveau,
  NIVEAUX_FORMATION,
  RESULTATS_POSITIFS,
  RESULTATS_RQTH,
  TRANCHES_AGE,
  type DomaineReperage,
  type NiveauFormation,
} from '../domain/codes';
import { trancheAge } from '../domain/jeune';
import { ETATS_ORIENTATION_EFFECTIVE } from '../domain/orientation';

/** `'A'`: a code as a SQL string literal (trusted constants, never user input). */
export const texteSql = (code: string) => `'${code.replace(/'/g, "''")}'`;

/** `('A', 'B', …)` from a code list (trusted constants, never user input). */
export function listeSql(codes: readonly string[]): string {
  return `(${codes.map(texteSql).join(', ')})`;
}

export const SQL_EVENEMENTS_ACCOMPAGNEMENT = listeSql(EVENEMENTS_ACCOMPAGNEMENT);
export const SQL_RESULTATS_RQTH = listeSql(RESULTATS_RQTH);
export const SQL_ORIENTATION_EFFECTIVE = listeSql(ETATS_ORIENTATION_EFFECTIVE);
export const sqlResultatsPositifs = (domaine: DomaineReperage) => listeSql(RESULTATS_POSITIFS[domaine]);

/**
 * CTE `rqth(jeune_id, depuis)`: the date of each youth's first RQTH screening. *Has RQTH at D*
 * (`aRqthA`: once recorded it stays) is then `depuis <= D`, one join instead of a search per row.
 */
export const CTE_RQTH = `rqth AS MATERIALIZED (SELECT jeune_id, min(date) AS depuis FROM reperages
  WHERE domaine = 'HANDICAP' AND resultat IN ${SQL_RESULTATS_RQTH} GROUP BY jeune_id)`;

/** `CASE` mapping a level to the rank of its reporting group in `GROUPES_NIVEAU`, from `groupeNiveau` itself. */
export function sqlRangGroupeNiveau(colonne: string): string {
  const rangDe = (n: NiveauFormation | null) => GROUPES_NIVEAU.codes.indexOf(groupeNiveau(n));
  const cas = NIVEAUX_FORMATION.codes.map((n) => `WHEN '${n}' THEN ${rangDe(n)}`).join(' ');
  return `CASE ${colonne} ${cas} ELSE ${rangDe(null)} END`;
}

/**
 * The rank (in `TRANCHES_AGE`) of the age bracket at `date` of someone born on `naissance`, in plain
 * SQL: it is computed for every youth counted, and a JS call per row costs more than the rest of the
 * grouping. Someone is at least N years old on the day whose 'YYYY-MM-DD' string reaches their
 * N-th birthday written the same way, `(birth year + N) || '-MM-DD'`: strings of ISO dates order like
 * the dates, and someone born on 29 February, whose birthday string does not exist in a common year,
 * reaches it on 1 March (after '…-02-28', before '…-03-01'). The brackets' bounds are read from
 * `trancheAge` itself; `tests/unit/region-regles-sql.test.ts` compares with it day by day.
 */
export function sqlRangTrancheAge(naissance: string, date: string): string {
  const anniversaire = (ans: number) => `(substr(${naissance}, 1, 4) + ${ans}) || substr(${naissance}, 5)`;
  const rangA = (ans: number) => TRANCHES_AGE.codes.indexOf(trancheAge('2000-01-01', `${2000 + ans}-01-01`));
  // The first age of each bracket after the first, probed up to 150 years.
  const bornes: string[] = [];
  for (let ans = 1; ans <= 150; ans += 1) {
    if (rangA(ans) !== rangA(ans - 1)) bornes.push(`WHEN ${date} < ${anniversaire(ans)} THEN ${rangA(ans - 1)}`);
  }
  return `CASE ${bornes.join(' ')} ELSE ${rangA(150)} END`;
}

/** Repérage `r` has a positive result for its own domain (`estPositif`). */
export function sqlEstPositif(r: string): string {
  return `(${Object.keys(RESULTATS_POSITIFS)
    .map((d) => `(${r}.domaine = '${d}' AND ${r}.resultat IN ${sqlResultatsPositifs(d as DomaineReperage)})`)
    .join(' OR ')})`;
}
