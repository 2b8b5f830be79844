/** Every indicator of paquet-region.md, in the order of the CSV (codes in ASCII order). */
import type { Indicateur } from './definition';
import { INDICATEURS_ENTREES } from './entrees';
import { INDICATEURS_FREINS_AIDES } from './freins-aides';
import { INDICATEURS_ORIENTATION } from './orientation';
import { INDICATEURS_PUBLIC } from './public';
import { INDICATEURS_REPERAGES } from './reperages';

/** Plain code-unit comparison: the spec's "ASCII order" (`_` after the capitals), not the locale's. */
export const ordreAscii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const CATALOGUE: readonly Indicateur[] = [
  ...INDICATEURS_PUBLIC,
  ...INDICATEURS_ENTREES,
  ...INDICATEURS_ORIENTATION,
  ...INDICATEURS_REPERAGES,
  ...INDICATEURS_FREINS_AIDES,
].sort((a, b) => ordreAscii(a.code, b.code));

export function indicateur(code: string): Indicateur {
  const trouve = CATALOGUE.find((i) => i.code === code);
  if (!trouve) throw new RangeError(`Indicateur inconnu : ${code}`);
  return trouve;
}
