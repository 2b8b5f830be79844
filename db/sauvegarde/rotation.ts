/**
 * Which backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months that have one
 * (restic's `--keep-daily/weekly/monthly`). Counting days that have a backup, not calendar days, means
 * a fortnight of holidays with the computer off does not wipe the history. Pure: dates in, names out.
 */
import { ajouterJours, dateLocale } from '../../electron/core/domain/dates';

export const CONSERVATION = { jours: 7, semaines: 4, mois: 12 } as const;

export interface SauvegardeDatee {
  fichier: string;
  instant: Date;
}

function lundi(instant: Date): string {
  const jour = dateLocale(instant);
  const rang = (new Date(`${jour}T00:00:00Z`).getUTCDay() + 6) % 7;
  return ajouterJours(jour, -rang);
}

const PERIODES: readonly [number, (instant: Date) => string][] = [
  [CONSERVATION.jours, dateLocale],
  [CONSERVATION.semaines, lundi],
  [CONSERVATION.mois, (instant) => dateLocale(instant).slice(0, 7)],
];

export function sauvegardesAConserver(sauvegardes: readonly SauvegardeDatee[]): Set<string> {
  const recentes = [...sauvegardes].sort((a, b) => b.instant.getTime() - a.instant.getTime());
  const gardees = new Set<string>();
  for (const [nombre, periode] of PERIODES) {
    const vues = new Set<string>();
    for (const s of recentes) {
      const cle = periode(s.instant);
      if (vues.has(cle)) continue;
      if (vues.size === nombre) break;
      vues.add(cle);
      gardees.add(s.fichier);
    }
  }
  return gardees;
}
