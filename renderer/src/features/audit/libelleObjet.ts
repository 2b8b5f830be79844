import { ENTITES_HISTORIQUE, type EntiteHistorique } from '../../../../electron/core/domain/historique';
import i18n from '../../i18n';
import { frComptes } from '../../i18n/fr-comptes';
import { libelleEntite } from '../jeunes/valeursHistorique';

function estEntite(genre: string): genre is EntiteHistorique {
  return (ENTITES_HISTORIQUE as readonly string[]).includes(genre);
}

type CodeObjet = keyof typeof frComptes.audit.objets;

/**
 * The codes the core writes as the first word of an audited action's object (other than the kinds of
 * record, `ENTITES_HISTORIQUE`): the keys of their labels, `audit.objets`. What follows the code (a
 * year, a login, a file name) is shown after it. `tests/unit/renderer/audit-objets.test.ts` checks
 * that every code written by the core has a label.
 */
export const CODES_OBJET = Object.keys(frComptes.audit.objets) as readonly CodeObjet[];

const estCode = (genre: string): genre is CodeObjet => (CODES_OBJET as readonly string[]).includes(genre);

/**
 * What an audited action touched, in French. The core writes a kind and an id (`FREIN 0190…`), a
 * code alone (`SANTE`, `REPERAGES`), or a code and what it names (`PAQUET_REGION 2025`,
 * `ACCES_SENSIBLE accordé à k.benali`); a record's id means nothing to a reader (the file's history
 * names each record), so the kind alone is shown. Free text (`inactivité`) is shown as written.
 */
export function libelleObjet(objet: string | null): string {
  if (objet === null) return '';
  const [genre = '', ...suite] = objet.split(' ');
  if (estEntite(genre)) return libelleEntite(genre);
  if (!estCode(genre)) return objet;
  const libelle = i18n.t(`audit.objets.${genre}`);
  return suite.length > 0 ? `${libelle} ${suite.join(' ')}` : libelle;
}
