/**
 * Calendar dates of the domain. A date is an ISO `AAAA-MM-JJ` string (no time, no zone): the
 * domain's facts are days, and comparing ISO strings orders them. French formatting belongs to views.
 */

export type DateIso = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRANCAISE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

export function estBissextile(annee: number): boolean {
  return (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
}

export function joursDansMois(annee: number, mois: number): number {
  return [31, estBissextile(annee) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mois - 1]!;
}

function composer(annee: number, mois: number, jour: number): DateIso | null {
  if (annee < 1 || mois < 1 || mois > 12 || jour < 1 || jour > joursDansMois(annee, mois)) return null;
  return `${String(annee).padStart(4, '0')}-${String(mois).padStart(2, '0')}-${String(jour).padStart(2, '0')}`;
}

/** True for an existing day written `AAAA-MM-JJ` (2024-02-30 is false). */
export function estDateIso(valeur: string): boolean {
  const m = ISO.exec(valeur);
  return m !== null && composer(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

/**
 * Reads a date written exactly `JJ/MM/AAAA` or `AAAA-MM-JJ` (import.md); null when the text has
 * another shape or names a day that does not exist.
 */
export function lireDate(texte: string): DateIso | null {
  const iso = ISO.exec(texte);
  if (iso) return composer(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const fr = FRANCAISE.exec(texte);
  if (fr) return composer(Number(fr[3]), Number(fr[2]), Number(fr[1]));
  return null;
}

/** Year, month, day of an existing date; checked on numbers (no string built: SQL calls it per row). */
function parties(date: DateIso): [number, number, number] {
  const m = ISO.exec(date);
  if (m) {
    const [a, mois, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a >= 1 && mois >= 1 && mois <= 12 && j >= 1 && j <= joursDansMois(a, mois)) return [a, mois, j];
  }
  throw new RangeError(`Date invalide : ${date}`);
}

/** `JJ/MM/AAAA`, the way French users read and type dates. */
export function formaterDate(date: DateIso): string {
  const [a, m, j] = parties(date);
  return `${String(j).padStart(2, '0')}/${String(m).padStart(2, '0')}/${String(a).padStart(4, '0')}`;
}

/**
 * `add_months` of domaine.md: keeps the day of month, clamped to the last day of a shorter month
 * (31/08 + 6 months = 28/02, or 29/02 in a leap year). Negative counts go back in time.
 */
export function ajouterMois(date: DateIso, mois: number): DateIso {
  const [a, m, j] = parties(date);
  const index = a * 12 + (m - 1) + mois;
  const annee = Math.floor(index / 12);
  const moisCible = (index % 12) + 1;
  return composer(annee, moisCible, Math.min(j, joursDansMois(annee, moisCible)))!;
}

/** The day after (or before, with a negative count) a date. */
export function ajouterJours(date: DateIso, jours: number): DateIso {
  const [a, m, j] = parties(date);
  const t = new Date(Date.UTC(a, m - 1, j) + jours * 86_400_000);
  return composer(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())!;
}

/**
 * Age in completed years at a date. Comparing (month, day) pairs makes someone born on 29 February
 * reach their birthday on 1 March in common years, as paquet-region.md requires.
 */
export function ageRevolu(naissance: DateIso, date: DateIso): number {
  const [an, mn, jn] = parties(naissance);
  const [ad, md, jd] = parties(date);
  const anniversairePasse = md > mn || (md === mn && jd >= jn);
  return ad - an - (anniversairePasse ? 0 : 1);
}

/** The calendar day of an instant in the machine's local time zone (the office's). */
export function dateLocale(instant: Date): DateIso {
  return composer(instant.getFullYear(), instant.getMonth() + 1, instant.getDate())!;
}
