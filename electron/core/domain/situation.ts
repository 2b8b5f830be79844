/** Rules of situations (domaine.md): sub-types, financeur, emploi durable, current situation. */
import { CATEGORIES_SITUATION, SOUS_TYPES_PAR_CATEGORIE, type CategorieSituation } from './codes';
import { ajouterJours, ajouterMois, estDateIso, type DateIso } from './dates';
import type { ErreurChamp } from './jeune';

export interface FaitsSituation {
  categorie: CategorieSituation;
  sousType: string | null;
  dateDebut: DateIso;
  dateFinPrevue: DateIso | null;
  dateFin: DateIso | null;
  financeur: string | null;
}

/** Planned duration, in months, from which a job counts as *durable*. */
export const SEUIL_EMPLOI_DURABLE_MOIS = 6;
export const SOUS_TYPES_DURABLES: readonly string[] = ['CDI', 'FONCTION_PUBLIQUE', 'CREATION_ENTREPRISE'];

/**
 * The earliest planned end that makes a job starting on `dateDebut` last at least 6 months:
 * `date_fin_prevue + 1 day >= add_months(date_debut, 6)` (domaine.md), i.e. the day before
 * `add_months(date_debut, 6)`.
 */
export function finPrevueMinimaleDurable(dateDebut: DateIso): DateIso {
  return ajouterJours(ajouterMois(dateDebut, SEUIL_EMPLOI_DURABLE_MOIS), -1);
}

/**
 * *Emploi durable* (domaine.md): an EMP situation that is a CDI, in the civil service or a business
 * creation, or planned to last at least 6 months (`finPrevueMinimaleDurable`).
 * Judged on the planned end: ending earlier in reality does not change it.
 */
export function estEmploiDurable(
  s: Pick<FaitsSituation, 'categorie' | 'sousType' | 'dateDebut' | 'dateFinPrevue'>,
): boolean {
  if (s.categorie !== 'EMP') return false;
  if (s.sousType !== null && SOUS_TYPES_DURABLES.includes(s.sousType)) return true;
  return s.dateFinPrevue !== null && s.dateFinPrevue >= finPrevueMinimaleDurable(s.dateDebut);
}

/** The rules a situation must meet whatever its entry point; dates that do not exist are reported elsewhere. */
export function erreursSituation(
  s: FaitsSituation,
): ErreurChamp<'sousType' | 'financeur' | 'dateFinPrevue' | 'dateFin'>[] {
  const erreurs: ErreurChamp<'sousType' | 'financeur' | 'dateFinPrevue' | 'dateFin'>[] = [];
  const sousTypes = SOUS_TYPES_PAR_CATEGORIE[s.categorie];
  const libelleCategorie = CATEGORIES_SITUATION.libelles[s.categorie];
  if (sousTypes.length > 0 && s.sousType === null) {
    erreurs.push({ champ: 'sousType', message: `obligatoire pour « ${libelleCategorie} ».` });
  } else if (sousTypes.length === 0 && s.sousType !== null) {
    erreurs.push({ champ: 'sousType', message: `« ${libelleCategorie} » n'a pas de sous-type.` });
  } else if (s.sousType !== null && !sousTypes.includes(s.sousType as never)) {
    erreurs.push({ champ: 'sousType', message: `n'appartient pas à la catégorie « ${libelleCategorie} ».` });
  }
  if (s.categorie === 'FOR' && s.financeur === null) {
    erreurs.push({ champ: 'financeur', message: 'obligatoire pour une formation.' });
  } else if (s.categorie !== 'FOR' && s.financeur !== null) {
    erreurs.push({ champ: 'financeur', message: 'seulement pour une formation.' });
  }
  if (estDateIso(s.dateDebut)) {
    for (const champ of ['dateFinPrevue', 'dateFin'] as const) {
      const fin = s[champ];
      if (fin !== null && estDateIso(fin) && fin < s.dateDebut) {
        erreurs.push({ champ, message: 'antérieure à la date de début.' });
      }
    }
  }
  return erreurs;
}

/** i-milo's priority among situations in progress on the same day. */
export const PRIORITE_CATEGORIES: readonly CategorieSituation[] = [
  'EMP',
  'ALT',
  'FOR',
  'IMM',
  'PMSMP',
  'VOL',
  'SCO',
  'DE',
];

/**
 * In progress on `date`: started on or before, and not ended before. The real end decides; without
 * one, the planned end does (a CDD whose planned end has passed is no longer what the youth does).
 */
export function estEnCours(s: Pick<FaitsSituation, 'dateDebut' | 'dateFin' | 'dateFinPrevue'>, date: DateIso): boolean {
  const fin = s.dateFin ?? s.dateFinPrevue;
  return s.dateDebut <= date && (fin === null || fin >= date);
}

/**
 * The current situation (i-milo's rule): among those in progress on `date`, the first by category
 * priority EMP, ALT, FOR, IMM, PMSMP, VOL, SCO, DE; between equals, the latest started.
 */
export function situationCourante<
  S extends Pick<FaitsSituation, 'categorie' | 'dateDebut' | 'dateFin' | 'dateFinPrevue'>,
>(situations: readonly S[], date: DateIso): S | null {
  const rang = (s: S) => PRIORITE_CATEGORIES.indexOf(s.categorie);
  return (
    situations
      .filter((s) => estEnCours(s, date))
      .sort((a, b) => rang(a) - rang(b) || b.dateDebut.localeCompare(a.dateDebut))[0] ?? null
  );
}
