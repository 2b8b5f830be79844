/** The breakdowns of youth counts, with their modalities in the spec's order, and their labels. */
import { GROUPES_NIVEAU, SEXES, TRANCHES_AGE, type ListeCodes } from '../../domain/codes';

const OUI_NON = { codes: ['oui', 'non'], libelles: { oui: 'Oui', non: 'Non' } } as const;

export const DIMENSIONS_JEUNE = {
  sexe: { libelle: 'Sexe', liste: SEXES },
  tranche_age: { libelle: "Tranche d'âge", liste: TRANCHES_AGE },
  niveau: { libelle: 'Niveau de formation', liste: GROUPES_NIVEAU },
  qpv: { libelle: 'Résidence en QPV', liste: OUI_NON },
  zrr: { libelle: 'Résidence en ZRR/FRR', liste: OUI_NON },
  rqth: { libelle: 'RQTH', liste: OUI_NON },
} as const satisfies Record<string, { libelle: string; liste: ListeCodes<string> }>;

export type DimensionJeune = keyof typeof DIMENSIONS_JEUNE;

/** "Standard breakdowns": all six, in the order of the spec's table. */
export const STANDARD: readonly DimensionJeune[] = ['sexe', 'tranche_age', 'niveau', 'qpv', 'zrr', 'rqth'];
export const SEXE_AGE_NIVEAU: readonly DimensionJeune[] = ['sexe', 'tranche_age', 'niveau'];
