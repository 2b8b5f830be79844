/**
 * TEMP `region_jours`: one row per day of year N with the dates the rules derive from it, computed by
 * the domain's own functions (`ajouterMois`, `finPrevueMinimaleDurable`). The queries join a fact's
 * date of N to it instead of calling JS from SQL for every row: on the year's ≈ 20 000 entries, those
 * calls cost more than the index probes they bound.
 */
import type Database from 'better-sqlite3';
import { ajouterJours, ajouterMois } from '../../domain/dates';
import { finPrevueMinimaleDurable } from '../../domain/situation';
import type { ParametresSql } from './types';

/** A first reception is followed by a solution when one starts within this many months. */
export const DELAI_SOLUTION_PREMIER_ACCUEIL_MOIS = 6;

/**
 * - `debut_fenetre`: `add_months(jour, -fenêtre)`, the start of the accompaniment window of an entry;
 * - `fin_prevue_durable`: the earliest planned end of a durable job starting that day;
 * - `fin_delai_solution`: `add_months(jour, 6)`, the end of a first reception's delay for a solution;
 * - `fin_delai_orientation`: `add_months(jour, délai)`, the end of a screening's delay for an orientation.
 */
export function creerJours(client: Database.Database, p: ParametresSql): void {
  client.exec(`CREATE TEMP TABLE region_jours (jour TEXT PRIMARY KEY, debut_fenetre TEXT NOT NULL,
    fin_prevue_durable TEXT NOT NULL, fin_delai_solution TEXT NOT NULL, fin_delai_orientation TEXT NOT NULL) WITHOUT ROWID`);
  const inserer = client.prepare('INSERT INTO temp.region_jours VALUES (?, ?, ?, ?, ?)');
  for (let jour = p.debut; jour <= p.fin; jour = ajouterJours(jour, 1)) {
    inserer.run(
      jour,
      ajouterMois(jour, -p.fenetre),
      finPrevueMinimaleDurable(jour),
      ajouterMois(jour, DELAI_SOLUTION_PREMIER_ACCUEIL_MOIS),
      ajouterMois(jour, p.delai),
    );
  }
}
