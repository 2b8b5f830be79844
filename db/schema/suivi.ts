import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  CATEGORIES_SITUATION,
  FINANCEURS,
  SOUS_TYPES_PAR_CATEGORIE,
  STATUTS_FREIN,
  THEMES_FREIN,
  TYPES_AIDE,
  TYPES_DISPOSITIF,
  TYPES_EVENEMENT,
  type CategorieSituation,
} from '../../electron/core/domain/codes';
import { jeunes } from './jeunes';
import { partenaires, propositions } from './partenaires';
import { dansListe, dateOuNull, formeDateIso } from './sql-codes';
import { conseillers, sites } from './structure';

/** Columns every follow-up record has: its youth (deletion restricted) and its timestamps. */
const communs = () => ({
  id: text('id').primaryKey(),
  jeuneId: text('jeune_id')
    .notNull()
    .references(() => jeunes.id, { onDelete: 'restrict' }),
  creeLe: integer('cree_le').notNull(),
  modifieLe: integer('modifie_le').notNull(),
});

/** A dated contact with the young person. The comment is internal: never exported. */
export const evenements = sqliteTable(
  'evenements',
  {
    ...communs(),
    date: text('date').notNull(),
    type: text('type', { enum: TYPES_EVENEMENT.codes }).notNull(),
    conseillerId: text('conseiller_id').references(() => conseillers.id, { onDelete: 'restrict' }),
    siteId: text('site_id').references(() => sites.id, { onDelete: 'restrict' }),
    commentaire: text('commentaire'),
  },
  () => [
    check('evenements_type', dansListe('type', TYPES_EVENEMENT.codes)),
    check('evenements_date', formeDateIso('date')),
    // `type` and `jeune_id` make these covering for the Region figures (migration 0007): the
    // accompaniment test probes (jeune, date window, type), the year's populations read
    // (date range, type) → jeune; neither has to read the event rows.
    index('evenements_jeune_idx').on(sql`jeune_id`, sql`date`, sql`type`),
    index('evenements_date_idx').on(sql`date`, sql`type`, sql`jeune_id`),
    index('evenements_conseiller_idx').on(sql`conseiller_id`, sql`date`),
  ],
);

/**
 * Each youth's first event, and first accompaniment event (`EVENEMENTS_ACCOMPAGNEMENT`), of each
 * calendar year: derived from `evenements` and kept by its triggers (migration 0008), whatever writes
 * the events (forms, import, seed, purge). The Region's « jeunes en contact » and « jeunes
 * accompagnés » of a year are then one index range instead of a search per youth in the events.
 * No foreign key: a row exists only while its youth has an event of that year, and the event's own
 * key already guards the youth (a second check would slow every event written).
 * A migration that rebuilds `evenements` drops its triggers: it must create them again (the test
 * `tests/integration/activites-annuelles.test.ts` fails otherwise).
 */
export const activitesAnnuelles = sqliteTable(
  'activites_annuelles',
  {
    jeuneId: text('jeune_id').notNull(),
    annee: integer('annee').notNull(),
    premierEvenement: text('premier_evenement').notNull(),
    premierAccompagnement: text('premier_accompagnement'),
  },
  (t) => [
    primaryKey({ columns: [t.jeuneId, t.annee] }),
    // Covering: a year's populations are read from the index alone.
    index('activites_annuelles_annee_idx').on(
      sql`annee`,
      sql`jeune_id`,
      sql`premier_evenement`,
      sql`premier_accompagnement`,
    ),
  ],
);

/**
 * `sous_type` belongs to its category (or is null for categories without sub-types). The explicit
 * IS NOT NULL matters: `NULL IN (…)` is NULL, and a CHECK that evaluates to NULL passes.
 */
function sousTypeValide() {
  const cas = (Object.entries(SOUS_TYPES_PAR_CATEGORIE) as [CategorieSituation, readonly string[]][])
    .map(([categorie, sousTypes]) =>
      sousTypes.length === 0
        ? `WHEN '${categorie}' THEN sous_type IS NULL`
        : `WHEN '${categorie}' THEN sous_type IS NOT NULL AND sous_type IN (${sousTypes.map((s) => `'${s}'`).join(', ')})`,
    )
    .join(' ');
  return sql.raw(`CASE categorie ${cas} ELSE 0 END`);
}

