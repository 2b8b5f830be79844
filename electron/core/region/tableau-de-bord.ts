/**
 * The year's key figures with their monthly evolution and the year before (N-1): for the direction's
 * dashboard and the synthesis PDF. Same populations as the package, so the totals agree with it;
 * a youth counts in the month of their reference date (e.g. their first accompaniment of the year).
 */
import type Database from 'better-sqlite3';
import { indicateur } from './indicateurs/catalogue';
import type { IndicateurJeunes } from './indicateurs/definition';
import { withPopulations, type SeriesMensuelles } from './indicateurs/moteur';
import { parametresSql, PARAMETRES_REGION, type ParametresRegion, type Variante } from './indicateurs/types';

export const CHIFFRES_CLES: readonly { code: string; variante: Variante }[] = [
  { code: 'JEUNES_ACCOMPAGNES', variante: 'tous' },
  { code: 'PREMIERS_ACCUEILS', variante: 'tous' },
  { code: 'JEUNES_ENTRES_SOLUTION', variante: 'tous' },
  { code: 'JEUNES_ENTRES_SOLUTION', variante: 'accompagnes' },
  { code: 'JEUNES_ENTRES_EMPLOI_DURABLE', variante: 'accompagnes' },
  { code: 'JEUNES_ENTRES_FORMATION', variante: 'accompagnes' },
  { code: 'JEUNES_ENTRES_ALTERNANCE', variante: 'accompagnes' },
];

export interface ChiffreCle {
  code: string;
  variante: Variante;
  libelle: string;
  valeur: number;
  precedente: number;
  /** 12 months, January first. */
  mensuel: number[];
  mensuelPrecedent: number[];
}

export interface TableauDeBord {
  annee: number;
  chiffres: ChiffreCle[];
}

const INDICATEURS = [...new Set(CHIFFRES_CLES.map((c) => c.code))].map((c) => indicateur(c) as IndicateurJeunes);
const REQUETE = `${withPopulations(INDICATEURS)}
  SELECT code, variante, CAST(substr(date_ref, 6, 2) AS INTEGER) AS mois, count(*) AS n
  FROM populations GROUP BY 1, 2, 3`;

/** The monthly series of the key figures only (lighter than the whole year's figures). */
export function seriesMensuelles(
  client: Database.Database,
  annee: number,
  parametres: ParametresRegion = PARAMETRES_REGION,
): SeriesMensuelles {
  const lignes = client.prepare(REQUETE).all(parametresSql(annee, parametres)) as {
    code: string;
    variante: Variante;
    mois: number;
    n: number;
  }[];
  return (code, variante) => {
    const mois = Array<number>(12).fill(0);
    for (const l of lignes) if (l.code === code && l.variante === variante) mois[l.mois - 1] = l.n;
    return mois;
  };
}

const somme = (m: number[]) => m.reduce((a, b) => a + b, 0);

export function assemblerTableau(annee: number, courant: SeriesMensuelles, precedent: SeriesMensuelles): TableauDeBord {
  return {
    annee,
    chiffres: CHIFFRES_CLES.map(({ code, variante }) => {
      const mensuel = courant(code, variante);
      const mensuelPrecedent = precedent(code, variante);
      const libelle = indicateur(code).libelle + (variante === 'accompagnes' ? ' (accompagnés)' : '');
      return {
        code,
        variante,
        libelle,
        valeur: somme(mensuel),
        precedente: somme(mensuelPrecedent),
        mensuel,
        mensuelPrecedent,
      };
    }),
  };
}

export function tableauDeBord(
  client: Database.Database,
  annee: number,
  parametres: ParametresRegion = PARAMETRES_REGION,
): TableauDeBord {
  return client.transaction(() =>
    assemblerTableau(
      annee,
      seriesMensuelles(client, annee, parametres),
      seriesMensuelles(client, annee - 1, parametres),
    ),
  )();
}
