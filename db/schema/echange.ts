import { sql } from 'drizzle-orm';
import { check, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ENTITES_ECHANGE } from '../../electron/core/domain/codes';
import { dansListe } from './sql-codes';

/**
 * The ids a `tremplin-import/1` file gave to the records it created (docs/adr/0004-echange.md):
 * importing again updates them, exporting names them the same way. A new table, so that no existing
 * table is rebuilt; no foreign key, as it points into several tables (a stale row is ignored).
 */
export const identifiantsExternes = sqliteTable(
  'identifiants_externes',
  {
    entite: text('entite', { enum: ENTITES_ECHANGE }).notNull(),
    idExterne: text('id_externe').notNull(),
    idInterne: text('id_interne').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.entite, t.idExterne] }),
    uniqueIndex('identifiants_externes_interne').on(sql`entite`, sql`id_interne`),
    check('identifiants_externes_entite', dansListe('entite', ENTITES_ECHANGE)),
  ],
);
