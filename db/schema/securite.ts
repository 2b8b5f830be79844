import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { jeunes } from './jeunes';
import { conseillers } from './structure';

/** DIRECTION lets an adviser see a youth's sensitive details without being their référent. */
export const autorisationsSensibles = sqliteTable(
  'autorisations_sensibles',
  {
    id: text('id').primaryKey(),
    conseillerId: text('conseiller_id')
      .notNull()
      .references(() => conseillers.id, { onDelete: 'restrict' }),
    jeuneId: text('jeune_id')
      .notNull()
      .references(() => jeunes.id, { onDelete: 'restrict' }),
    accordeePar: text('accordee_par').references(() => conseillers.id, { onDelete: 'restrict' }),
    accordeeLe: integer('accordee_le').notNull(),
  },
  () => [uniqueIndex('autorisations_unique').on(sql`conseiller_id`, sql`jeune_id`)],
);

/**
 * Append-only, hash-chained audit trail (triggers refuse UPDATE and DELETE): who did what, when, on
 * which youth — never a field value.
 */
export const journalAudit = sqliteTable(
  'journal_audit',
  {
    numero: integer('numero').primaryKey(),
    horodatage: integer('horodatage').notNull(),
    utilisateurId: text('utilisateur_id'),
    action: text('action').notNull(),
    jeuneId: text('jeune_id'),
    /** What was touched, by kind and id (e.g. `SITUATION 0190…`); never a value. */
    objet: text('objet'),
    hashPrecedent: text('hash_precedent').notNull(),
    hash: text('hash').notNull(),
  },
  () => [index('audit_jeune_idx').on(sql`jeune_id`, sql`numero`)],
);

/** Settings of the installation (idle lock delay…). */
export const parametres = sqliteTable('parametres', {
  cle: text('cle').primaryKey(),
  valeur: text('valeur').notNull(),
});
