/** Queries of youth files and their history. No business rules here. */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { BaseTremplin } from '../client';
import { conseillers, historiqueJeunes, jeunes, jeunesMots, motsRecherche, sites } from '../schema';

export type LigneJeune = typeof jeunes.$inferSelect;
export type NouvelleLigneJeune = typeof jeunes.$inferInsert;
export type LigneHistorique = typeof historiqueJeunes.$inferSelect;

/** Name of the SQLite function (registered by the core): does a query token match an indexed word? */
export const FONCTION_JETON = 'tremplin_jeton_correspond';

/** « Prénom Nom » of the adviser joined in the query, null when none. */
export const nomConseillerJoint = sql<
  string | null
>`CASE WHEN ${conseillers.id} IS NULL THEN NULL ELSE ${conseillers.prenom} || ' ' || ${conseillers.nom} END`;

const colonnesLigne = {
  id: jeunes.id,
  nom: jeunes.nom,
  nomUsage: jeunes.nomUsage,
  prenom: jeunes.prenom,
  sexe: jeunes.sexe,
  dateNaissance: jeunes.dateNaissance,
  datePremierAccueil: jeunes.datePremierAccueil,
  telephone: jeunes.telephone,
  commune: jeunes.commune,
  statut: jeunes.statut,
  siteLibelle: sites.libelle,
  referentNom: nomConseillerJoint,
};

export type LigneListeJeune = Pick<
  LigneJeune,
  | 'id'
  | 'nom'
  | 'nomUsage'
  | 'prenom'
  | 'sexe'
  | 'dateNaissance'
  | 'datePremierAccueil'
  | 'telephone'
  | 'commune'
  | 'statut'
> & { siteLibelle: string | null; referentNom: string | null };

export function insererJeune(db: BaseTremplin, ligne: NouvelleLigneJeune): void {
  db.insert(jeunes).values(ligne).run();
}

/** Replaces the search words of a file (inside the caller's transaction). */
export function indexerMots(db: BaseTremplin, jeuneId: string, mots: readonly string[]): void {
  db.delete(jeunesMots).where(eq(jeunesMots.jeuneId, jeuneId)).run();
  if (mots.length === 0) return;
  db.insert(motsRecherche)
    .values(mots.map((mot) => ({ mot })))
    .onConflictDoNothing()
    .run();
  db.insert(jeunesMots)
    .values(mots.map((mot) => ({ mot, jeuneId })))
    .run();
}

export function mettreAJourJeune(db: BaseTremplin, id: string, valeurs: Partial<NouvelleLigneJeune>): void {
  db.update(jeunes).set(valeurs).where(eq(jeunes.id, id)).run();
}

export function jeuneParId(db: BaseTremplin, id: string): LigneJeune | undefined {
  return db.select().from(jeunes).where(eq(jeunes.id, id)).get();
}

export function jeuneDetailParId(
  db: BaseTremplin,
  id: string,
): (LigneJeune & { siteLibelle: string | null; referentNom: string | null }) | undefined {
  const ligne = db
    .select({ jeune: jeunes, siteLibelle: sites.libelle, referentNom: nomConseillerJoint })
    .from(jeunes)
    .leftJoin(sites, eq(sites.id, jeunes.siteId))
    .leftJoin(conseillers, eq(conseillers.id, jeunes.referentId))
    .where(eq(jeunes.id, id))
    .get();
  return ligne && { ...ligne.jeune, siteLibelle: ligne.siteLibelle, referentNom: ligne.referentNom };
}

export function jeunesNesLe(db: BaseTremplin, dateNaissance: string): LigneListeJeune[] {
  return requeteLignes(db).where(eq(jeunes.dateNaissance, dateNaissance)).all() as LigneListeJeune[];
}

export interface CriteresListe {
  /** Already-built conditions (search text, filters); combined with AND. */
  conditions: SQL[];
  tri: 'nom' | 'prenom' | 'dateNaissance' | 'datePremierAccueil' | 'commune' | 'statut';
  sens: 'asc' | 'desc';
  decalage: number;
  limite: number;
}

