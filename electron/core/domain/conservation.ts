/**
 * How long a youth file stays in the active base (CNIL référentiel 2022-008 on social support, i-milo
 * rules): two years after the last contact, and no longer than two years past the age of 26. A file
 * that reaches either limit goes to DIRECTION's review queue (archive, anonymise, or keep).
 */
import { ageRevolu, ajouterJours, type DateIso } from './dates';

/** Two years without any contact: counted in days (730), the limit day included. */
export const JOURS_SANS_CONTACT = 730;
/** 26 (the end of the Mission Locale's public) + 2 years. */
export const AGE_LIMITE = 28;

export type RaisonConservation = 'SANS_CONTACT' | 'AGE_LIMITE';

/**
 * Why a file is due for review at `aujourdhui` (empty: not yet). Without any event, the first
 * reception is the last contact.
 */
export function raisonsConservation(
  j: { dateNaissance: DateIso; datePremierAccueil: DateIso; dernierContact: DateIso | null },
  aujourdhui: DateIso,
): RaisonConservation[] {
  const raisons: RaisonConservation[] = [];
  const contact = j.dernierContact ?? j.datePremierAccueil;
  if (contact <= ajouterJours(aujourdhui, -JOURS_SANS_CONTACT)) raisons.push('SANS_CONTACT');
  if (ageRevolu(j.dateNaissance, aujourdhui) >= AGE_LIMITE) raisons.push('AGE_LIMITE');
  return raisons;
}
