/**
 * Data-quality check before the package (paquet-region.md): what would make the year's figures
 * wrong. The manifest carries only the counts; the list of files to fix names youths and stays local.
 */
import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { SOUS_TYPES_DURABLES } from '../domain/situation';
import { dansAnnee } from './indicateurs/definition';
import { avecAnnee, rangBras } from './indicateurs/annee-sql';
import { SQL_SOLUTION } from './indicateurs/entrees-sql';
import { PARAMETRES_REGION, type ParametresRegion, type ParametresSql } from './indicateurs/types';
import { listeSql, sqlEstPositif } from './regles-sql';

export const CONTROLES_QUALITE = {
  jeunes_accompagnes_sans_niveau: 'Jeunes accompagnés sans niveau de formation',
  situations_emp_sans_fin_prevue: 'Emplois (hors CDI, fonction publique, création) sans fin prévue',
  reperages_positifs_sans_suite: 'Repérages positifs sans orientation liée',
  situations_sans_accompagnement: 'Entrées en formation, alternance ou emploi non accompagnées',
} as const;
export type ControleQualite = keyof typeof CONTROLES_QUALITE;

/** One thing to fix, in one youth file: what, and the date of the fact concerned. */
export interface DossierACorriger {
  controle: ControleQualite;
  jeuneId: string;
  date: string;
}

export interface Qualite {
  comptes: Record<ControleQualite, number>;
  /** Local only (names youths by id): never in the package. */
  dossiers: DossierACorriger[];
}

const ACCOMPAGNES = rangBras('JEUNES_ACCOMPAGNES', 'tous');
const REQUETE = `SELECT 'jeunes_accompagnes_sans_niveau' AS controle, a.jeune_id AS jeuneId, a.date_ref AS date
    FROM region_populations a JOIN jeunes j ON j.id = a.jeune_id
    WHERE a.bras = ${ACCOMPAGNES} AND j.niveau_formation IS NULL
  UNION ALL SELECT 'situations_emp_sans_fin_prevue', jeune_id, date_debut FROM region_entrees
    WHERE categorie = 'EMP' AND sous_type NOT IN ${listeSql(SOUS_TYPES_DURABLES)} AND date_fin_prevue IS NULL
  UNION ALL SELECT 'reperages_positifs_sans_suite', r.jeune_id, r.date FROM reperages r
    WHERE ${dansAnnee('r.date')} AND r.proposition_id IS NULL AND ${sqlEstPositif('r')}
  UNION ALL SELECT 'situations_sans_accompagnement', jeune_id, date_debut FROM region_entrees
    WHERE categorie IN ${SQL_SOLUTION} AND NOT accompagnee
  ORDER BY 1, 3, 2`;

/** The check of a year whose TEMP tables are filled (`avecAnnee`) with the accompanied youths. */
export function lireQualite(client: Database.Database, p: ParametresSql): Qualite {
  const dossiers = client.prepare(REQUETE).all(p) as DossierACorriger[];
  const comptes = Object.fromEntries(Object.keys(CONTROLES_QUALITE).map((c) => [c, 0])) as Qualite['comptes'];
  for (const d of dossiers) comptes[d.controle] += 1;
  return { comptes, dossiers };
}

export function controlerQualite(
  client: Database.Database,
  annee: number,
  parametres: ParametresRegion = PARAMETRES_REGION,
): Qualite {
  return avecAnnee(client, annee, parametres, [ACCOMPAGNES], (p) => lireQualite(client, p));
}

/** The director's list as a CSV (same conventions as `indicateurs.csv`), to keep locally. */
export function listeQualiteCsv(qualite: Qualite): Uint8Array {
  const texte = stringify(
    qualite.dossiers.map((d) => [d.controle, CONTROLES_QUALITE[d.controle], d.jeuneId, d.date]),
    {
      delimiter: ';',
      record_delimiter: '\r\n',
      header: true,
      columns: ['controle', 'libelle', 'jeune_id', 'date'],
      bom: true,
    },
  );
  return new TextEncoder().encode(texte);
}
