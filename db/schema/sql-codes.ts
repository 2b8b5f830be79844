import { sql, type SQL } from 'drizzle-orm';

/** `colonne IN ('A','B',…)` for a CHECK constraint from a code list (codes are trusted constants). */
export function dansListe(colonne: SQL | string, codes: readonly string[]): SQL {
  const liste = codes.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ');
  return sql.raw(`${typeof colonne === 'string' ? colonne : ''} IN (${liste})`);
}

/** A date column holds an ISO `AAAA-MM-JJ` text (its existence is checked by the app). */
export function formeDateIso(colonne: string): SQL {
  return sql.raw(`${colonne} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`);
}

/** A boolean stored as 0/1. */
export function booleen(colonne: string): SQL {
  return sql.raw(`${colonne} IN (0, 1)`);
}

/** An optional date column: empty, or an ISO date. */
export function dateOuNull(colonne: string): SQL {
  return sql`(${sql.raw(colonne)} IS NULL OR ${formeDateIso(colonne)})`;
}
