/** One-line French names of orientations, for tables, dialogs and accessible names. */
import type { Proposition } from '../../../../electron/core/contract';
import { libelle, TYPES_PROPOSITION, type EtatProposition } from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { ETATS_OUVERTS } from '../../../../electron/core/domain/orientation';
import i18n from '../../i18n';
import { joindre } from '../suivi/libellesSuivi';

/** « Formation du 01/04/2026 · AFPA Bordeaux ». */
export function resumeOrientation(p: Pick<Proposition, 'type' | 'date' | 'partenaireNom'>): string {
  return joindre(
    i18n.t('orientations.resume', { type: libelle(TYPES_PROPOSITION, p.type), date: formaterDate(p.date) }),
    p.partenaireNom,
  );
}

/** What the youth is oriented to at the partner: the session or offer, and the free title. */
export function cibleOrientation(p: Pick<Proposition, 'sessionIntitule' | 'offreIntitule' | 'intitule'>): string {
  return joindre(p.sessionIntitule ?? p.offreIntitule, p.intitule);
}

/** Refused or abandoned: closed without the youth entering. */
export function estUneFin(etat: EtatProposition): boolean {
  return etat !== 'REALISEE' && !ETATS_OUVERTS.includes(etat);
}
