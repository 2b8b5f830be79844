/**
 * The youth list's search: one box that understands a birth date (JJ/MM/AAAA), a phone number,
 * or names (accent-, case-insensitive, one typo tolerated), plus the list's filters.
 */
import type { SQL } from 'drizzle-orm';
import type { EntreeValidee, ResultatRecherche } from '../contract';
import { conditionsJeunes, listerJeunes } from '../../../db/repositories/jeunes';
import type { Contexte } from '../contexte';
import { lireDate } from '../domain/dates';
import { normaliser } from '../domain/texte';

/** At least this many digits make a query a phone search (fewer could be part of a name code). */
const CHIFFRES_MIN_TELEPHONE = 4;

export type Requete =
  | { type: 'vide' }
  | { type: 'date'; date: string }
  | { type: 'telephone'; chiffres: string }
  | { type: 'nom'; texte: string };

/** What the user typed, understood. */
export function interpreterRequete(texte: string): Requete {
  const brut = texte.trim();
  if (brut === '') return { type: 'vide' };
  const date = lireDate(brut);
  if (date) return { type: 'date', date };
  if (/^\+?[\d\s.-]+$/.test(brut)) {
    const chiffres = brut.replace(/\D/g, '').replace(/^33(?=\d{9}$)/, '0');
    if (chiffres.length >= CHIFFRES_MIN_TELEPHONE) return { type: 'telephone', chiffres };
  }
  const normalise = normaliser(brut);
  return normalise === '' ? { type: 'vide' } : { type: 'nom', texte: normalise };
}

function conditionRequete(requete: Requete): SQL[] {
  switch (requete.type) {
    case 'vide':
      return [];
    case 'date':
      return [conditionsJeunes.neLe(requete.date)];
    case 'telephone':
      return [conditionsJeunes.telephoneContient(requete.chiffres)];
    case 'nom':
      return requete.texte.split(' ').map(conditionsJeunes.motCorrespond);
  }
}

export function rechercherJeunes(ctx: Contexte, entree: EntreeValidee<'jeunes:rechercher'>): ResultatRecherche {
  const conditions = [
    ...conditionRequete(interpreterRequete(entree.texte)),
    ...(entree.siteId ? [conditionsJeunes.site(entree.siteId)] : []),
    ...(entree.referentId ? [conditionsJeunes.referent(entree.referentId)] : []),
    ...(entree.statut ? [conditionsJeunes.statut(entree.statut)] : []),
  ];
  return listerJeunes(ctx.db, {
    conditions,
    tri: entree.tri.colonne,
    sens: entree.tri.sens,
    decalage: entree.page * entree.taillePage,
    limite: entree.taillePage,
  });
}
