/** Why a backup was made: shown in the list, kept in its manifest. */
export const NATURES_SAUVEGARDE = ['quotidienne', 'manuelle', 'avant-migration', 'avant-restauration'] as const;
export type NatureSauvegarde = (typeof NATURES_SAUVEGARDE)[number];
