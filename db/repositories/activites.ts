/**
 * `activites_annuelles` (db/schema/suivi.ts) computed from the events themselves: to check it
 * (`verifier`) and to rebuild it after a bulk write. `typesAccompagnement` is the domain's list
 * (`EVENEMENTS_ACCOMPAGNEMENT`), the one the triggers of migration 0008 hold.
 */
import type Database from 'better-sqlite3';

/** Each youth's year, as the triggers keep it: `(jeune_id, annee, premier, accompagnement)`. */
export function sqlActivitesDesEvenements(typesAccompagnement: readonly string[]): string {
  return `SELECT jeune_id, CAST(substr(date, 1, 4) AS INTEGER) AS annee, min(date) AS premier,
      min(CASE WHEN type IN (${typesAccompagnement.map(() => '?').join(', ')}) THEN date END) AS accompagnement
    FROM evenements GROUP BY jeune_id, substr(date, 1, 4)`;
}

const DECLENCHEUR_AJOUT = 'activites_annuelles_ajout';

/**
 * For a bulk writer (the seed): runs `ecrire` with the per-event trigger suspended, then rebuilds
 * the table from all the events, once instead of once per event written (≈ a quarter of a seed's
 * time). Inside the writer's transaction: SQLite's DDL is transactional, so a failure rolls the
 * trigger back in place with everything else. The trigger is re-created from its own SQL, read from
 * the schema: no second copy of it.
 */
export function ecrireEnMasse<T>(
  client: Database.Database,
  typesAccompagnement: readonly string[],
  ecrire: () => T,
): T {
  if (!client.inTransaction) throw new Error('ecrireEnMasse : à appeler dans la transaction de l’écriture.');
  const declencheur = client
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
    .pluck()
    .get(DECLENCHEUR_AJOUT) as string;
  client.exec(`DROP TRIGGER ${DECLENCHEUR_AJOUT}`);
  const resultat = ecrire();
  client.exec('DELETE FROM activites_annuelles');
  client
    .prepare(
      `INSERT INTO activites_annuelles (jeune_id, annee, premier_evenement, premier_accompagnement)
      ${sqlActivitesDesEvenements(typesAccompagnement)}`,
    )
    .run(...typesAccompagnement);
  client.exec(declencheur);
  return resultat;
}
