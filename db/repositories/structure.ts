/** Queries of the structure, its sites and its advisers. No business rules here. */
import { asc, eq } from 'drizzle-orm';
import type { BaseTremplin } from '../client';
import { conseillers, sites, structure } from '../schema';

export type LigneStructure = typeof structure.$inferSelect;
export type LigneSite = typeof sites.$inferSelect;
export type LigneConseiller = typeof conseillers.$inferSelect;

export function lireStructure(db: BaseTremplin): LigneStructure | undefined {
  return db.select().from(structure).get();
}

export function enregistrerStructure(db: BaseTremplin, valeurs: Omit<LigneStructure, 'unique'>): void {
  db.insert(structure)
    .values({ unique: 1, ...valeurs })
    .onConflictDoUpdate({
      target: structure.unique,
      set: { code: valeurs.code, nom: valeurs.nom, siret: valeurs.siret },
    })
    .run();
}

export function listerSites(db: BaseTremplin): LigneSite[] {
  return db.select().from(sites).orderBy(asc(sites.libelle)).all();
}

export function insererSite(db: BaseTremplin, site: typeof sites.$inferInsert): void {
  db.insert(sites).values(site).run();
}

export function siteParCode(db: BaseTremplin, code: string): LigneSite | undefined {
  return db.select().from(sites).where(eq(sites.code, code)).get();
}

export function siteParId(db: BaseTremplin, id: string): LigneSite | undefined {
  return db.select().from(sites).where(eq(sites.id, id)).get();
}

export function listerConseillers(db: BaseTremplin): LigneConseiller[] {
  return db.select().from(conseillers).orderBy(asc(conseillers.nom), asc(conseillers.prenom)).all();
}

export function insererConseiller(db: BaseTremplin, conseiller: typeof conseillers.$inferInsert): void {
  db.insert(conseillers).values(conseiller).run();
}

export function conseillerParLogin(db: BaseTremplin, login: string): LigneConseiller | undefined {
  return db.select().from(conseillers).where(eq(conseillers.login, login)).get();
}

export function conseillerParId(db: BaseTremplin, id: string): LigneConseiller | undefined {
  return db.select().from(conseillers).where(eq(conseillers.id, id)).get();
}
