/** The rows a synthetic youth file is made of, as the writer inserts them (one field per column). */
import type {
  CategorieSituation,
  DomaineReperage,
  EtatProposition,
  Financeur,
  NiveauFormation,
  ResultatReperage,
  Sexe,
  SousTypeSituation,
  StatutDossier,
  StatutFrein,
  ThemeFrein,
  TypeAide,
  TypeDispositif,
  TypeEvenement,
  TypeProposition,
} from '../domain/codes';

export interface LigneJeune {
  id: string;
  nom: string;
  nomUsage: string | null;
  prenom: string;
  sexe: Sexe;
  dateNaissance: string;
  datePremierAccueil: string;
  niveauFormation: NiveauFormation | null;
  qpv: boolean;
  zrr: boolean;
  telephone: string | null;
  email: string | null;
  adresse: string | null;
  codePostal: string;
  commune: string;
  siteId: string;
  referentId: string | null;
  statut: StatutDossier;
  dateInformationRgpd: string | null;
  nomTri: string;
  creeLe: number;
  mots: string[];
  /** Id of the file's creation entry in its history. */
  historiqueId: string;
}

export interface LigneEvenement {
  id: string;
  date: string;
  type: TypeEvenement;
  conseillerId: string | null;
  creeLe: number;
}

export interface LigneSituation {
  id: string;
  categorie: CategorieSituation;
  sousType: SousTypeSituation | null;
  dateDebut: string;
  dateFinPrevue: string | null;
  dateFin: string | null;
  partenaireId: string | null;
  propositionId: string | null;
  intitule: string | null;
  financeur: Financeur | null;
  creeLe: number;
}

export interface LigneProposition {
  id: string;
  date: string;
  type: TypeProposition;
  etat: EtatProposition;
  dateEtat: string;
  partenaireId: string | null;
  sessionId: string | null;
  offreId: string | null;
  intitule: string | null;
  conseillerId: string | null;
  creeLe: number;
}

export interface LigneReperage {
  id: string;
  domaine: DomaineReperage;
  date: string;
  methode: string;
  resultat: ResultatReperage;
  dateInformation: string | null;
  dateSuivi: string | null;
  dateFinRqth: string | null;
  propositionId: string | null;
  creeLe: number;
}

export interface Dossier {
  jeune: LigneJeune;
  evenements: LigneEvenement[];
  situations: LigneSituation[];
  propositions: LigneProposition[];
  reperages: LigneReperage[];
  dispositifs: { id: string; type: TypeDispositif; dateEntree: string; dateSortie: string | null; creeLe: number }[];
  freins: {
    id: string;
    theme: ThemeFrein;
    dateIdentification: string;
    statut: StatutFrein;
    dateStatut: string | null;
    creeLe: number;
  }[];
  aides: { id: string; type: TypeAide; montantCentimes: number; dateDecision: string; creeLe: number }[];
}
