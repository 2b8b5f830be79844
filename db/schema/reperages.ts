import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  DOMAINES_REPERAGE,
  METHODES_PAR_DOMAINE,
  RESSOURCES_REPERAGE,
  RESULTATS_PAR_DOMAINE,
  type DomaineReperage,
} from '../../electron/core/domain/codes';
import { jeunes } from './jeunes';
import { partenaires, propositions } from './partenaires';
import { dansListe, dateOuNull, formeDateIso } from './sql-codes';

/** `colonne` holds a code of the row's domain (CASE on the domain, from the code lists). */
function codeDuDomaine(colonne: string, parDomaine: Readonly<Record<DomaineReperage, readonly string[]>>) {
  const cas = (Object.entries(parDomaine) as [DomaineReperage, readonly string[]][])
    .map(([domaine, codes]) => `WHEN '${domaine}' THEN ${colonne} IN (${codes.map((c) => `'${c}'`).join(', ')})`)
    .join(' ');
  return sql.raw(`CASE domaine ${cas} ELSE 0 END`);
}

/**
 * A screening of handicap, illiteracy or digital illiteracy. The note, and the whole of a HANDICAP
 * screening, are sensitive: read through the access rule and audited.
 */
export const reperages = sqliteTable(
  'reperages',
  {
    id: text('id').primaryKey(),
    jeuneId: text('jeune_id')
      .notNull()
      .references(() => jeunes.id, { onDelete: 'restrict' }),
    domaine: text('domaine', { enum: DOMAINES_REPERAGE.codes }).notNull(),
    date: text('date').notNull(),
    methode: text('methode').notNull(),
    resultat: text('resultat').notNull(),
    /** When the young person was told of the result and what it means. */
    dateInformation: text('date_information'),
    note: text('note'),
    /** Planned follow-up: once passed, the screening is back in the queue. */
    dateSuivi: text('date_suivi'),
    /** Expiry of a valid RQTH, when known (shown, never used by the figures). */
    dateFinRqth: text('date_fin_rqth'),
    /** The orientation made after it. */
    propositionId: text('proposition_id').references(() => propositions.id, { onDelete: 'restrict' }),
    creeLe: integer('cree_le').notNull(),
    modifieLe: integer('modifie_le').notNull(),
  },
  () => [
    check('reperages_domaine', dansListe('domaine', DOMAINES_REPERAGE.codes)),
    check('reperages_methode', codeDuDomaine('methode', METHODES_PAR_DOMAINE)),
    check('reperages_resultat', codeDuDomaine('resultat', RESULTATS_PAR_DOMAINE)),
    check('reperages_date', formeDateIso('date')),
    check(
      'reperages_dates_suite',
      sql`${dateOuNull('date_information')} AND ${dateOuNull('date_suivi')} AND (date_information IS NULL OR date_information >= date) AND (date_suivi IS NULL OR date_suivi >= date)`,
    ),
    check(
      'reperages_fin_rqth',
      sql`date_fin_rqth IS NULL OR (${formeDateIso('date_fin_rqth')} AND domaine = 'HANDICAP' AND resultat = 'RQTH_VALIDE' AND date_fin_rqth >= date)`,
    ),
    index('reperages_jeune_idx').on(sql`jeune_id`, sql`date`),
    // Covering for the Region's screening figures of a year (result, youth, linked proposition):
    // migration 0008.
    index('reperages_domaine_idx').on(sql`domaine`, sql`date`, sql`resultat`, sql`jeune_id`, sql`proposition_id`),
    index('reperages_proposition_idx').on(sql`proposition_id`),
    index('reperages_suivi_idx').on(sql`date_suivi`),
  ],
);

/** The screening resources a partner offers (Cap emploi, médiation numérique…). */
export const ressourcesPartenaires = sqliteTable(
  'ressources_partenaires',
  {
    partenaireId: text('partenaire_id')
      .notNull()
      .references(() => partenaires.id, { onDelete: 'cascade' }),
    ressource: text('ressource', { enum: RESSOURCES_REPERAGE.codes }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partenaireId, t.ressource] }),
    check('ressources_partenaires_ressource', dansListe('ressource', RESSOURCES_REPERAGE.codes)),
    index('ressources_partenaires_ressource_idx').on(sql`ressource`),
  ],
);
