/** The vocabulary of the indicator engine (paquet-region.md). */
import { SEUIL_EMPLOI_DURABLE_MOIS } from '../../domain/situation';

export type Variante = 'tous' | 'accompagnes';
export const VARIANTES: readonly Variante[] = ['tous', 'accompagnes'];

/** One line of `indicateurs.csv`. `valeur` is an integer; cents for an amount (`montant`). */
export interface LigneIndicateur {
  code: string;
  variante: Variante;
  dimension: string;
  modalite: string;
  valeur: number;
  montant: boolean;
}

/** The sections of the spec: one XLSX sheet each. */
export const SECTIONS = {
  public: 'Public',
  entrees: 'Entrées en situation',
  programmes: 'Programmes',
  reperages: 'Repérages',
  freins_aides: 'Freins et aides',
  orientation: 'Orientation et partenaires',
} as const;
export type Section = keyof typeof SECTIONS;

/** The parameters the manifest records; the figures of a year are a function of (base, year, these). */
export interface ParametresRegion {
  fenetre_accompagnement_mois: number;
  seuil_emploi_durable_mois: number;
  delai_orientation_reperage_mois: number;
}

export const PARAMETRES_REGION: Readonly<ParametresRegion> = {
  fenetre_accompagnement_mois: 6,
  seuil_emploi_durable_mois: SEUIL_EMPLOI_DURABLE_MOIS,
  delai_orientation_reperage_mois: 3,
};

/** The named parameters every query of the engine binds. */
export interface ParametresSql {
  /** The calendar year itself, for the tables kept per year (`activites_annuelles`). */
  annee: number;
  debut: string;
  fin: string;
  fenetre: number;
  delai: number;
}

export function parametresSql(annee: number, parametres: ParametresRegion = PARAMETRES_REGION): ParametresSql {
  const a = String(annee).padStart(4, '0');
  return {
    annee,
    debut: `${a}-01-01`,
    fin: `${a}-12-31`,
    fenetre: parametres.fenetre_accompagnement_mois,
    delai: parametres.delai_orientation_reperage_mois,
  };
}
