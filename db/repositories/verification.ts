/** Raw reads for the integrity check: they must work on any file, so no drizzle schema assumptions. */
import type Database from 'better-sqlite3';
import { sqlActivitesDesEvenements } from './activites';

export { controleIntegrite, referencesCassees } from '../sauvegarde/integrite';

export function datesDesJeunes(client: Database.Database) {
  return client
    .prepare(
      'SELECT id, date_naissance AS dateNaissance, date_premier_accueil AS datePremierAccueil, date_information_rgpd AS dateInformationRgpd FROM jeunes',
    )
    .all() as { id: string; dateNaissance: string; datePremierAccueil: string; dateInformationRgpd: string | null }[];
}

/**
 * The rows of `activites_annuelles` that differ from the events (missing, stale or extra), by
 * youth and year. Kept by triggers, the table can only drift if a migration drops them
 * (db/schema/suivi.ts).
 */
export function ecartsActivitesAnnuelles(client: Database.Database, typesAccompagnement: readonly string[]) {
  return client
    .prepare(
      `WITH attendu AS (${sqlActivitesDesEvenements(typesAccompagnement)})
      SELECT jeune_id AS jeuneId, annee FROM (SELECT * FROM attendu
        EXCEPT SELECT jeune_id, annee, premier_evenement, premier_accompagnement FROM activites_annuelles)
      UNION SELECT jeune_id, annee FROM (
        SELECT jeune_id, annee, premier_evenement, premier_accompagnement FROM activites_annuelles
        EXCEPT SELECT * FROM attendu)
      ORDER BY jeune_id, annee`,
    )
    .all(...typesAccompagnement) as { jeuneId: string; annee: number }[];
}
