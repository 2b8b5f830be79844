import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { NIVEAUX_FORMATION, SEXES, STATUTS_DOSSIER } from '../../electron/core/domain/codes';
import { ACTIONS_HISTORIQUE, ENTITES_HISTORIQUE } from '../../electron/core/domain/historique';
import { conseillers, sites } from './structure';
import { booleen, dansListe, formeDateIso } from './sql-codes';

/** The youth file (dossier jeune). Dates are ISO `AAAA-MM-JJ` texts, instants integer ms. */
export const jeunes = sqliteTable(
  'jeunes',
  {
    id: text('id').primaryKey(),
    nom: text('nom').notNull(),
    nomUsage: text('nom_usage'),
    prenom: text('prenom').notNull(),
    sexe: text('sexe', { enum: SEXES.codes }).notNull(),
    dateNaissance: text('date_naissance').notNull(),
    datePremierAccueil: text('date_premier_accueil').notNull(),
    niveauFormation: text('niveau_formation', { enum: NIVEAUX_FORMATION.codes }),
    qpv: integer('qpv', { mode: 'boolean' }).notNull().default(false),
    zrr: integer('zrr', { mode: 'boolean' }).notNull().default(false),
    telephone: text('telephone'),
    email: text('email'),
    adresse: text('adresse'),
    codePostal: text('code_postal'),
    commune: text('commune'),
    siteId: text('site_id').references(() => sites.id, { onDelete: 'restrict' }),
    referentId: text('referent_id').references(() => conseillers.id, { onDelete: 'restrict' }),
    statut: text('statut', { enum: STATUTS_DOSSIER.codes }).notNull().default('ACTIF'),
    dateInformationRgpd: text('date_information_rgpd'),
    /** Sort key: normalised birth name then first name, so « Élodie » sorts with the E. */
    nomTri: text('nom_tri').notNull(),
    creeLe: integer('cree_le').notNull(),
    modifieLe: integer('modifie_le').notNull(),
  },
  () => [
    check('jeunes_sexe', dansListe('sexe', SEXES.codes)),
    check('jeunes_niveau', sql`niveau_formation IS NULL OR ${dansListe('niveau_formation', NIVEAUX_FORMATION.codes)}`),
    check('jeunes_statut', dansListe('statut', STATUTS_DOSSIER.codes)),
    check('jeunes_date_naissance', formeDateIso('date_naissance')),
    check('jeunes_date_premier_accueil', formeDateIso('date_premier_accueil')),
    check('jeunes_naissance_avant_accueil', sql.raw('date_naissance <= date_premier_accueil')),
    check(
      'jeunes_date_information_rgpd',
      sql`date_information_rgpd IS NULL OR ${formeDateIso('date_information_rgpd')}`,
    ),
    check('jeunes_qpv', booleen('qpv')),
    check('jeunes_zrr', booleen('zrr')),
    check(
      'jeunes_telephone',
      sql.raw("telephone IS NULL OR telephone GLOB '0[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'"),
    ),
    index('jeunes_date_naissance_idx').on(sql`date_naissance`),
    index('jeunes_telephone_idx').on(sql`telephone`),
    // The list filtered by site and status, sorted by birth date, read in index order (migration
    // 0007); its prefix serves the site foreign key too.
    index('jeunes_site_statut_naissance_idx').on(sql`site_id`, sql`statut`, sql`date_naissance`, sql`nom_tri`),
    index('jeunes_referent_idx').on(sql`referent_id`),
    // With `id`, the default sort's tie-breaker: a page's ids are found on this index alone.
    index('jeunes_nom_tri_idx').on(sql`nom_tri`, sql`id`),
    // The year's first receptions (Region figures), with the youth's id: read from the index alone.
    index('jeunes_premier_accueil_idx').on(sql`date_premier_accueil`, sql`id`),
    // Covering for the Region's breakdowns (sex, age at a date, level, QPV, ZRR) of each youth
    // counted: ≈ 130 000 lookups a year read the index alone, not the file (migration 0008).
    index('jeunes_region_idx').on(sql`id`, sql`sexe`, sql`date_naissance`, sql`niveau_formation`, sql`qpv`, sql`zrr`),
  ],
);

/** Every change to a youth file or its records: who, when, which field, old → new. Append-only. */
export const historiqueJeunes = sqliteTable(
  'historique_jeunes',
  {
    id: text('id').primaryKey(),
    jeuneId: text('jeune_id')
      .notNull()
      .references(() => jeunes.id, { onDelete: 'restrict' }),
    horodatage: integer('horodatage').notNull(),
    auteurId: text('auteur_id').references(() => conseillers.id, { onDelete: 'restrict' }),
    /** The file itself (JEUNE) or one of its follow-up records. */
    entite: text('entite', { enum: ENTITES_HISTORIQUE }).notNull().default('JEUNE'),
    entiteId: text('entite_id').notNull(),
    action: text('action', { enum: ACTIONS_HISTORIQUE }).notNull(),
    champ: text('champ'),
    ancienneValeur: text('ancienne_valeur'),
    nouvelleValeur: text('nouvelle_valeur'),
  },
  () => [
    check('historique_action', dansListe('action', ACTIONS_HISTORIQUE)),
    check('historique_entite', dansListe('entite', ENTITES_HISTORIQUE)),
    index('historique_jeune_idx').on(sql`jeune_id`, sql`horodatage`),
  ],
);

/**
 * Search index of names: each normalised word of a file's names (accents, case, punctuation
 * removed). Names repeat a lot, so the typo-tolerant match runs on the few distinct words
 * (`mots_recherche`) instead of every file, then joins back to the files.
 */
export const jeunesMots = sqliteTable(
  'jeunes_mots',
  {
    mot: text('mot').notNull(),
    jeuneId: text('jeune_id')
      .notNull()
      .references(() => jeunes.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.mot, t.jeuneId] }), index('jeunes_mots_jeune_idx').on(t.jeuneId)],
);

/** Distinct words of `jeunes_mots` (a word no longer used matches nothing: it is harmless). */
export const motsRecherche = sqliteTable('mots_recherche', { mot: text('mot').primaryKey() });
