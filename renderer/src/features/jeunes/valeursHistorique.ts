/** French reading of the history's raw values: codes as labels, ISO dates as JJ/MM/AAAA, ids as names. */
import {
  LIBELLES_CHAMPS_JEUNE,
  type ChampJeune,
  type EntreeHistorique,
  type EtatStructure,
} from '../../../../electron/core/contract';
import { libelle, NIVEAUX_FORMATION, SEXES, STATUTS_DOSSIER } from '../../../../electron/core/domain/codes';
import { estDateIso, formaterDate } from '../../../../electron/core/domain/dates';
import { formaterTelephone } from '../../format';
import i18n from '../../i18n';
import { libelleConseiller, libelleSite } from '../../structure/libelles';

type Formateur = (valeur: string, etat: EtatStructure) => string;

const date: Formateur = (v) => (estDateIso(v) ? formaterDate(v) : v);
// Booleans reach the history as text; accept both spellings a database may give.
const ouiNon: Formateur = (v) => i18n.t(v === 'true' || v === '1' ? 'commun.oui' : 'commun.non');

const FORMATEURS: Partial<Record<ChampJeune, Formateur>> = {
  sexe: (v) => libelle(SEXES, v),
  niveauFormation: (v) => libelle(NIVEAUX_FORMATION, v),
  statut: (v) => libelle(STATUTS_DOSSIER, v),
  dateNaissance: date,
  datePremierAccueil: date,
  dateInformationRgpd: date,
  qpv: ouiNon,
  zrr: ouiNon,
  telephone: formaterTelephone,
  siteId: (v, etat) => libelleSite(etat, v) ?? v,
  referentId: (v, etat) => libelleConseiller(etat, v) ?? v,
};

function estChampJeune(champ: string | null): champ is ChampJeune {
  return champ !== null && Object.hasOwn(LIBELLES_CHAMPS_JEUNE, champ);
}

export function libelleChampHistorique(entree: EntreeHistorique): string {
  if (entree.action === 'CREATION') return i18n.t('historique.creation');
  return estChampJeune(entree.champ) ? LIBELLES_CHAMPS_JEUNE[entree.champ] : (entree.champ ?? '');
}

export function valeurHistorique(champ: string | null, valeur: string | null, etat: EtatStructure): string {
  if (valeur === null || valeur === '') return i18n.t('historique.vide');
  const formateur = estChampJeune(champ) ? FORMATEURS[champ] : undefined;
  return formateur ? formateur(valeur, etat) : valeur;
}
