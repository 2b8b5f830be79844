/**
 * The year's key figures with their monthly evolution and the year before (N-1): for the direction's
 * dashboard and the synthesis PDF. Same populations as the package, so the totals agree with it;
 * a youth counts in the month of their reference date (e.g. their first accompaniment of the year).
 */
import type Database from 'better-sqlite3';
import { indicateur } from './indicateurs/catalogue';
import { avecAnnee, rangBras } from './indicateurs/annee-sql';
import type { SeriesMensuelles } from './indicateurs/moteur';
import { PARAMETRES_REGION, type ParametresRegion, type Variante } from './indicateurs/types';

export const CHIFFRES_CLES: readonly { code: string; variante: Variante }[] = [
  { code: 'JEUNES_ACCOMPAGNES', variante: 'tous' },
  { code: 'PREMIERS_ACCUEILS', variante: 'tous' },
  { code: 'JEUNES_ENTRES_SOLUTION', variante: 'tous' },
  { code: 'JEUNES_ENTRES_SOLUTION', variante: 'accompagnes' },
  { code: 'JEUNES_ENTRES_EMPLOI', variante: 'accompagnes' },
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

/** The arms (annee-sql.ts) of the key figures: only their populations are computed. */
const BRAS_CHIFFRES_CLES = CHIFFRES_CLES.map((c) => rangBras(c.code, c.variante));
/** One integer key per (arm, month): `bras × 12 + mois - 1`. */
const REQUETE = `SELECT bras * 12 + CAST(substr(date_ref, 6, 2) AS INTEGER) - 1 AS cle, count(*) AS n
  FROM region_populations GROUP BY cle`;

/** Series of the arms of a year whose TEMP tables are filled (`avecAnnee`). */
function lireSeries(client: Database.Database): SeriesMensuelles {
  const parBras = new Map<number, number[]>();
  for (const [cle, n] of client.prepare(REQUETE).raw().all() as [number, number][]) {
    const bras = Math.floor(cle / 12);
    const serie = parBras.get(bras) ?? Array<number>(12).fill(0);
    serie[cle % 12] = n;
    parBras.set(bras, serie);
  }
  return (code, variante) => [...(parBras.get(rangBras(code, variante)) ?? Array<number>(12).fill(0))];
}

/** The monthly series of the key figures only (lighter than the whole year's figures). */
export function seriesMensuelles(
  client: Database.Database,
  annee: number,
  parametres: ParametresRegion = PARAMETRES_REGION,
): SeriesMensuelles {
  return avecAnnee(client, annee, parametres, BRAS_CHIFFRES_CLES, () => lireSeries(client));
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
