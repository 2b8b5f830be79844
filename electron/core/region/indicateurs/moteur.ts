/**
 * The indicator engine: every figure of a year, computed in SQL from dated facts. A pure function of
 * (database, year, parameters): the same data give the same figures, for any past year.
 * Youth counts run as ONE query: the populations of every indicator and variant, stacked, joined
 * once to the youth file and grouped by the six breakdowns; JS only adds up those groups.
 */
import type Database from 'better-sqlite3';
import { CTE_RQTH, FONCTIONS_REGLES, sqlGroupeNiveau } from '../regles-sql';
import { CATALOGUE } from './catalogue';
import type { IndicateurComptage, IndicateurJeunes } from './definition';
import { DIMENSIONS_JEUNE, STANDARD, type DimensionJeune } from './dimensions';
import { CTE_ENTREES } from './entrees-sql';
import {
  parametresSql,
  PARAMETRES_REGION,
  VARIANTES,
  type LigneIndicateur,
  type ParametresRegion,
  type ParametresSql,
  type Variante,
} from './types';

const INDICATEURS_JEUNES = CATALOGUE.filter((i): i is IndicateurJeunes => i.nature === 'jeunes');

/**
 * `WITH entrees, populations(code, variante, jeune_id, date_ref)`: one row per (indicator, variant,
 * youth counted), with the youth's reference date.
 */
export function withPopulations(indicateurs: readonly IndicateurJeunes[] = INDICATEURS_JEUNES): string {
  const bras = indicateurs.flatMap((i) =>
    VARIANTES.filter((v) => i.populations[v] !== undefined).map(
      (v) => `SELECT '${i.code}', '${v}', jeune_id, date_ref FROM (${i.populations[v]!})`,
    ),
  );
  return `WITH ${CTE_ENTREES}, ${CTE_RQTH},
    populations(code, variante, jeune_id, date_ref) AS (${bras.join('\n UNION ALL ')})`;
}

const REQUETE_JEUNES = `${withPopulations()}
  SELECT p.code, p.variante, j.sexe AS sexe,
    ${FONCTIONS_REGLES.trancheAge}(j.date_naissance, p.date_ref) AS tranche_age,
    ${sqlGroupeNiveau('j.niveau_formation')} AS niveau,
    CASE WHEN j.qpv THEN 'oui' ELSE 'non' END AS qpv,
    CASE WHEN j.zrr THEN 'oui' ELSE 'non' END AS zrr,
    CASE WHEN rq.depuis <= p.date_ref THEN 'oui' ELSE 'non' END AS rqth,
    CAST(substr(p.date_ref, 6, 2) AS INTEGER) AS mois,
    count(*) AS n
  FROM populations p JOIN jeunes j ON j.id = p.jeune_id LEFT JOIN rqth rq ON rq.jeune_id = p.jeune_id
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;

type Groupe = Record<DimensionJeune, string> & { code: string; variante: Variante; mois: number; n: number };

/** Youths counted in each month of their reference date (January first): the dashboard's series. */
export type SeriesMensuelles = (code: string, variante: Variante) => number[];

function lignesJeunes(groupes: readonly Groupe[]): LigneIndicateur[] {
  const parIndicateur = new Map<string, Groupe[]>();
  for (const g of groupes) {
    const cle = `${g.code}|${g.variante}`;
    parIndicateur.set(cle, [...(parIndicateur.get(cle) ?? []), g]);
  }
  return INDICATEURS_JEUNES.flatMap((i) =>
    VARIANTES.filter((v) => i.populations[v] !== undefined).flatMap((variante) => {
      const siens = parIndicateur.get(`${i.code}|${variante}`) ?? [];
      const ligne = (dimension: string, modalite: string, valeur: number): LigneIndicateur => ({
        code: i.code,
        variante,
        dimension,
        modalite,
        valeur,
        montant: false,
      });
      const somme = (filtre: (g: Groupe) => boolean) => siens.filter(filtre).reduce((t, g) => t + g.n, 0);
      return [
        ligne(
          'total',
          'total',
          somme(() => true),
        ),
        ...STANDARD.filter((d) => i.dimensions.includes(d)).flatMap((d) =>
          DIMENSIONS_JEUNE[d].liste.codes.map((m) =>
            ligne(
              d,
              m,
              somme((g) => g[d] === m),
            ),
          ),
        ),
      ];
    }),
  );
}

/** Total, then each breakdown: `UNION ALL` of one GROUP BY per dimension over the same records. */
function requeteComptage(i: IndicateurComptage): string {
  return [
    `SELECT 'total' AS dimension, 'total' AS modalite, ${i.agregat} AS valeur ${i.source}`,
    ...i.dimensions.map((d) => `SELECT '${d.nom}', ${d.colonne}, ${i.agregat} ${i.source} GROUP BY ${d.colonne}`),
  ].join('\n UNION ALL ');
}

const REQUETES_COMPTAGE = new Map(
  CATALOGUE.filter((i): i is IndicateurComptage => i.nature === 'comptage').map((i) => [i, requeteComptage(i)]),
);

function lignesComptage(client: Database.Database, p: ParametresSql): LigneIndicateur[] {
  return [...REQUETES_COMPTAGE].flatMap(([i, requete]) => {
    const valeurs = new Map(
      (client.prepare(requete).all(p) as { dimension: string; modalite: string; valeur: number | null }[]).map((r) => [
        `${r.dimension}|${r.modalite}`,
        r.valeur ?? 0,
      ]),
    );
    const ligne = (dimension: string, modalite: string): LigneIndicateur => ({
      code: i.code,
      variante: 'tous',
      dimension,
      modalite,
      valeur: valeurs.get(`${dimension}|${modalite}`) ?? 0,
      montant: i.montant === true,
    });
    // Every modality is written, zeros included (paquet-region.md).
    return [ligne('total', 'total'), ...i.dimensions.flatMap((d) => d.liste.codes.map((m) => ligne(d.nom, m)))];
  });
}

/** Every line of `indicateurs.csv` for year `annee`, in the spec's order, and the monthly series. */
export function calculerAnnee(
  client: Database.Database,
  annee: number,
  parametres: ParametresRegion = PARAMETRES_REGION,
): { lignes: LigneIndicateur[]; mensuel: SeriesMensuelles } {
  const p = parametresSql(annee, parametres);
  // One read transaction: every figure sees the same state of the base.
  return client.transaction(() => {
    const groupes = client.prepare(REQUETE_JEUNES).all(p) as Groupe[];
    const lignes = [...lignesJeunes(groupes), ...lignesComptage(client, p)];
    const mensuel: SeriesMensuelles = (code, variante) => {
      const mois = Array<number>(12).fill(0);
      for (const g of groupes) if (g.code === code && g.variante === variante) mois[g.mois - 1]! += g.n;
      return mois;
    };
    return { lignes: CATALOGUE.flatMap((i) => lignes.filter((l) => l.code === i.code)), mensuel };
  })();
}

export function calculerIndicateurs(
  client: Database.Database,
  annee: number,
  parametres: ParametresRegion = PARAMETRES_REGION,
): LigneIndicateur[] {
  return calculerAnnee(client, annee, parametres).lignes;
}
