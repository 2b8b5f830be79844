/** Public: youths in contact, accompanied, first receptions, events. */
import { TYPES_EVENEMENT } from '../../domain/codes';
import { dansAnnee, type Indicateur } from './definition';
import { SEXE_AGE_NIVEAU, STANDARD } from './dimensions';

/**
 * Youths with an event in N (`JEUNES_CONTACT`), or an accompaniment event (`JEUNES_ACCOMPAGNES`),
 * dated at their first such event: read from `activites_annuelles`, kept by the triggers of
 * `evenements` (db/schema/suivi.ts), one index range for the year.
 */
const POPULATION_CONTACT = `SELECT jeune_id, premier_evenement AS date_ref FROM activites_annuelles WHERE annee = @annee`;
const POPULATION_ACCOMPAGNES = `SELECT jeune_id, premier_accompagnement AS date_ref FROM activites_annuelles
  WHERE annee = @annee AND premier_accompagnement IS NOT NULL`;
export const POPULATION_PREMIERS_ACCUEILS = `SELECT id AS jeune_id, date_premier_accueil AS date_ref FROM jeunes WHERE ${dansAnnee('date_premier_accueil')}`;

export const INDICATEURS_PUBLIC: readonly Indicateur[] = [
  {
    nature: 'jeunes',
    code: 'JEUNES_CONTACT',
    libelle: 'Jeunes en contact',
    section: 'public',
    populations: { tous: POPULATION_CONTACT },
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
