/**
 * The indicator engine: every figure of a year, computed in SQL from dated facts. A pure function of
 * (database, year, parameters): the same data give the same figures, for any past year.
 * Youth counts: the populations of every indicator and variant are computed once into a TEMP table
 * (annee-sql.ts), joined once to the youth file and grouped on ONE integer key that packs the arm,
 * the six breakdowns and the month (mixed radix: each digit is the rank of the modality in its
 * list); JS unpacks the key and adds up those groups.
 */
import type Database from 'better-sqlite3';
import { CTE_RQTH, sqlRangGroupeNiveau, sqlRangTrancheAge, texteSql } from '../regles-sql';
import { avecAnnee, BRAS } from './annee-sql';
import { CATALOGUE } from './catalogue';
import type { IndicateurComptage } from './definition';
import { DIMENSIONS_JEUNE, STANDARD } from './dimensions';
import {
  PARAMETRES_REGION,
  type LigneIndicateur,
  type ParametresRegion,
  type ParametresSql,
  type Variante,
} from './types';

/** `CASE expr WHEN 'code' THEN rang …`: the rank of a modality in its list. */
const rang = (expression: string, codes: readonly string[]) =>
  `CASE ${expression} ${codes.map((c, k) => `WHEN '${c}' THEN ${k}`).join(' ')} END`;
const rangOuiNon = (condition: string) => `CASE WHEN ${condition} THEN 0 ELSE 1 END`;

/** The rank of each breakdown's modality, on `p` (population row), `j` (youth) and `rq` (RQTH). */
const RANGS_SQL: Record<(typeof STANDARD)[number], string> = {
  sexe: rang('j.sexe', DIMENSIONS_JEUNE.sexe.liste.codes),
  tranche_age: sqlRangTrancheAge('j.date_naissance', 'p.date_ref'),
  niveau: sqlRangGroupeNiveau('j.niveau_formation'),
  qpv: rangOuiNon('j.qpv'),
  zrr: rangOuiNon('j.zrr'),
  rqth: rangOuiNon('rq.depuis <= p.date_ref'),
};
const MOIS = 12;
const BASES = STANDARD.map((d) => DIMENSIONS_JEUNE[d].liste.codes.length);

/** `((bras × b1 + r1) × b2 + r2) … × 12 + mois - 1`. */
const CLE_SQL = `(${STANDARD.reduce(
  (cle, d, k) => `(${cle}) * ${BASES[k]} + ${RANGS_SQL[d]}`,
  'p.bras',
)}) * ${MOIS} + CAST(substr(p.date_ref, 6, 2) AS INTEGER) - 1`;

const REQUETE_JEUNES = `WITH ${CTE_RQTH}
  SELECT ${CLE_SQL} AS cle, count(*) AS n
  FROM region_populations p JOIN jeunes j ON j.id = p.jeune_id LEFT JOIN rqth rq ON rq.jeune_id = p.jeune_id
  GROUP BY cle`;

/** Per arm: its total, its count per modality of each breakdown (in STANDARD order), per month. */
interface Cumul {
  total: number;
  modalites: number[][];
  mois: number[];
}

/** Youths counted in each month of their reference date (January first): the dashboard's series. */
export type SeriesMensuelles = (code: string, variante: Variante) => number[];

/** Groups the year's populations (TEMP `region_populations`) into one `Cumul` per arm of `BRAS`. */
function cumulerPopulations(client: Database.Database): Cumul[] {
  const cumuls: Cumul[] = BRAS.map(() => ({
    total: 0,
    modalites: BASES.map((b) => Array<number>(b).fill(0)),
    mois: Array<number>(MOIS).fill(0),
  }));
  for (const [cle, n] of client.prepare(REQUETE_JEUNES).raw().all() as [number, number][]) {
    let reste = Math.floor(cle / MOIS);
    const rangs = Array<number>(BASES.length);
    for (let k = BASES.length - 1; k >= 0; k -= 1) {
      rangs[k] = reste % BASES[k]!;
      reste = Math.floor(reste / BASES[k]!);
    }
    const c = cumuls[reste]!;
    c.total += n;
    c.mois[cle % MOIS]! += n;
    rangs.forEach((r, k) => (c.modalites[k]![r]! += n));
  }
  return cumuls;
}

