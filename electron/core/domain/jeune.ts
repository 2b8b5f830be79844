/**
 * Rules of a youth file that hold whatever the entry point (form, import, verification).
 */
import type { TrancheAge } from './codes';
import { ageRevolu, estDateIso, type DateIso } from './dates';
import { auPlusUneFaute, cleNom, normaliser } from './texte';

/** Ages accepted at first reception (import.md: 14 and 30 are accepted). */
export const AGE_MIN_PREMIER_ACCUEIL = 14;
export const AGE_MAX_PREMIER_ACCUEIL = 30;

export interface ErreurChamp<Champ extends string = string> {
  champ: Champ;
  message: string;
}

/**
 * The birth date and first reception must fit together: born before, aged 14 to 30 then.
 * Dates that do not exist are reported by their own rule, not here.
 */
export function erreursDatesJeune(dates: {
  dateNaissance: DateIso;
  datePremierAccueil: DateIso;
}): ErreurChamp<'dateNaissance'>[] {
  if (!estDateIso(dates.dateNaissance) || !estDateIso(dates.datePremierAccueil)) return [];
  if (dates.dateNaissance > dates.datePremierAccueil) {
    return [{ champ: 'dateNaissance', message: 'postérieure à la date de premier accueil.' }];
  }
  const age = ageRevolu(dates.dateNaissance, dates.datePremierAccueil);
  if (age < AGE_MIN_PREMIER_ACCUEIL || age > AGE_MAX_PREMIER_ACCUEIL) {
    return [
      {
        champ: 'dateNaissance',
        message: `âge au premier accueil de ${age} ans : il doit être entre ${AGE_MIN_PREMIER_ACCUEIL} et ${AGE_MAX_PREMIER_ACCUEIL} ans.`,
      },
    ];
  }
  return [];
}

/** The names that identify a person, as typed. */
export interface NomsPersonne {
  nom: string;
  nomUsage: string | null;
  prenom: string;
}

/**
 * Two people born the same day are probably one when their names match once accents, case,
 * hyphens and spaces are ignored, with at most one typo — birth or usage name, and also with
 * first and last name swapped (a frequent entry mistake).
 */
export function estDoublonProbable(a: NomsPersonne, b: NomsPersonne): boolean {
  const nomsA = [a.nom, a.nomUsage].filter((n): n is string => n !== null && n !== '').map(cleNom);
  const nomsB = [b.nom, b.nomUsage].filter((n): n is string => n !== null && n !== '').map(cleNom);
  const prenomA = cleNom(a.prenom);
  const prenomB = cleNom(b.prenom);
  return nomsA.some((nomA) =>
    nomsB.some(
      (nomB) =>
        auPlusUneFaute(`${nomA} ${prenomA}`, `${nomB} ${prenomB}`) ||
        auPlusUneFaute(`${nomA} ${prenomA}`, `${prenomB} ${nomB}`),
    ),
  );
}

/** The words the search matches against: every name of the person, normalised, once each. */
export function motsRecherche(noms: NomsPersonne): string[] {
  return [...new Set(normaliser([noms.nom, noms.nomUsage ?? '', noms.prenom].join(' ')).split(' '))].filter(
    (m) => m !== '',
  );
}

/** Sort key of a file: birth name then first name, normalised. */
export function cleTri(noms: NomsPersonne): string {
  return `${normaliser(noms.nom)} ${normaliser(noms.prenom)}`;
}

/** The age bracket of the Region's figures at a date: turning 18, 22 or 26 that day changes it. */
export function trancheAge(naissance: DateIso, date: DateIso): TrancheAge {
  const age = ageRevolu(naissance, date);
  if (age < 18) return 'MOINS_18';
  if (age < 22) return '18_21';
  if (age < 26) return '22_25';
  return '26_PLUS';
}
