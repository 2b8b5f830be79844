/** One-line French names of screenings, for tables, dialogs and accessible names. */
import type { Reperage } from '../../../../electron/core/contract';
import { DOMAINES_REPERAGE, libelle, RESULTATS_REPERAGE } from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';

/** « Illectronisme du 10/06/2026 : capacités numériques faibles ». */
export function resumeReperage(r: Pick<Reperage, 'domaine' | 'date' | 'resultat'>): string {
  return `${libelle(DOMAINES_REPERAGE, r.domaine)} du ${formaterDate(r.date)} : ${libelle(RESULTATS_REPERAGE, r.resultat).toLowerCase()}`;
}

/** A positive result waits for an orientation (none yet, or the last one came to nothing). */
export function attendUneOrientation(r: Pick<Reperage, 'raisons'>): boolean {
  return r.raisons.includes('SANS_ORIENTATION') || r.raisons.includes('ORIENTATION_SANS_SUITE');
}
