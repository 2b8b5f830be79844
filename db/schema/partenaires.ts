import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  ETATS_PROPOSITION,
  FINANCEURS,
  TYPES_OFFRE,
  TYPES_PARTENAIRE,
  TYPES_PROPOSITION,
} from '../../electron/core/domain/codes';
import { jeunes } from './jeunes';
import { dansListe, dateOuNull, formeDateIso } from './sql-codes';
import { conseillers } from './structure';

/** The office's shared directory of training organisations, CFAs, companies and other partners. */
export const partenaires = sqliteTable(
  'partenaires',
  {
    id: text('id').primaryKey(),
    type: text('type', { enum: TYPES_PARTENAIRE.codes }).notNull(),
    raisonSociale: text('raison_sociale').notNull(),
    siret: text('siret'),
    adresse: text('adresse'),
    codePostal: text('code_postal'),
    commune: text('commune'),
    telephone: text('telephone'),
    email: text('email'),
    notes: text('notes'),
    /** Normalised name: accent-insensitive search and sort. */
    nomRecherche: text('nom_recherche').notNull(),
    creeLe: integer('cree_le').notNull(),
    modifieLe: integer('modifie_le').notNull(),
  },
  () => [
    check('partenaires_type', dansListe('type', TYPES_PARTENAIRE.codes)),
    check(
      'partenaires_siret',
      sql.raw("siret IS NULL OR siret GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'"),
    ),
    uniqueIndex('partenaires_siret_unique')
      .on(sql`siret`)
      .where(sql`siret IS NOT NULL`),
    index('partenaires_nom_idx').on(sql`nom_recherche`),
  ],
);

/** People to call at a partner; replaced with the partner's record. */
export const contactsPartenaires = sqliteTable(
  'contacts_partenaires',
  {
    id: text('id').primaryKey(),
    partenaireId: text('partenaire_id')
      .notNull()
      .references(() => partenaires.id, { onDelete: 'cascade' }),
    ordre: integer('ordre').notNull(),
    nom: text('nom').notNull(),
    fonction: text('fonction'),
    telephone: text('telephone'),
    email: text('email'),
  },
  () => [index('contacts_partenaire_idx').on(sql`partenaire_id`)],
);

/** A training organisation's session (e.g. of the Region's training plan). */
export const sessionsFormation = sqliteTable(
  'sessions_formation',
  {
    id: text('id').primaryKey(),
    partenaireId: text('partenaire_id')
      .notNull()
      .references(() => partenaires.id, { onDelete: 'restrict' }),
    intitule: text('intitule').notNull(),
    dateDebut: text('date_debut').notNull(),
    dateFin: text('date_fin'),
    places: integer('places'),
    financeur: text('financeur', { enum: FINANCEURS.codes }),
    eligibilite: text('eligibilite'),
  },
  () => [
    check('sessions_financeur', sql`financeur IS NULL OR ${dansListe('financeur', FINANCEURS.codes)}`),
    check(
      'sessions_dates',
      sql`${formeDateIso('date_debut')} AND ${dateOuNull('date_fin')} AND (date_fin IS NULL OR date_fin >= date_debut)`,
    ),
    check('sessions_places', sql.raw('places IS NULL OR places > 0')),
    index('sessions_partenaire_idx').on(sql`partenaire_id`),
  ],
);

/** A company's offer: job, alternance, PMSMP or service civique. */
export const offres = sqliteTable(
  'offres',
  {
    id: text('id').primaryKey(),
    partenaireId: text('partenaire_id')
      .notNull()
      .references(() => partenaires.id, { onDelete: 'restrict' }),
    type: text('type', { enum: TYPES_OFFRE.codes }).notNull(),
    intitule: text('intitule').notNull(),
    dateDebut: text('date_debut'),
    dateFin: text('date_fin'),
    codeRome: text('code_rome'),
  },
  () => [
    check('offres_type', dansListe('type', TYPES_OFFRE.codes)),
    check(
      'offres_dates',
      sql`${dateOuNull('date_debut')} AND ${dateOuNull('date_fin')} AND (date_fin IS NULL OR date_debut IS NULL OR date_fin >= date_debut)`,
    ),
    index('offres_partenaire_idx').on(sql`partenaire_id`),
  ],
);

/** An orientation (prescription, *mise en relation*) of a youth, followed to its outcome. */
export const propositions = sqliteTable(
  'propositions',
  {
    id: text('id').primaryKey(),
    jeuneId: text('jeune_id')
      .notNull()
      .references(() => jeunes.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    type: text('type', { enum: TYPES_PROPOSITION.codes }).notNull(),
    etat: text('etat', { enum: ETATS_PROPOSITION.codes }).notNull(),
    dateEtat: text('date_etat').notNull(),
    partenaireId: text('partenaire_id').references(() => partenaires.id, { onDelete: 'restrict' }),
    sessionId: text('session_id').references(() => sessionsFormation.id, { onDelete: 'restrict' }),
    offreId: text('offre_id').references(() => offres.id, { onDelete: 'restrict' }),
    intitule: text('intitule'),
    motif: text('motif'),
    conseillerId: text('conseiller_id').references(() => conseillers.id, { onDelete: 'restrict' }),
    creeLe: integer('cree_le').notNull(),
    modifieLe: integer('modifie_le').notNull(),
  },
  () => [
    check('propositions_type', dansListe('type', TYPES_PROPOSITION.codes)),
    check('propositions_etat', dansListe('etat', ETATS_PROPOSITION.codes)),
    check('propositions_dates', sql`${formeDateIso('date')} AND ${formeDateIso('date_etat')} AND date_etat >= date`),
    index('propositions_jeune_idx').on(sql`jeune_id`, sql`date`),
    index('propositions_partenaire_idx').on(sql`partenaire_id`),
    // Covering for the Region's counts of the year's propositions per type and state: migration 0008.
    index('propositions_date_idx').on(sql`date`, sql`type`, sql`etat`),
    index('propositions_attente_idx').on(sql`etat`, sql`date_etat`),
  ],
);
