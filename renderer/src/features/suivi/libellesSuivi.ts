/** One-line French names of follow-up records, shared by the tables, the chronology and the history. */
import type { Aide, Dispositif, Evenement, Frein, Situation, Suivi } from '../../../../electron/core/contract';
import {
  CATEGORIES_SITUATION,
  libelle,
  SOUS_TYPES_SITUATION,
  THEMES_FREIN,
  TYPES_AIDE,
  TYPES_DISPOSITIF,
  TYPES_EVENEMENT,
} from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import type { EntiteHistorique } from '../../../../electron/core/domain/historique';
import { formaterMontant } from '../../../../electron/core/domain/montant';
import i18n from '../../i18n';

/** Parts of a line, without the empty ones: « a · b · c ». */
export function joindre(...parties: readonly (string | null | undefined)[]): string {
  return parties.filter((p) => p !== null && p !== undefined && p !== '').join(' · ');
}

/** « Emploi — CDD », or the category alone when it has no sub-type. */
export function libelleSituation(s: Pick<Situation, 'categorie' | 'sousType'>): string {
  const categorie = libelle(CATEGORIES_SITUATION, s.categorie);
  return s.sousType === null ? categorie : `${categorie} — ${libelle(SOUS_TYPES_SITUATION, s.sousType)}`;
}

/** The partner of a situation: from the directory, or as typed. */
export function partenaireSituation(s: Pick<Situation, 'partenaireNom' | 'partenaire'>): string | null {
  return s.partenaireNom ?? s.partenaire;
}

/** The situation with its title and partner: « Emploi — CDD · Vendeuse · Boulangerie Paul ». */
export function detailSituation(
  s: Pick<Situation, 'categorie' | 'sousType' | 'intitule' | 'partenaire' | 'partenaireNom'>,
): string {
  return joindre(libelleSituation(s), s.intitule, partenaireSituation(s));
}

function avecDate(nom: string, date: string): string {
  return i18n.t('suivi.nomEtDate', { nom, date: formaterDate(date) });
}

export function resumeEvenement(e: Pick<Evenement, 'type' | 'date'>): string {
  return avecDate(libelle(TYPES_EVENEMENT, e.type), e.date);
}

export function resumeSituation(s: Pick<Situation, 'categorie' | 'sousType' | 'dateDebut'>): string {
  return avecDate(libelleSituation(s), s.dateDebut);
}

export function resumeDispositif(d: Pick<Dispositif, 'type' | 'dateEntree'>): string {
  return avecDate(libelle(TYPES_DISPOSITIF, d.type), d.dateEntree);
}

export function resumeFrein(f: Pick<Frein, 'theme' | 'dateIdentification'>): string {
  return avecDate(libelle(THEMES_FREIN, f.theme), f.dateIdentification);
}

export function resumeAide(a: Pick<Aide, 'type' | 'montantCentimes'>): string {
  return joindre(libelle(TYPES_AIDE, a.type), formaterMontant(a.montantCentimes));
}

function nommer<T extends { id: string }>(
  liste: readonly T[],
  id: string,
  resume: (element: T) => string,
): string | null {
  const element = liste.find((e) => e.id === id);
  return element ? resume(element) : null;
}

/** The follow-up record a history entry is about, named, while it still exists. */
export function resumeElement(suivi: Suivi, entite: EntiteHistorique, id: string): string | null {
  switch (entite) {
    case 'EVENEMENT':
      return nommer(suivi.evenements, id, resumeEvenement);
    case 'SITUATION':
      return nommer(suivi.situations, id, resumeSituation);
    case 'DISPOSITIF':
      return nommer(suivi.dispositifs, id, resumeDispositif);
    case 'FREIN':
      return nommer(suivi.freins, id, resumeFrein);
    case 'AIDE':
      return nommer(suivi.aides, id, resumeAide);
    default:
      return null;
  }
}
