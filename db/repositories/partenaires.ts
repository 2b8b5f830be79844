/** Queries of the partner directory: partners, contacts, sessions, offers, and their links. */
import { and, asc, count, eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { BaseTremplin } from '../client';
import {
  contactsPartenaires,
  jeunes,
  offres,
  partenaires,
  propositions,
  sessionsFormation,
  situations,
} from '../schema';

export type LignePartenaire = typeof partenaires.$inferSelect;
export type NouveauPartenaire = typeof partenaires.$inferInsert;
export type LigneContact = typeof contactsPartenaires.$inferSelect;

export function partenaireParId(db: BaseTremplin, id: string): LignePartenaire | undefined {
  return db.select().from(partenaires).where(eq(partenaires.id, id)).get();
}

export function partenaireParSiret(db: BaseTremplin, siret: string): LignePartenaire | undefined {
  return db.select().from(partenaires).where(eq(partenaires.siret, siret)).get();
}

export function insererPartenaire(db: BaseTremplin, ligne: NouveauPartenaire): void {
  db.insert(partenaires).values(ligne).run();
}

export function mettreAJourPartenaire(db: BaseTremplin, id: string, valeurs: Partial<NouveauPartenaire>): void {
  db.update(partenaires).set(valeurs).where(eq(partenaires.id, id)).run();
}

export function supprimerPartenaire(db: BaseTremplin, id: string): void {
  db.delete(partenaires).where(eq(partenaires.id, id)).run();
}

export function contactsDuPartenaire(db: BaseTremplin, id: string): LigneContact[] {
  return db
    .select()
    .from(contactsPartenaires)
    .where(eq(contactsPartenaires.partenaireId, id))
    .orderBy(asc(contactsPartenaires.ordre))
    .all();
}

export function remplacerContacts(
  db: BaseTremplin,
  partenaireId: string,
  contacts: Omit<LigneContact, 'partenaireId' | 'ordre'>[],
): void {
  db.delete(contactsPartenaires).where(eq(contactsPartenaires.partenaireId, partenaireId)).run();
  if (contacts.length > 0) {
    db.insert(contactsPartenaires)
      .values(contacts.map((c, ordre) => ({ ...c, partenaireId, ordre })))
      .run();
  }
}

export function sessionsDuPartenaire(db: BaseTremplin, id: string) {
  return db
    .select()
    .from(sessionsFormation)
    .where(eq(sessionsFormation.partenaireId, id))
    .orderBy(asc(sessionsFormation.dateDebut))
    .all();
}

export function offresDuPartenaire(db: BaseTremplin, id: string) {
  return db.select().from(offres).where(eq(offres.partenaireId, id)).orderBy(asc(offres.intitule)).all();
}

export function sessionParId(db: BaseTremplin, id: string) {
  return db.select().from(sessionsFormation).where(eq(sessionsFormation.id, id)).get();
}

export function offreParId(db: BaseTremplin, id: string) {
  return db.select().from(offres).where(eq(offres.id, id)).get();
}

export function insererSession(db: BaseTremplin, ligne: typeof sessionsFormation.$inferInsert): void {
  db.insert(sessionsFormation).values(ligne).run();
}

export function mettreAJourSession(
  db: BaseTremplin,
  id: string,
  valeurs: Partial<typeof sessionsFormation.$inferInsert>,
): void {
  db.update(sessionsFormation).set(valeurs).where(eq(sessionsFormation.id, id)).run();
}

export function supprimerSession(db: BaseTremplin, id: string): void {
  db.delete(sessionsFormation).where(eq(sessionsFormation.id, id)).run();
}

export function insererOffre(db: BaseTremplin, ligne: typeof offres.$inferInsert): void {
  db.insert(offres).values(ligne).run();
}

export function mettreAJourOffre(db: BaseTremplin, id: string, valeurs: Partial<typeof offres.$inferInsert>): void {
  db.update(offres).set(valeurs).where(eq(offres.id, id)).run();
}

export function supprimerOffre(db: BaseTremplin, id: string): void {
  db.delete(offres).where(eq(offres.id, id)).run();
}

/** Orientations to this partner, most recent first, with the youth's name. */
export function orientationsDuPartenaire(db: BaseTremplin, id: string) {
  return db
    .select({
      propositionId: propositions.id,
      jeuneId: propositions.jeuneId,
      jeuneNom: jeunes.nom,
      jeunePrenom: jeunes.prenom,
      date: propositions.date,
      type: propositions.type,
      etat: propositions.etat,
      dateEtat: propositions.dateEtat,
      intitule: propositions.intitule,
    })
    .from(propositions)
    .innerJoin(jeunes, eq(jeunes.id, propositions.jeuneId))
    .where(eq(propositions.partenaireId, id))
    .orderBy(sql`${propositions.date} DESC`)
    .all();
}

/** How many orientations lead to a session or an offer. */
export function orientationsVers(db: BaseTremplin, champ: 'sessionId' | 'offreId', id: string): number {
  return db.select({ n: count() }).from(propositions).where(eq(propositions[champ], id)).get()?.n ?? 0;
}

/** How many records point to a partner (a partner with links cannot be deleted). */
export function liensPartenaire(db: BaseTremplin, id: string) {
  const n = (table: typeof sessionsFormation | typeof offres | typeof propositions | typeof situations) =>
    db.select({ n: count() }).from(table).where(eq(table.partenaireId, id)).get()?.n ?? 0;
  return {
    sessions: n(sessionsFormation),
    offres: n(offres),
    propositions: n(propositions),
    situations: n(situations),
  };
}

/** Moves every link of one partner to another (inside the caller's transaction). */
export function deplacerLiens(db: BaseTremplin, depuis: string, vers: string): void {
  for (const table of [contactsPartenaires, sessionsFormation, offres, propositions, situations] as const) {
    db.update(table).set({ partenaireId: vers }).where(eq(table.partenaireId, depuis)).run();
  }
}

/** The youth records a merge changes, for their files' history. */
export function recordsLiesAuPartenaire(db: BaseTremplin, id: string) {
  return {
    propositions: db
      .select({ id: propositions.id, jeuneId: propositions.jeuneId })
      .from(propositions)
      .where(eq(propositions.partenaireId, id))
      .all(),
    situations: db
      .select({ id: situations.id, jeuneId: situations.jeuneId })
      .from(situations)
      .where(eq(situations.partenaireId, id))
      .all(),
  };
}

export function rechercherPartenaires(
  db: BaseTremplin,
  criteres: {
    texteNormalise: string;
    siret: string | null;
    type: LignePartenaire['type'] | null;
    decalage: number;
    limite: number;
  },
) {
  const conditions: SQL[] = [];
  if (criteres.texteNormalise !== '') {
    const motif = `%${criteres.texteNormalise.replace(/[%_]/g, '')}%`;
    conditions.push(
      criteres.siret
        ? or(like(partenaires.nomRecherche, motif), like(partenaires.siret, `${criteres.siret}%`))!
        : like(partenaires.nomRecherche, motif),
    );
  }
  if (criteres.type) conditions.push(eq(partenaires.type, criteres.type));
  const filtre = and(...conditions);
  // Qualified by hand: inside a subquery drizzle writes bare column names, and `id` would then
  // name the inner table's own id.
  const compte = (table: typeof sessionsFormation | typeof offres | typeof propositions, nom: string) =>
    sql<number>`(SELECT count(*) FROM ${table} WHERE ${sql.raw(`"${nom}"."partenaire_id" = "partenaires"."id"`)})`;
  const lignes = db
    .select({
      id: partenaires.id,
      type: partenaires.type,
      raisonSociale: partenaires.raisonSociale,
      siret: partenaires.siret,
      commune: partenaires.commune,
      sessions: compte(sessionsFormation, 'sessions_formation'),
      offres: compte(offres, 'offres'),
      orientations: compte(propositions, 'propositions'),
    })
    .from(partenaires)
    .where(filtre)
    .orderBy(asc(partenaires.nomRecherche))
    .limit(criteres.limite)
    .offset(criteres.decalage)
    .all();
  const total = db.select({ n: count() }).from(partenaires).where(filtre).get()?.n ?? 0;
  return { lignes, total };
}
