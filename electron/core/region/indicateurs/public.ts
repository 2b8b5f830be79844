/** Public: youths in contact, accompanied, first receptions, events. */
import { TYPES_EVENEMENT } from '../../domain/codes';
import { SQL_EVENEMENTS_ACCOMPAGNEMENT } from '../regles-sql';
import { dansAnnee, type Indicateur } from './definition';
import { SEXE_AGE_NIVEAU, STANDARD } from './dimensions';

/**
 * Youths with an event in N (of the given types), dated at their first such event: one seek per
 * youth in `evenements_jeune_idx (jeune_id, date, type)` rather than grouping the year's events.
 */
export const sqlPremierEvenement = (filtre = '') =>
  `SELECT jeune_id, date_ref FROM (SELECT j.id AS jeune_id,
      (SELECT min(e.date) FROM evenements e WHERE e.jeune_id = j.id AND ${dansAnnee('e.date')} ${filtre}) AS date_ref
    FROM jeunes j) WHERE date_ref IS NOT NULL`;

export const POPULATION_ACCOMPAGNES = sqlPremierEvenement(`AND e.type IN ${SQL_EVENEMENTS_ACCOMPAGNEMENT}`);
export const POPULATION_PREMIERS_ACCUEILS = `SELECT id AS jeune_id, date_premier_accueil AS date_ref FROM jeunes WHERE ${dansAnnee('date_premier_accueil')}`;

export const INDICATEURS_PUBLIC: readonly Indicateur[] = [
  {
    nature: 'jeunes',
    code: 'JEUNES_CONTACT',
    libelle: 'Jeunes en contact',
    section: 'public',
    populations: { tous: sqlPremierEvenement() },
    dimensions: SEXE_AGE_NIVEAU,
  },
  {
    nature: 'jeunes',
    code: 'JEUNES_ACCOMPAGNES',
    libelle: 'Jeunes accompagnés',
    section: 'public',
    populations: { tous: POPULATION_ACCOMPAGNES },
    dimensions: STANDARD,
  },
  {
    nature: 'jeunes',
    code: 'PREMIERS_ACCUEILS',
    libelle: 'Premiers accueils',
    section: 'public',
    populations: { tous: POPULATION_PREMIERS_ACCUEILS },
    dimensions: STANDARD,
  },
  {
    nature: 'comptage',
    code: 'EVENEMENTS',
    libelle: 'Événements (contacts)',
    section: 'public',
    source: `FROM evenements WHERE ${dansAnnee('date')}`,
    agregat: 'count(*)',
    dimensions: [{ nom: 'type', libelle: "Type d'événement", colonne: 'type', liste: TYPES_EVENEMENT }],
  },
];