const COLONNES_TRI = {
  nom: [jeunes.nomTri],
  prenom: [jeunes.prenom, jeunes.nomTri],
  dateNaissance: [jeunes.dateNaissance, jeunes.nomTri],
  datePremierAccueil: [jeunes.datePremierAccueil, jeunes.nomTri],
  commune: [jeunes.commune, jeunes.nomTri],
  statut: [jeunes.statut, jeunes.nomTri],
} as const;

function requeteLignes(db: BaseTremplin) {
  return db
    .select(colonnesLigne)
    .from(jeunes)
    .leftJoin(sites, eq(sites.id, jeunes.siteId))
    .leftJoin(conseillers, eq(conseillers.id, jeunes.referentId))
    .$dynamic();
}

export function listerJeunes(db: BaseTremplin, criteres: CriteresListe): { lignes: LigneListeJeune[]; total: number } {
  const filtre = and(...criteres.conditions);
  const ordre = criteres.sens === 'asc' ? asc : desc;
  const tri = [...COLONNES_TRI[criteres.tri].map((c) => ordre(c)), asc(jeunes.id)];
  // The page's ids first, then only those rows read and joined: skipping a deep offset then walks
  // an index (`jeunes_nom_tri_idx`, `jeunes_site_statut_naissance_idx`), not rows and joins.
  const page = db
    .select({ id: jeunes.id })
    .from(jeunes)
    .where(filtre)
    .orderBy(...tri)
    .limit(criteres.limite)
    .offset(criteres.decalage);
  const lignes = requeteLignes(db)
    .where(inArray(jeunes.id, page))
    .orderBy(...tri)
    .all() as LigneListeJeune[];
  const total = db.select({ n: count() }).from(jeunes).where(filtre).get()?.n ?? 0;
  return { lignes, total };
}

/** Conditions the search service combines. */
export const conditionsJeunes = {
  /** One condition per query token: the file has a word that the token matches. */
  motCorrespond: (jeton: string) =>
    // Nested IN lists are materialised once: the function runs on the distinct words only.
    sql`${jeunes.id} IN (SELECT ${jeunesMots.jeuneId} FROM ${jeunesMots} WHERE ${jeunesMots.mot} IN (SELECT ${motsRecherche.mot} FROM ${motsRecherche} WHERE ${sql.raw(FONCTION_JETON)}(${jeton}, ${motsRecherche.mot}) = 1))`,
  neLe: (date: string) => eq(jeunes.dateNaissance, date),
  // A rowid list from scanning the phone index alone (covering), instead of every row in sort order.
  telephoneContient: (chiffres: string) =>
    sql`${jeunes}.rowid IN (SELECT rowid FROM ${jeunes} WHERE instr(${jeunes.telephone}, ${chiffres}) > 0)`,
  site: (id: string) => eq(jeunes.siteId, id),
  referent: (id: string) => eq(jeunes.referentId, id),
  statut: (statut: LigneJeune['statut']) => eq(jeunes.statut, statut),
};

export function ajouterHistorique(db: BaseTremplin, entrees: (typeof historiqueJeunes.$inferInsert)[]): void {
  if (entrees.length > 0) db.insert(historiqueJeunes).values(entrees).run();
}

export function historiqueDuJeune(db: BaseTremplin, jeuneId: string) {
  return (
    db
      .select({
        id: historiqueJeunes.id,
        horodatage: historiqueJeunes.horodatage,
        auteur: nomConseillerJoint,
        entite: historiqueJeunes.entite,
        entiteId: historiqueJeunes.entiteId,
        action: historiqueJeunes.action,
        champ: historiqueJeunes.champ,
        ancienneValeur: historiqueJeunes.ancienneValeur,
        nouvelleValeur: historiqueJeunes.nouvelleValeur,
      })
      .from(historiqueJeunes)
      .leftJoin(conseillers, eq(conseillers.id, historiqueJeunes.auteurId))
      .where(eq(historiqueJeunes.jeuneId, jeuneId))
      // Newest change first; the fields of one change in the order they were written.
      .orderBy(desc(historiqueJeunes.horodatage), asc(historiqueJeunes.id))
      .all()
  );
}
