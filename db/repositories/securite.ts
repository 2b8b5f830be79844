/** Queries of accounts' credentials, sensitive access grants, the audit trail and settings. */
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { BaseTremplin } from '../client';
import { autorisationsSensibles, conseillers, journalAudit, parametres } from '../schema';

export function compterComptesActifs(db: BaseTremplin): number {
  return (
    db
      .select({ n: count() })
      .from(conseillers)
      .where(sql`${conseillers.motDePasse} IS NOT NULL`)
      .get()?.n ?? 0
  );
}

export function mettreAJourCompte(
  db: BaseTremplin,
  id: string,
  valeurs: Partial<typeof conseillers.$inferInsert>,
): void {
  db.update(conseillers).set(valeurs).where(eq(conseillers.id, id)).run();
}

// ——— Sensitive access grants ———

export function autorisationExiste(db: BaseTremplin, conseillerId: string, jeuneId: string): boolean {
  return (
    db
      .select({ n: count() })
      .from(autorisationsSensibles)
      .where(and(eq(autorisationsSensibles.conseillerId, conseillerId), eq(autorisationsSensibles.jeuneId, jeuneId)))
      .get()?.n === 1
  );
}

export function accorderAutorisation(db: BaseTremplin, ligne: typeof autorisationsSensibles.$inferInsert): void {
  db.insert(autorisationsSensibles).values(ligne).onConflictDoNothing().run();
}

export function retirerAutorisation(db: BaseTremplin, conseillerId: string, jeuneId: string): void {
  db.delete(autorisationsSensibles)
    .where(and(eq(autorisationsSensibles.conseillerId, conseillerId), eq(autorisationsSensibles.jeuneId, jeuneId)))
    .run();
}

const nom = (alias: typeof conseillers) => sql<string>`${alias.prenom} || ' ' || ${alias.nom}`;

export function autorisationsDuJeune(db: BaseTremplin, jeuneId: string) {
  return db
    .select({
      conseillerId: autorisationsSensibles.conseillerId,
      conseillerNom: nom(conseillers),
      accordeeLe: autorisationsSensibles.accordeeLe,
      accordeePar: autorisationsSensibles.accordeePar,
    })
    .from(autorisationsSensibles)
    .innerJoin(conseillers, eq(conseillers.id, autorisationsSensibles.conseillerId))
    .where(eq(autorisationsSensibles.jeuneId, jeuneId))
    .orderBy(asc(autorisationsSensibles.accordeeLe))
    .all();
}

// ——— Audit trail ———

export type LigneAudit = typeof journalAudit.$inferSelect;

export function derniereEntreeAudit(db: BaseTremplin): LigneAudit | undefined {
  return db.select().from(journalAudit).orderBy(desc(journalAudit.numero)).limit(1).get();
}

export function insererAudit(db: BaseTremplin, ligne: LigneAudit): void {
  db.insert(journalAudit).values(ligne).run();
}

export function toutLeJournal(db: BaseTremplin): LigneAudit[] {
  return db.select().from(journalAudit).orderBy(asc(journalAudit.numero)).all();
}

export function auditDuJeune(db: BaseTremplin, jeuneId: string) {
  return db
    .select({
      numero: journalAudit.numero,
      horodatage: journalAudit.horodatage,
      utilisateurNom: sql<string | null>`CASE WHEN ${conseillers.id} IS NULL THEN NULL ELSE ${nom(conseillers)} END`,
      action: journalAudit.action,
      objet: journalAudit.objet,
    })
    .from(journalAudit)
    .leftJoin(conseillers, eq(conseillers.id, journalAudit.utilisateurId))
    .where(eq(journalAudit.jeuneId, jeuneId))
    .orderBy(desc(journalAudit.numero))
    .all();
}

// ——— Settings ———

export function lireParametre(db: BaseTremplin, cle: string): string | undefined {
  return db.select().from(parametres).where(eq(parametres.cle, cle)).get()?.valeur;
}

export function ecrireParametre(db: BaseTremplin, cle: string, valeur: string): void {
  db.insert(parametres).values({ cle, valeur }).onConflictDoUpdate({ target: parametres.cle, set: { valeur } }).run();
}

export function supprimerParametre(db: BaseTremplin, cle: string): void {
  db.delete(parametres).where(eq(parametres.cle, cle)).run();
}
