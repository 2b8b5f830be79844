/** Rules of the follow-up facts other than situations: barriers and programmes. */
import { estDateIso, type DateIso } from './dates';
import type { ErreurChamp } from './jeune';
import type { StatutFrein } from './codes';

/** A status date is required once a barrier is closed (LEVE / NON_LEVE), and never before its identification. */
export function erreursFrein(f: {
  statut: StatutFrein;
  dateIdentification: DateIso;
  dateStatut: DateIso | null;
}): ErreurChamp<'dateStatut'>[] {
  if (f.dateStatut === null) {
    return f.statut === 'LEVE' || f.statut === 'NON_LEVE'
      ? [{ champ: 'dateStatut', message: 'obligatoire quand le frein est levé ou non levé.' }]
      : [];
  }
  if (estDateIso(f.dateStatut) && estDateIso(f.dateIdentification) && f.dateStatut < f.dateIdentification) {
    return [{ champ: 'dateStatut', message: "antérieure à la date d'identification." }];
  }
  return [];
}

export interface Periode {
  debut: DateIso;
  /** null: still open. */
  fin: DateIso | null;
}

export function erreursPeriode(p: Periode, champFin: string): ErreurChamp[] {
  return p.fin !== null && estDateIso(p.fin) && estDateIso(p.debut) && p.fin < p.debut
    ? [{ champ: champFin, message: "antérieure à la date d'entrée." }]
    : [];
}

/** Two periods share at least one day (an open period runs forever). */
export function sechevauchent(a: Periode, b: Periode): boolean {
  return (a.fin === null || b.debut <= a.fin) && (b.fin === null || a.debut <= b.fin);
}
