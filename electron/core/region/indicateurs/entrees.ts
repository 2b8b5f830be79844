/** Entries into a situation (the Region's core), and first receptions followed by a solution. */
import {
  FINANCEURS,
  SOUS_TYPES_PAR_CATEGORIE,
  SOUS_TYPES_SITUATION,
  type CategorieSituation,
} from '../../domain/codes';
import { FONCTIONS_REGLES } from '../regles-sql';
import { dansAnnee, type DimensionComptage, type Indicateur, type IndicateurJeunes } from './definition';
import { SEXE_AGE_NIVEAU, STANDARD } from './dimensions';
import { SQL_SOLUTION } from './entrees-sql';
import { POPULATION_PREMIERS_ACCUEILS } from './public';

/** A first reception is followed by a solution when one starts within this many months. */
export const DELAI_SOLUTION_PREMIER_ACCUEIL_MOIS = 6;

/** Youths with a qualifying entry (from CTE `entrees`), dated at their earliest one of the variant. */
const sqlEntres = (filtre: string, accompagnees: boolean) =>
  `SELECT jeune_id, min(date_debut) AS date_ref FROM entrees WHERE ${filtre}${accompagnees ? ' AND accompagnee' : ''} GROUP BY jeune_id`;

function jeunesEntres(code: string, libelle: string, filtre: string, avecAccompagnes: boolean): IndicateurJeunes {
  return {
    nature: 'jeunes',
    code,
    libelle,
    section: 'entrees',
    populations: avecAccompagnes
      ? { tous: sqlEntres(filtre, false), accompagnes: sqlEntres(filtre, true) }
      : { tous: sqlEntres(filtre, false) },
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
  jeunesEntres('JEUNES_ENTRES_FORMATION', 'Jeunes entrés en formation', `categorie = 'FOR'`, true),
  jeunesEntres('JEUNES_ENTRES_ALTERNANCE', 'Jeunes entrés en alternance', `categorie = 'ALT'`, true),
  jeunesEntres('JEUNES_ENTRES_EMPLOI', 'Jeunes entrés en emploi', `categorie = 'EMP'`, true),
  jeunesEntres(
    'JEUNES_ENTRES_EMPLOI_DURABLE',
    'Jeunes entrés en emploi durable',
    `categorie = 'EMP' AND durable = 1`,
    true,
  ),
  jeunesEntres(
    'JEUNES_ENTRES_SOLUTION',
    'Jeunes entrés en solution (formation, alternance, emploi)',
    `categorie IN ${SQL_SOLUTION}`,
    true,
  ),
  jeunesEntres('JEUNES_ENTRES_IMMERSION', 'Jeunes entrés en immersion', `categorie IN ('IMM', 'PMSMP')`, false),
  jeunesEntres(
    'JEUNES_ENTRES_SERVICE_CIVIQUE',
    'Jeunes entrés en service civique',
    `categorie = 'VOL' AND sous_type = 'SERVICE_CIVIQUE'`,
    false,
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
      tous: `SELECT pa.jeune_id, pa.date_ref FROM (${POPULATION_PREMIERS_ACCUEILS}) pa
        WHERE EXISTS (SELECT 1 FROM situations s WHERE s.jeune_id = pa.jeune_id AND s.categorie IN ${SQL_SOLUTION}
          AND s.date_debut BETWEEN pa.date_ref
            AND ${FONCTIONS_REGLES.ajouterMois}(pa.date_ref, ${DELAI_SOLUTION_PREMIER_ACCUEIL_MOIS}))`,
    },
    dimensions: ['sexe', 'tranche_age', 'niveau', 'qpv'],
  },
];
