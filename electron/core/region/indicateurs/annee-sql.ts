/**
 * The year's shared material, computed ONCE per computation into TEMP tables (connection-local,
 * dropped before and after: nothing survives the computation, nothing leaks from one year to the next):
 * - `region_jours`: the date bounds of each day of N (jours-sql.ts);
 * - `region_entrees`: the situations entering in N, with their two judgements (entrees-sql.ts);
 * - `region_populations(bras, jeune_id, date_ref)`: one row per (indicator-variant "arm", youth
 *   counted), the arm being an integer (its rank in `BRAS`).
 * The figures, the monthly series and the data-quality check all read them, so each population is
 * computed once per year instead of once per reader. Still a pure function of (base, year, parameters).
 */
import type Database from 'better-sqlite3';
import { CATALOGUE } from './catalogue';
import type { IndicateurJeunes } from './definition';
import { SQL_ENTREES } from './entrees-sql';
import { creerJours } from './jours-sql';
import { parametresSql, VARIANTES, type ParametresRegion, type ParametresSql, type Variante } from './types';

/** One population: an indicator of youths and one of its variants. */
export interface Bras {
  indicateur: IndicateurJeunes;
  variante: Variante;
}

const INDICATEURS_JEUNES = CATALOGUE.filter((i): i is IndicateurJeunes => i.nature === 'jeunes');

/** Every arm of the catalogue, in the CSV's order; its index is its integer key in SQL. */
export const BRAS: readonly Bras[] = INDICATEURS_JEUNES.flatMap((indicateur) =>
  VARIANTES.filter((v) => indicateur.populations[v] !== undefined).map((variante) => ({ indicateur, variante })),
);

export function rangBras(code: string, variante: Variante): number {
  const rang = BRAS.findIndex((b) => b.indicateur.code === code && b.variante === variante);
  if (rang < 0) throw new RangeError(`Population inconnue : ${code} (${variante})`);
  return rang;
}

function supprimer(client: Database.Database): void {
  client.exec(
    'DROP TABLE IF EXISTS temp.region_populations; DROP TABLE IF EXISTS temp.region_entrees; DROP TABLE IF EXISTS temp.region_jours;',
  );
}

/**
 * Runs `lire` in one read transaction with the TEMP tables of year `annee` filled for the arms `bras`
 * (ranks in `BRAS`), then drops them. Calls must not nest (one year at a time per connection).
 */
export function avecAnnee<T>(
  client: Database.Database,
  annee: number,
  parametres: ParametresRegion,
  bras: readonly number[],
  lire: (p: ParametresSql) => T,
): T {
  const p = parametresSql(annee, parametres);
  const selects = bras.map((rang) => {
    const { indicateur, variante } = BRAS[rang]!;
    return `SELECT ${rang}, jeune_id, date_ref FROM (${indicateur.populations[variante]!})`;
  });
  return client.transaction(() => {
    supprimer(client);
    try {
      creerJours(client, p);
      client.prepare(`CREATE TEMP TABLE region_entrees AS ${SQL_ENTREES}`).run(p);
      client.exec(
        'CREATE TEMP TABLE region_populations (bras INTEGER NOT NULL, jeune_id TEXT NOT NULL, date_ref TEXT)',
      );
      if (selects.length > 0)
        client.prepare(`INSERT INTO temp.region_populations ${selects.join('\n UNION ALL ')}`).run(p);
      return lire(p);
    } finally {
      supprimer(client);
    }
  })();
}
