/**
 * Raw, prepared queries of the exchange format: an import writes up to millions of rows, so it
 * skips the query builder. Table and column names come from the format's constant description
 * (electron/core/echange/format.ts), never from a file; values are always bound.
 */
import type Database from 'better-sqlite3';

export type LigneBrute = Record<string, string | number | null>;

/** Statements prepared once per text: an import runs the same few thousands of times. */
export class RequetesEchange {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly client: Database.Database) {}

  private requete(sql: string): Database.Statement {
    let r = this.cache.get(sql);
    if (!r) {
      r = this.client.prepare(sql);
      this.cache.set(sql, r);
    }
    return r;
  }

  /** The row an external id names: through the ids an import recorded, else an internal id of the table. */
  idInterne(entite: string, table: string, idExterne: string): string | undefined {
    const par = this.requete(
      `SELECT t.id FROM identifiants_externes m JOIN ${table} t ON t.id = m.id_interne WHERE m.entite = ? AND m.id_externe = ?`,
    ).pluck();
    const direct = this.requete(`SELECT id FROM ${table} WHERE id = ?`).pluck();
    return (par.get(entite, idExterne) ?? direct.get(idExterne)) as string | undefined;
  }

  ligne(table: string, id: string): LigneBrute | undefined {
    return this.requete(`SELECT * FROM ${table} WHERE id = ?`).get(id) as LigneBrute | undefined;
  }

  /** A column's value on a row (the youth of a proposition…). */
  valeur(table: string, colonne: string, id: string): string | number | null | undefined {
    return this.requete(`SELECT ${colonne} FROM ${table} WHERE id = ?`).pluck().get(id) as
      string | number | null | undefined;
  }

  /** Ids of the rows whose `colonne` equals `valeur` (an orientation's situation, a SIRET…). */
  idsOu(table: string, colonne: string, valeur: string): string[] {
    return this.requete(`SELECT id FROM ${table} WHERE ${colonne} = ?`).pluck().all(valeur) as string[];
  }

  inserer(table: string, ligne: LigneBrute): void {
    const colonnes = Object.keys(ligne);
    this.requete(
      `INSERT INTO ${table} (${colonnes.join(', ')}) VALUES (${colonnes.map((c) => `@${c}`).join(', ')})`,
    ).run(ligne);
  }

  mettreAJour(table: string, id: string, valeurs: LigneBrute): void {
    const colonnes = Object.keys(valeurs);
    this.requete(`UPDATE ${table} SET ${colonnes.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @__id`).run({
      ...valeurs,
      __id: id,
    });
  }

  retenirIdExterne(entite: string, idExterne: string, idInterne: string): void {
    this.requete('INSERT OR REPLACE INTO identifiants_externes (entite, id_externe, id_interne) VALUES (?, ?, ?)').run(
      entite,
      idExterne,
      idInterne,
    );
  }

  /** Replaces a youth's search words (same tables as the form, see repositories/jeunes.ts). */
  indexerMots(jeuneId: string, mots: readonly string[]): void {
    this.requete('DELETE FROM jeunes_mots WHERE jeune_id = ?').run(jeuneId);
    for (const mot of mots) {
      this.requete('INSERT OR IGNORE INTO mots_recherche (mot) VALUES (?)').run(mot);
      this.requete('INSERT INTO jeunes_mots (mot, jeune_id) VALUES (?, ?)').run(mot, jeuneId);
    }
  }

  /** Every row of a file's table with its external id and its references written as the file names them. */
  lignesExport(sql: string): Iterable<LigneBrute> {
    return this.requete(sql).iterate() as Iterable<LigneBrute>;
  }
}
