import type { ListeCodes } from '../../../electron/core/domain/codes';
import type { OptionSelect } from './ChampSelect';

/** The choices of a code list (all of them, or the given codes), labelled in French. */
export function optionsCodes<C extends string>(
  liste: ListeCodes<C>,
  codes: readonly C[] = liste.codes,
): OptionSelect[] {
  return codes.map((c) => ({ valeur: c, libelle: liste.libelles[c] }));
}
