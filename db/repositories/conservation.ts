/**
 * Queries of the retention rules: files due for review, anonymisation (personal fields and free texts
 * emptied in every table) and erasure (every row of a file). Raw SQL: each touches many tables at once.
 */
import type { BaseTremplin } from '../client';

/** A youth's follow-up tables, children first (situations and screenings name propositions). */
const TABLES_DU_JEUNE = ['situations', 'reperages', 'propositions', 'evenements', 'dispositifs', 'freins', 'aides'];

export interface CandidatConservation {
  id: string;
  nom: string;
  prenom: string;
  dateNaissance: string;
  datePremierAccueil: string;
  statut: string;
  referentNom: string | null;
  dernierContact: string | null;
}

/** Active or inactive files whose last contact is on or before `contactAvant`, or born on or before `naissanceAvant`. */
export function candidatsConservation(
  db: BaseTremplin,
  bornes: { contactAvant: string; naissanceAvant: string },
): CandidatConservation[] {
  return db.$client
    .prepare(
      `WITH dossiers AS (
         SELECT j.*, (SELECT max(e.date) FROM evenements e WHERE e.jeune_id = j.id) AS dernier_contact
           FROM jeunes j WHERE j.statut IN ('ACTIF', 'INACTIF'))
       SELECT d.id, d.nom, d.prenom, d.date_naissance AS dateNaissance, d.date_premier_accueil AS datePremierAccueil,
              d.statut, CASE WHEN c.id IS NULL THEN NULL ELSE c.prenom || ' ' || c.nom END AS referentNom,
              d.dernier_contact AS dernierContact
         FROM dossiers d LEFT JOIN conseillers c ON c.id = d.referent_id
        WHERE coalesce(d.dernier_contact, d.date_premier_accueil) <= @contactAvant OR d.date_naissance <= @naissanceAvant
        ORDER BY d.nom_tri, d.id`,
    )
    .all(bornes) as CandidatConservation[];
}

/** Ids of every record of a youth, for the external ids an import gave them. */
function idsDesElements(db: BaseTremplin, jeuneId: string): string[] {
  return TABLES_DU_JEUNE.flatMap((table) =>
    (db.$client.prepare(`SELECT id FROM ${table} WHERE jeune_id = ?`).all(jeuneId) as { id: string }[]).map(
      (r) => r.id,
    ),
  );
}

function oublierIdentifiantsExternes(db: BaseTremplin, jeuneId: string): void {
  const supprimer = db.$client.prepare('DELETE FROM identifiants_externes WHERE id_interne = ?');
  for (const id of [jeuneId, ...idsDesElements(db, jeuneId)]) supprimer.run(id);
}

/**
 * Keeps what past years' figures need (birth date, sex, level, zoning, site, dated records and their
 * codes) and empties the rest: identity, contacts, free texts, the history's values, search words.
 */
export function anonymiserJeune(
  db: BaseTremplin,
  jeuneId: string,
  nom: { nom: string; prenom: string; tri: string },
  instant: number,
): void {
  const c = db.$client;
  c.prepare(
    `UPDATE jeunes SET nom = @nom, nom_usage = NULL, prenom = @prenom, telephone = NULL, email = NULL, adresse = NULL,
            code_postal = NULL, commune = NULL, referent_id = NULL, date_information_rgpd = NULL,
            statut = 'ANONYMISE', nom_tri = @tri, modifie_le = @instant
      WHERE id = @id`,
  ).run({ id: jeuneId, ...nom, instant });
  c.prepare('DELETE FROM jeunes_mots WHERE jeune_id = ?').run(jeuneId);
  c.prepare('UPDATE evenements SET commentaire = NULL WHERE jeune_id = ?').run(jeuneId);
  c.prepare('UPDATE freins SET actions = NULL WHERE jeune_id = ?').run(jeuneId);
  c.prepare('UPDATE reperages SET note = NULL WHERE jeune_id = ?').run(jeuneId);
  c.prepare('UPDATE propositions SET motif = NULL, intitule = NULL WHERE jeune_id = ?').run(jeuneId);
  c.prepare('UPDATE situations SET partenaire = NULL, intitule = NULL WHERE jeune_id = ?').run(jeuneId);
  c.prepare('DELETE FROM historique_jeunes WHERE jeune_id = ?').run(jeuneId);
  c.prepare('DELETE FROM autorisations_sensibles WHERE jeune_id = ?').run(jeuneId);
  oublierIdentifiantsExternes(db, jeuneId);
}

/** Deletes a file and everything recorded on it (the audit trail keeps only its random id). */
export function effacerJeune(db: BaseTremplin, jeuneId: string): void {
  const c = db.$client;
  oublierIdentifiantsExternes(db, jeuneId);
  for (const table of TABLES_DU_JEUNE) c.prepare(`DELETE FROM ${table} WHERE jeune_id = ?`).run(jeuneId);
  for (const table of ['jeunes_mots', 'historique_jeunes', 'autorisations_sensibles']) {
    c.prepare(`DELETE FROM ${table} WHERE jeune_id = ?`).run(jeuneId);
  }
  c.prepare('DELETE FROM jeunes WHERE id = ?').run(jeuneId);
}
