/**
 * French reading of the history's raw values, per entity: field labels from the contract, codes as
 * labels, ISO dates as JJ/MM/AAAA, cents as euros, ids as names.
 */
import {
  LIBELLES_CHAMPS_AIDE,
  LIBELLES_CHAMPS_DISPOSITIF,
  LIBELLES_CHAMPS_EVENEMENT,
  LIBELLES_CHAMPS_FREIN,
  LIBELLES_CHAMPS_JEUNE,
  LIBELLES_CHAMPS_PROPOSITION,
  LIBELLES_CHAMPS_REPERAGE,
  LIBELLES_CHAMPS_SITUATION,
  type EntreeHistorique,
  type EtatStructure,
} from '../../../../electron/core/contract';
import {
  CATEGORIES_SITUATION,
  DOMAINES_REPERAGE,
  ETATS_PROPOSITION,
  FINANCEURS,
  libelle,
  METHODES_REPERAGE,
  NIVEAUX_FORMATION,
  RESULTATS_REPERAGE,
  SEXES,
  SOUS_TYPES_SITUATION,
  STATUTS_DOSSIER,
  STATUTS_FREIN,
  THEMES_FREIN,
  TYPES_AIDE,
  TYPES_DISPOSITIF,
  TYPES_EVENEMENT,
  TYPES_PROPOSITION,
  type ListeCodes,
} from '../../../../electron/core/domain/codes';
import { estDateIso, formaterDate } from '../../../../electron/core/domain/dates';
import type { EntiteHistorique } from '../../../../electron/core/domain/historique';
import { formaterMontant } from '../../../../electron/core/domain/montant';
import { formaterTelephone } from '../../format';
import i18n from '../../i18n';
import { libelleConseiller, libelleSite } from '../../structure/libelles';

type Formateur = (valeur: string, etat: EtatStructure) => string;

const date: Formateur = (v) => (estDateIso(v) ? formaterDate(v) : v);
// Booleans reach the history as text; accept both spellings a database may give.
const ouiNon: Formateur = (v) => i18n.t(v === 'true' || v === '1' ? 'commun.oui' : 'commun.non');
const code =
  <C extends string>(liste: ListeCodes<C>): Formateur =>
  (v) =>
    libelle(liste, v);
const montant: Formateur = (v) => (/^\d+$/.test(v) ? formaterMontant(Number(v)) : v);
const site: Formateur = (v, etat) => libelleSite(etat, v) ?? v;
const conseiller: Formateur = (v, etat) => libelleConseiller(etat, v) ?? v;

interface ChampsEntite {
  libelles: Readonly<Record<string, string>>;
  formateurs: Readonly<Record<string, Formateur>>;
}

/** Entities without an entry here (added to the contract since) show their raw field names and values. */
const CHAMPS: Readonly<Partial<Record<EntiteHistorique, ChampsEntite>>> = {
  JEUNE: {
    libelles: LIBELLES_CHAMPS_JEUNE,
    formateurs: {
      sexe: code(SEXES),
      niveauFormation: code(NIVEAUX_FORMATION),
      statut: code(STATUTS_DOSSIER),
      dateNaissance: date,
      datePremierAccueil: date,
      dateInformationRgpd: date,
      qpv: ouiNon,
      zrr: ouiNon,
      telephone: formaterTelephone,
      siteId: site,
      referentId: conseiller,
    },
  },
  EVENEMENT: {
    libelles: LIBELLES_CHAMPS_EVENEMENT,
    formateurs: { date, type: code(TYPES_EVENEMENT), conseillerId: conseiller, siteId: site },
  },
  SITUATION: {
    libelles: LIBELLES_CHAMPS_SITUATION,
    formateurs: {
      categorie: code(CATEGORIES_SITUATION),
      sousType: code(SOUS_TYPES_SITUATION),
      financeur: code(FINANCEURS),
      dateDebut: date,
      dateFinPrevue: date,
      dateFin: date,
    },
  },
  DISPOSITIF: {
    libelles: LIBELLES_CHAMPS_DISPOSITIF,
    formateurs: { type: code(TYPES_DISPOSITIF), dateEntree: date, dateSortie: date },
  },
  FREIN: {
    libelles: LIBELLES_CHAMPS_FREIN,
    formateurs: { theme: code(THEMES_FREIN), statut: code(STATUTS_FREIN), dateIdentification: date, dateStatut: date },
  },
  AIDE: {
    // The amount may be recorded under its stored name, in cents.
    libelles: { ...LIBELLES_CHAMPS_AIDE, montantCentimes: LIBELLES_CHAMPS_AIDE.montant },
    formateurs: { type: code(TYPES_AIDE), montant, montantCentimes: montant, dateDecision: date },
  },
  PROPOSITION: {
    libelles: LIBELLES_CHAMPS_PROPOSITION,
    formateurs: {
      date,
      dateEtat: date,
      type: code(TYPES_PROPOSITION),
      etat: code(ETATS_PROPOSITION),
      conseillerId: conseiller,
    },
  },
  REPERAGE: {
    libelles: LIBELLES_CHAMPS_REPERAGE,
    formateurs: {
      domaine: code(DOMAINES_REPERAGE),
      methode: code(METHODES_REPERAGE),
      resultat: code(RESULTATS_REPERAGE),
      date,
      dateInformation: date,
      dateSuivi: date,
      dateFinRqth: date,
      // An id says nothing to a reader: the orientation itself is listed in the file.
      propositionId: () => i18n.t('historique.orientationLiee'),
    },
  },
};

function propre<V>(table: Readonly<Record<string, V>> | undefined, cle: string | null): V | undefined {
  return table !== undefined && cle !== null && Object.hasOwn(table, cle) ? table[cle] : undefined;
}

export function libelleEntite(entite: EntiteHistorique): string {
  return i18n.t(`historique.entites.${entite}`);
}

/** The field changed; for a record added or deleted, what happened to it. */
export function libelleChampHistorique(entree: EntreeHistorique): string {
  switch (entree.action) {
    case 'CREATION':
      return i18n.t(entree.entite === 'JEUNE' ? 'historique.creation' : 'historique.ajout');
    case 'SUPPRESSION':
      return i18n.t('historique.suppression');
    case 'MODIFICATION':
      return propre(CHAMPS[entree.entite]?.libelles, entree.champ) ?? entree.champ ?? '';
  }
}

export function valeurHistorique(entree: EntreeHistorique, valeur: string | null, etat: EtatStructure): string {
  if (valeur === null || valeur === '') return i18n.t('historique.vide');
  const formateur = propre(CHAMPS[entree.entite]?.formateurs, entree.champ);
  return formateur ? formateur(valeur, etat) : valeur;
}
