import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES, TYPES_SITE } from '../../electron/core/domain/codes';
import { booleen, dansListe } from './sql-codes';

/** The Mission Locale this installation serves: a single row. */
export const structure = sqliteTable(
  'structure',
  {
    unique: integer('unique').primaryKey().default(1),
    code: text('code').notNull(),
    nom: text('nom').notNull(),
    siret: text('siret'),
    creeLe: integer('cree_le').notNull(),
  },
  () => [check('structure_une_seule', sql.raw('"unique" = 1'))],
);

export const sites = sqliteTable(
  'sites',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().unique(),
    libelle: text('libelle').notNull(),
    type: text('type', { enum: TYPES_SITE.codes }).notNull(),
    actif: integer('actif', { mode: 'boolean' }).notNull().default(true),
  },
  () => [check('sites_type', dansListe('type', TYPES_SITE.codes)), check('sites_actif', booleen('actif'))],
);

/**
 * Staff accounts (advisers, reception, direction, administration). An account without a password
 * (e.g. created by an import) cannot log in until ADMIN sets one.
 */
export const conseillers = sqliteTable(
  'conseillers',
  {
    id: text('id').primaryKey(),
    login: text('login').notNull().unique(),
    nom: text('nom').notNull(),
    prenom: text('prenom').notNull(),
    role: text('role', { enum: ROLES.codes }).notNull(),
    actif: integer('actif', { mode: 'boolean' }).notNull().default(true),
    /** `scrypt$N$r$p$sel$empreinte`: never logged, never sent to the renderer. */
    motDePasse: text('mot_de_passe'),
    echecs: integer('echecs').notNull().default(0),
    dernierEchec: integer('dernier_echec'),
    /** Locked after 10 failures, until DIRECTION or ADMIN unlocks it. */
    bloque: integer('bloque', { mode: 'boolean' }).notNull().default(false),
  },
  () => [check('conseillers_role', dansListe('role', ROLES.codes)), check('conseillers_actif', booleen('actif'))],
);
