/**
 * Text matching for French names: accent-, case- and punctuation-insensitive, tolerant of one typo.
 * Used by the youth search (as a SQLite function) and by the duplicate check, so both agree.
 */

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower case, no accents or ligatures, every run of non-alphanumerics as one space. */
export function normaliser(texte: string): string {
  return texte
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** `normaliser` without spaces: "Jean-Pierre", "jean pierre" and "JEANPIERRE" give one key. */
export function cleNom(texte: string): string {
  return normaliser(texte).replace(/ /g, '');
}

/**
 * True when `a` and `b` differ by at most one edit (insertion, deletion, substitution, or swap of
 * two neighbours). Linear: the search calls it for every indexed word.
 */
export function auPlusUneFaute(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [court, long] = a.length < b.length ? [a, b] : [b, a];
  return court.slice(i) === long.slice(i + 1); // insertion / deletion
}

/** Typo tolerance starts at this length: below it, one edit turns most names into others. */
const LONGUEUR_MIN_FAUTE = 4;

/** A query token matches a word it begins, or (long enough) the word or its start with one typo. */
export function jetonCorrespond(jeton: string, mot: string): boolean {
  if (mot.startsWith(jeton)) return true;
  if (jeton.length < LONGUEUR_MIN_FAUTE) return false;
  return (
    auPlusUneFaute(jeton, mot) ||
    auPlusUneFaute(jeton, mot.slice(0, jeton.length)) ||
    auPlusUneFaute(jeton, mot.slice(0, jeton.length + 1))
  );
}

/** Digits of a French phone number, `+33 6…` written as `06…`; null when it is not one. */
export function normaliserTelephone(texte: string): string | null {
  const compact = texte.replace(/[\s.-]/g, '');
  if (/^0\d{9}$/.test(compact)) return compact;
  if (/^\+33\d{9}$/.test(compact)) return `0${compact.slice(3)}`;
  return null;
}
