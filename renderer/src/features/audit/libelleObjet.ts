import { ENTITES_HISTORIQUE, type EntiteHistorique } from '../../../../electron/core/domain/historique';
import i18n from '../../i18n';
import { libelleEntite } from '../jeunes/valeursHistorique';

function estEntite(genre: string): genre is EntiteHistorique {
  return (ENTITES_HISTORIQUE as readonly string[]).includes(genre);
}

/**
 * What an audited action touched, in French. The core writes a kind and an id (`FREIN 0190…`), the
 * health section (`SANTE`), or a grant (`ACCES_SENSIBLE accordé à k.benali`); the id means nothing
 * to a reader (the file's history names each record), so the kind alone is shown.
 */
export function libelleObjet(objet: string | null): string {
  if (objet === null) return '';
  if (objet === 'SANTE') return i18n.t('confidentiel.titre');
  const [genre = '', ...suite] = objet.split(' ');
  if (estEntite(genre)) return libelleEntite(genre);
  if (genre === 'ACCES_SENSIBLE') return i18n.t('audit.consultations.acces', { suite: suite.join(' ') });
  return objet;
}