export const situations = sqliteTable(
  'situations',
  {
    ...communs(),
    categorie: text('categorie', { enum: CATEGORIES_SITUATION.codes }).notNull(),
    sousType: text('sous_type'),
    dateDebut: text('date_debut').notNull(),
    dateFinPrevue: text('date_fin_prevue'),
    dateFin: text('date_fin'),
    /** The partner in the directory, when listed. */
    partenaireId: text('partenaire_id').references((): AnySQLiteColumn => partenaires.id, { onDelete: 'restrict' }),
    /** Employer, training organisation or CFA as typed, when not in the directory. */
    partenaire: text('partenaire'),
    /** The orientation whose entry this situation records (one entry per orientation). */
    propositionId: text('proposition_id')
      .unique()
      .references((): AnySQLiteColumn => propositions.id, { onDelete: 'restrict' }),
    intitule: text('intitule'),
    financeur: text('financeur', { enum: FINANCEURS.codes }),
  },
  () => [
    check('situations_categorie', dansListe('categorie', CATEGORIES_SITUATION.codes)),
    check('situations_sous_type', sousTypeValide()),
    check(
      'situations_financeur',
      sql.raw(
        `(categorie = 'FOR' AND financeur IS NOT NULL AND financeur IN (${FINANCEURS.codes.map((c) => `'${c}'`).join(', ')})) OR (categorie <> 'FOR' AND financeur IS NULL)`,
      ),
    ),
    check('situations_date_debut', formeDateIso('date_debut')),
    check(
      'situations_date_fin_prevue',
      sql`${dateOuNull('date_fin_prevue')} AND (date_fin_prevue IS NULL OR date_fin_prevue >= date_debut)`,
    ),
    check('situations_date_fin', sql`${dateOuNull('date_fin')} AND (date_fin IS NULL OR date_fin >= date_debut)`),
    index('situations_jeune_idx').on(sql`jeune_id`, sql`date_debut`),
    // Covering for the year's entries of the Region figures (region_entrees, ENTREES_*): ≈ 20 000
    // entries a year read from the index alone, not the situation rows (migration 0008).
    index('situations_entree_idx').on(
      sql`date_debut`,
      sql`categorie`,
      sql`jeune_id`,
      sql`sous_type`,
      sql`date_fin_prevue`,
      sql`proposition_id`,
      sql`financeur`,
    ),
    index('situations_partenaire_idx').on(sql`partenaire_id`),
  ],
);

export const dispositifs = sqliteTable(
  'dispositifs',
  {
    ...communs(),
    type: text('type', { enum: TYPES_DISPOSITIF.codes }).notNull(),
    dateEntree: text('date_entree').notNull(),
    dateSortie: text('date_sortie'),
  },
  () => [
    check('dispositifs_type', dansListe('type', TYPES_DISPOSITIF.codes)),
    check('dispositifs_date_entree', formeDateIso('date_entree')),
    check(
      'dispositifs_date_sortie',
      sql`${dateOuNull('date_sortie')} AND (date_sortie IS NULL OR date_sortie >= date_entree)`,
    ),
    index('dispositifs_jeune_idx').on(sql`jeune_id`, sql`type`),
    index('dispositifs_entree_idx').on(sql`date_entree`),
  ],
);

export const freins = sqliteTable(
  'freins',
  {
    ...communs(),
    theme: text('theme', { enum: THEMES_FREIN.codes }).notNull(),
    dateIdentification: text('date_identification').notNull(),
    statut: text('statut', { enum: STATUTS_FREIN.codes }).notNull(),
    dateStatut: text('date_statut'),
    /** Actions engaged, as typed (internal). */
    actions: text('actions'),
  },
  () => [
    check('freins_theme', dansListe('theme', THEMES_FREIN.codes)),
    check('freins_statut', dansListe('statut', STATUTS_FREIN.codes)),
    check('freins_date_identification', formeDateIso('date_identification')),
    check(
      'freins_date_statut',
      sql`${dateOuNull('date_statut')} AND (date_statut IS NULL OR date_statut >= date_identification) AND (statut IN ('IDENTIFIE', 'EN_COURS') OR date_statut IS NOT NULL)`,
    ),
    index('freins_jeune_idx').on(sql`jeune_id`),
    // Covering for the Region's barrier counts of a year (theme, lifted by 31/12, youth): migration 0008.
    index('freins_identification_idx').on(
      sql`date_identification`,
      sql`theme`,
      sql`statut`,
      sql`date_statut`,
      sql`jeune_id`,
    ),
  ],
);

export const aides = sqliteTable(
  'aides',
  {
    ...communs(),
    type: text('type', { enum: TYPES_AIDE.codes }).notNull(),
    /** Cents: integer arithmetic keeps sums exact. */
    montantCentimes: integer('montant_centimes').notNull(),
    dateDecision: text('date_decision').notNull(),
  },
  () => [
    check('aides_type', dansListe('type', TYPES_AIDE.codes)),
    check('aides_montant', sql.raw('montant_centimes >= 0')),
    check('aides_date_decision', formeDateIso('date_decision')),
    index('aides_jeune_idx').on(sql`jeune_id`),
    // Covering for the Region's aid counts and amounts of a year, per type: migration 0008.
    index('aides_decision_idx').on(sql`date_decision`, sql`type`, sql`montant_centimes`),
  ],
);
