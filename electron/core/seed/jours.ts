/**
 * Dates as day numbers (days since 1970-01-01) while generating: a million events are dated by
 * integer arithmetic, and turned into ISO text through a cache instead of a Date per row.
 */
import { ajouterMois, type DateIso } from '../domain/dates';

const MS_JOUR = 86_400_000;
const cache = new Map<number, DateIso>();

export function jourDe(date: DateIso): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_JOUR;
}

export function iso(jour: number): DateIso {
  let texte = cache.get(jour);
  if (texte === undefined) {
    texte = new Date(jour * MS_JOUR).toISOString().slice(0, 10);
    cache.set(jour, texte);
  }
  return texte;
}

/** `add_months` of domaine.md on day numbers (clamped to the end of a shorter month). */
export function plusMois(jour: number, mois: number): number {
  return jourDe(ajouterMois(iso(jour), mois));
}

/** An instant (ms) on that day, `minutes` after 08:00 UTC: creation times of seeded rows. */
export function instantDuJour(jour: number, minutes: number): number {
  return jour * MS_JOUR + (8 * 60 + minutes) * 60_000;
}
