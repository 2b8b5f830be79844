/** Screening: youths screened, screened positive, and oriented after a positive screening, per domain. */
import { DOMAINES_REPERAGE, type DomaineReperage } from '../../domain/codes';
import { SQL_ORIENTATION_EFFECTIVE, sqlResultatsPositifs } from '../regles-sql';
import { dansAnnee, type Indicateur, type IndicateurJeunes } from './definition';
import { SEXE_AGE_NIVEAU } from './dimensions';

/**
 * The proposition linked to repérage `r` (of N) is dated within the delay (`fin_delai_orientation` of
 * its day in `region_jours`) and is an *orientation effective*.
 */
const orientee = `EXISTS (SELECT 1 FROM propositions po WHERE po.id = r.proposition_id
  AND po.date BETWEEN r.date AND (SELECT jr.fin_delai_orientation FROM region_jours jr WHERE jr.jour = r.date)
  AND po.etat IN ${SQL_ORIENTATION_EFFECTIVE})`;

function reperes(domaine: DomaineReperage, code: string, libelle: string, filtre: string): IndicateurJeunes {
  return {
    nature: 'jeunes',
    code: `${code}_${domaine}`,
    libelle: `${libelle} — ${DOMAINES_REPERAGE.libelles[domaine].toLowerCase()}`,
    section: 'reperages',
    populations: {
      tous: `SELECT r.jeune_id, min(r.date) AS date_ref FROM reperages r
        WHERE r.domaine = '${domaine}' AND ${dansAnnee('r.date')} ${filtre} GROUP BY r.jeune_id`,
    },
    dimensions: SEXE_AGE_NIVEAU,
  };
}

export const INDICATEURS_REPERAGES: readonly Indicateur[] = DOMAINES_REPERAGE.codes.flatMap((d) => {
  const positif = `AND r.resultat IN ${sqlResultatsPositifs(d)}`;
  return [
    reperes(d, 'JEUNES_REPERES', 'Jeunes repérés', ''),
    reperes(d, 'JEUNES_REPERES_POSITIFS', 'Jeunes repérés positifs', positif),
    reperes(d, 'JEUNES_REPERES_ORIENTES', 'Jeunes orientés après un repérage positif', `${positif} AND ${orientee}`),
  ];
});
