/** Raw reads for the integrity check: they must work on any file, so no drizzle schema assumptions. */
import type Database from 'better-sqlite3';

export { controleIntegrite, referencesCassees } from '../sauvegarde/integrite';

export function datesDesJeunes(client: Database.Database) {
  return client
    .prepare(
      'SELECT id, date_naissance AS dateNaissance, date_premier_accueil AS datePremierAccueil, date_information_rgpd AS dateInformationRgpd FROM jeunes',
    )
    .all() as { id: string; dateNaissance: string; datePremierAccueil: string; dateInformationRgpd: string | null }[];
}
