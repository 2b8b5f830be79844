/** Entries into a situation (the Region's core), and first receptions followed by a solution. */
import {
  FINANCEURS,
  SOUS_TYPES_PAR_CATEGORIE,
  SOUS_TYPES_SITUATION,
  type CategorieSituation,
} from '../../domain/codes';
import { listeSql } from '../regles-sql';
import { dansAnnee, type DimensionComptage, type Indicateur, type IndicateurJeunes } from './definition';
import { SEXE_AGE_NIVEAU, STANDARD } from './dimensions';
import { CATEGORIES_ACCOMPAGNEMENT, CATEGORIES_SOLUTION, SQL_SOLUTION } from './entrees-sql';
import { POPULATION_PREMIERS_ACCUEILS } from './public';

/** Youths with a qualifying entry (from TEMP `region_entrees`), dated at their earliest one of the variant. */
const sqlEntres = (filtre: string, accompagnees: boolean) =>
  `SELECT jeune_id, min(date_debut) AS date_ref FROM region_entrees WHERE ${filtre}${accompagnees ? ' AND accompagnee' : ''} GROUP BY jeune_id`;

/**
 * Youths entering a situation of `categories` (and `filtre`, if any). The `accompagnes` variant only
 * exists for the categories whose accompaniment is judged (`CATEGORIES_ACCOMPAGNEMENT`): checked here.
 */
function jeunesEntres(
  code: string,
  libelle: string,
  categories: readonly CategorieSituation[],
  avecAccompagnes: boolean,
  filtre = '',
): IndicateurJeunes {
  if (avecAccompagnes && !categories.every((c) => CATEGORIES_ACCOMPAGNEMENT.includes(c))) {
    throw new RangeError(`${code} : l'accompagnement n'est jugé que pour ${CATEGORIES_ACCOMPAGNEMENT.join(', ')}.`);
  }
  const condition = `categorie IN ${listeSql(categories)}${filtre ? ` AND ${filtre}` : ''}`;
  return {
    nature: 'jeunes',
    code,
    libelle,
    section: 'entrees',
    populations: avecAccompagnes
      ? { tous: sqlEntres(condition, false), accompagnes: sqlEntres(condition, true) }
      : { tous: sqlEntres(condition, false) },
    dimensions: avecAccompagnes ? STANDARD : SEXE_AGE_NIVEAU,
  };
}

const sousType = (categorie: CategorieSituation): DimensionComptage => ({
  nom: 'sous_type',
  libelle: 'Sous-type',
  colonne: 'sous_type',
  liste: {
    codes: SOUS_TYPES_PAR_CATEGORIE[categorie] as [string, ...string[]],
    libelles: SOUS_TYPES_SITUATION.libelles,
  },
});

function entreesSituations(
  code: string,
  libelle: string,
  categorie: CategorieSituation,
  dimensions: DimensionComptage[],
): Indicateur {
  return {
    nature: 'comptage',
    code,
    libelle,
    section: 'entrees',
    source: `FROM situations WHERE categorie = '${categorie}' AND ${dansAnnee('date_debut')}`,
    agregat: 'count(*)',
    dimensions: [...dimensions, sousType(categorie)],
  };
}

export const INDICATEURS_ENTREES: readonly Indicateur[] = [
  jeunesEntres('JEUNES_ENTRES_FORMATION', 'Jeunes entrés en formation', ['FOR'], true),
  jeunesEntres('JEUNES_ENTRES_ALTERNANCE', 'Jeunes entrés en alternance', ['ALT'], true),
  jeunesEntres('JEUNES_ENTRES_EMPLOI', 'Jeunes entrés en emploi', ['EMP'], true),
  jeunesEntres('JEUNES_ENTRES_EMPLOI_DURABLE', 'Jeunes entrés en emploi durable', ['EMP'], true, 'durable = 1'),
  jeunesEntres(
    'JEUNES_ENTRES_SOLUTION',
    'Jeunes entrés en solution (formation, alternance, emploi)',
    CATEGORIES_SOLUTION,
    true,
  ),
  jeunesEntres('JEUNES_ENTRES_IMMERSION', 'Jeunes entrés en immersion', ['IMM', 'PMSMP'], false),
  jeunesEntres(
    'JEUNES_ENTRES_SERVICE_CIVIQUE',
    'Jeunes entrés en service civique',
    ['VOL'],
    false,
    `sous_type = 'SERVICE_CIVIQUE'`,
  ),
  entreesSituations('ENTREES_FORMATION', 'Entrées en formation', 'FOR', [
    { nom: 'financeur', libelle: 'Financeur', colonne: 'financeur', liste: FINANCEURS },
  ]),
  entreesSituations('ENTREES_ALTERNANCE', 'Entrées en alternance', 'ALT', []),
  entreesSituations('ENTREES_EMPLOI', 'Entrées en emploi', 'EMP', []),
  {
    nature: 'jeunes',
    code: 'PREMIERS_ACCUEILS_SOLUTION_6M',
    libelle: 'Premiers accueils entrés en solution dans les 6 mois',
    section: 'entrees',
    populations: {
      // Within DELAI_SOLUTION_PREMIER_ACCUEIL_MOIS: `fin_delai_solution` of the first reception's day.
      tous: `SELECT pa.jeune_id, pa.date_ref FROM (${POPULATION_PREMIERS_ACCUEILS}) pa
        JOIN region_jours jr ON jr.jour = pa.date_ref
        WHERE EXISTS (SELECT 1 FROM situations s WHERE s.jeune_id = pa.jeune_id AND s.categorie IN ${SQL_SOLUTION}
          AND s.date_debut BETWEEN pa.date_ref AND jr.fin_delai_solution)`,
    },
    dimensions: ['sexe', 'tranche_age', 'niveau', 'qpv'],
  },
];