function seriesDe(cumuls: readonly Cumul[]): SeriesMensuelles {
  return (code, variante) => {
    const k = BRAS.findIndex((b) => b.indicateur.code === code && b.variante === variante);
    return k < 0 ? Array<number>(MOIS).fill(0) : [...cumuls[k]!.mois];
  };
}

function lignesJeunes(cumuls: readonly Cumul[]): LigneIndicateur[] {
  return BRAS.flatMap(({ indicateur: i, variante }, k) => {
    const c = cumuls[k]!;
    const ligne = (dimension: string, modalite: string, valeur: number): LigneIndicateur => ({
      code: i.code,
      variante,
      dimension,
      modalite,
      valeur,
      montant: false,
    });
    return [
      ligne('total', 'total', c.total),
      ...STANDARD.flatMap((d, r) =>
        i.dimensions.includes(d)
          ? DIMENSIONS_JEUNE[d].liste.codes.map((m, rm) => ligne(d, m, c.modalites[r]![rm]!))
          : [],
      ),
    ];
  });
}

/**
 * One pass over the counted records: the total, then the aggregate FILTERed on each modality of each
 * breakdown, as columns (no GROUP BY, so no sort of the year's rows; a youth may fall under several
 * modalities of `count(DISTINCT …)`, each column counts it once). A value outside the code list
 * counts in the total only, like a modality the spec does not name.
 */
function requeteComptage(i: IndicateurComptage): string {
  const filtres = i.dimensions.flatMap((d) =>
    d.liste.codes.map((m) => `${i.agregat} FILTER (WHERE ${d.colonne} = ${texteSql(m)})`),
  );
  return `SELECT ${[i.agregat, ...filtres].join(', ')} ${i.source}`;
}

const REQUETES_COMPTAGE = new Map(
  CATALOGUE.filter((i): i is IndicateurComptage => i.nature === 'comptage').map((i) => [i, requeteComptage(i)]),
);

function lignesComptage(client: Database.Database, p: ParametresSql): LigneIndicateur[] {
  return [...REQUETES_COMPTAGE].flatMap(([i, requete]) => {
    // The columns of `requeteComptage`, in order; an empty `sum` is NULL.
    const valeurs = (client.prepare(requete).raw().get(p) as (number | null)[]).map((v) => v ?? 0);
    let colonne = 0;
    const ligne = (dimension: string, modalite: string): LigneIndicateur => ({
      code: i.code,
      variante: 'tous',
      dimension,
      modalite,
      valeur: valeurs[colonne++]!,
      montant: i.montant === true,
    });
    // Every modality is written, zeros included (paquet-region.md).
    return [ligne('total', 'total'), ...i.dimensions.flatMap((d) => d.liste.codes.map((m) => ligne(d.nom, m)))];
  });
}

/** Every line of `indicateurs.csv` for a year whose TEMP tables are filled (`avecAnnee`), in order. */
export function lignesAnnee(
  client: Database.Database,
  p: ParametresSql,
): { lignes: LigneIndicateur[]; mensuel: SeriesMensuelles } {
  const cumuls = cumulerPopulations(client);
  const lignes = [...lignesJeunes(cumuls), ...lignesComptage(client, p)];
  const parCode = new Map<string, LigneIndicateur[]>();
  for (const l of lignes) {
    const siennes = parCode.get(l.code);
    if (siennes) siennes.push(l);
    else parCode.set(l.code, [l]);
  }
  return { lignes: CATALOGUE.flatMap((i) => parCode.get(i.code) ?? []), mensuel: seriesDe(cumuls) };
}

export const TOUS_LES_BRAS: readonly number[] = BRAS.map((_, k) => k);

/** Every line of `indicateurs.csv` for year `annee`, in the spec's order, and the monthly series. */
export function calculerAnnee(
  client: Database.Database,
  annee: number,
  parametres: ParametresRegion = PARAMETRES_REGION,
): { lignes: LigneIndicateur[]; mensuel: SeriesMensuelles } {
  // One read transaction: every figure sees the same state of the base.
  return avecAnnee(client, annee, parametres, TOUS_LES_BRAS, (p) => lignesAnnee(client, p));
}

export function calculerIndicateurs(
  client: Database.Database,
  annee: number,
  parametres: ParametresRegion = PARAMETRES_REGION,
): LigneIndicateur[] {
  return calculerAnnee(client, annee, parametres).lignes;
}
