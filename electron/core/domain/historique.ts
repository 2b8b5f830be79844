/** History of a youth file: what an entry may be about, and what changed, field by field. */

/** The file itself (JEUNE) or one of its follow-up records. */
// REPERAGE is listed ahead of screening records so that adding them does not rebuild this large table.
export const ENTITES_HISTORIQUE = [
  'JEUNE',
  'EVENEMENT',
  'SITUATION',
  'DISPOSITIF',
  'FREIN',
  'AIDE',
  'PROPOSITION',
  'REPERAGE',
] as const;
export type EntiteHistorique = (typeof ENTITES_HISTORIQUE)[number];
export const ACTIONS_HISTORIQUE = ['CREATION', 'MODIFICATION', 'SUPPRESSION'] as const;

export type ValeurChamp = string | number | boolean | null | undefined;

export interface Difference<Champ extends string> {
  champ: Champ;
  ancienne: string | null;
  nouvelle: string | null;
}

/** Stored form of a value in the history: text, with null for an empty value. */
export function valeurHistorique(valeur: ValeurChamp): string | null {
  if (valeur === null || valeur === undefined || valeur === '') return null;
  return String(valeur);
}

/** The fields whose stored form differs, in the order of `champs`. */
export function differences<Champ extends string>(
  avant: Readonly<Record<Champ, ValeurChamp>>,
  apres: Readonly<Record<Champ, ValeurChamp>>,
  champs: readonly Champ[],
): Difference<Champ>[] {
  return champs.flatMap((champ) => {
    const ancienne = valeurHistorique(avant[champ]);
    const nouvelle = valeurHistorique(apres[champ]);
    return ancienne === nouvelle ? [] : [{ champ, ancienne, nouvelle }];
  });
}
