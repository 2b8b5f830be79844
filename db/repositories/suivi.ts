/** Queries of a youth's follow-up records (events, situations, programmes, barriers, aids). */
import { and, desc, eq, ne } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { BaseTremplin } from '../client';
import { nomConseillerJoint } from './jeunes';
import {
  aides,
  conseillers,
  dispositifs,
  evenements,
  freins,
  jeunes,
  partenaires,
  propositions,
  reperages,
  sites,
  situations,
} from '../schema';

export const TABLES_SUIVI = { evenements, situations, dispositifs, freins, aides, propositions, reperages } as const;
export type TableSuivi = (typeof TABLES_SUIVI)[keyof typeof TABLES_SUIVI];
export type LigneSuivi<T extends TableSuivi> = T['$inferSelect'];

// drizzle's builders do not accept a union of tables: each function narrows to one table's type.
const table = (t: TableSuivi) =>
  t as unknown as SQLiteTable & { id: typeof evenements.id; jeuneId: typeof evenements.jeuneId };

export function elementParId<T extends TableSuivi>(db: BaseTremplin, t: T, id: string): LigneSuivi<T> | undefined {
  const tb = table(t);
  return db.select().from(tb).where(eq(tb.id, id)).get() as LigneSuivi<T> | undefined;
}

export function insererElement<T extends TableSuivi>(db: BaseTremplin, t: T, valeurs: T['$inferInsert']): void {
  db.insert(table(t))
    .values(valeurs as never)
    .run();
}

export function mettreAJourElement<T extends TableSuivi>(
  db: BaseTremplin,
  t: T,
  id: string,
  valeurs: Partial<T['$inferInsert']>,
): void {
  const tb = table(t);
  db.update(tb)
    .set(valeurs as never)
    .where(eq(tb.id, id))
    .run();
}

export function supprimerElement(db: BaseTremplin, t: TableSuivi, id: string): void {
  const tb = table(t);
  db.delete(tb).where(eq(tb.id, id)).run();
}

function requeteEvenements(db: BaseTremplin) {
  return db
    .select({
      evenement: evenements,
      conseillerNom: nomConseillerJoint,
      siteLibelle: sites.libelle,
      jeuneNom: jeunes.nom,
      jeunePrenom: jeunes.prenom,
    })
    .from(evenements)
    .innerJoin(jeunes, eq(jeunes.id, evenements.jeuneId))
    .leftJoin(conseillers, eq(conseillers.id, evenements.conseillerId))
    .leftJoin(sites, eq(sites.id, evenements.siteId))
    .$dynamic();
}

export type LigneEvenement = typeof evenements.$inferSelect & {
  conseillerNom: string | null;
  siteLibelle: string | null;
  jeuneNom: string;
  jeunePrenom: string;
};

function aplatir(l: {
  evenement: typeof evenements.$inferSelect;
  conseillerNom: string | null;
  siteLibelle: string | null;
  jeuneNom: string;
  jeunePrenom: string;
}): LigneEvenement {
  return {
    ...l.evenement,
    conseillerNom: l.conseillerNom,
    siteLibelle: l.siteLibelle,
    jeuneNom: l.jeuneNom,
    jeunePrenom: l.jeunePrenom,
  };
}

export function evenementDetail(db: BaseTremplin, id: string): LigneEvenement | undefined {
  const l = requeteEvenements(db).where(eq(evenements.id, id)).get();
  return l && aplatir(l);
}

/** Most recent first; among the same day, the last recorded first. */
export function evenementsDuJeune(db: BaseTremplin, jeuneId: string): LigneEvenement[] {
  return requeteEvenements(db)
    .where(eq(evenements.jeuneId, jeuneId))
    .orderBy(desc(evenements.date), desc(evenements.creeLe))
    .all()
    .map(aplatir);
}

export function evenementsRecents(db: BaseTremplin, conseillerId: string | null, limite: number): LigneEvenement[] {
  return requeteEvenements(db)
    .where(conseillerId ? eq(evenements.conseillerId, conseillerId) : undefined)
    .orderBy(desc(evenements.date), desc(evenements.creeLe))
    .limit(limite)
    .all()
    .map(aplatir);
}

export type LigneSituation = typeof situations.$inferSelect & { partenaireNom: string | null };

function requeteSituations(db: BaseTremplin) {
  return db
    .select({ situation: situations, partenaireNom: partenaires.raisonSociale })
    .from(situations)
    .leftJoin(partenaires, eq(partenaires.id, situations.partenaireId))
    .$dynamic();
}

export function situationDetail(db: BaseTremplin, id: string): LigneSituation | undefined {
  const l = requeteSituations(db).where(eq(situations.id, id)).get();
  return l && { ...l.situation, partenaireNom: l.partenaireNom };
}

export function situationsDuJeune(db: BaseTremplin, jeuneId: string): LigneSituation[] {
  return requeteSituations(db)
    .where(eq(situations.jeuneId, jeuneId))
    .orderBy(desc(situations.dateDebut), desc(situations.creeLe))
    .all()
    .map((l) => ({ ...l.situation, partenaireNom: l.partenaireNom }));
}

export function dispositifsDuJeune(db: BaseTremplin, jeuneId: string) {
  return db
    .select()
    .from(dispositifs)
    .where(eq(dispositifs.jeuneId, jeuneId))
    .orderBy(desc(dispositifs.dateEntree), desc(dispositifs.creeLe))
    .all();
}

/** The youth's programmes of one type, except one (the one being edited). */
export function dispositifsDuType(
  db: BaseTremplin,
  jeuneId: string,
  type: (typeof dispositifs.$inferSelect)['type'],
  sauf: string | null,
) {
  return db
    .select()
    .from(dispositifs)
    .where(
      and(eq(dispositifs.jeuneId, jeuneId), eq(dispositifs.type, type), sauf ? ne(dispositifs.id, sauf) : undefined),
    )
    .all();
}

export function freinsDuJeune(db: BaseTremplin, jeuneId: string) {
  return db
    .select()
    .from(freins)
    .where(eq(freins.jeuneId, jeuneId))
    .orderBy(desc(freins.dateIdentification), desc(freins.creeLe))
    .all();
}

export function aidesDuJeune(db: BaseTremplin, jeuneId: string) {
  return db
    .select()
    .from(aides)
    .where(eq(aides.jeuneId, jeuneId))
    .orderBy(desc(aides.dateDecision), desc(aides.creeLe))
    .all();
}
