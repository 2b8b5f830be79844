/**
 * The files and columns of `tremplin-import/1` (shared/spec/import.md), described once: the import
 * reads with it, the export writes with it, so the two cannot drift apart.
 */
import {
  CATEGORIES_SITUATION,
  DOMAINES_REPERAGE,
  ETATS_PROPOSITION,
  FINANCEURS,
  NIVEAUX_FORMATION,
  SEXES,
  STATUTS_FREIN,
  THEMES_FREIN,
  TYPES_AIDE,
  TYPES_DISPOSITIF,
  TYPES_EVENEMENT,
  TYPES_PARTENAIRE,
  TYPES_PROPOSITION,
  type EntiteEchange,
} from '../domain/codes';
import type { EntiteHistorique } from '../domain/historique';

/** The entities a reference column may name (`id_jeune`…). */
export type EntiteReferencee = 'JEUNE' | 'PARTENAIRE' | 'PROPOSITION';

/** How a column's text is read and written. */
export type Sorte =
  | { type: 'texte'; max: number }
  | { type: 'date' }
  | { type: 'booleen' }
  | { type: 'montant' }
  | { type: 'code'; codes: readonly string[] }
  | { type: 'telephone' }
  | { type: 'email' }
  | { type: 'codePostal' }
  | { type: 'siret' }
  | { type: 'reference'; entite: EntiteReferencee }
  | { type: 'site' }
  | { type: 'conseiller' };

export interface Colonne {
  /** Header name in the file. */
  nom: string;
  /** Column of the table. */
  champ: string;
  requise: boolean;
  sorte: Sorte;
}

export interface FichierEchange {
  nom: string;
  entite: EntiteEchange;
  table: string;
  /** The file's external id column (`id_jeune`…). */
  colonneId: string;
  colonnes: readonly Colonne[];
  /** The youth's history records it (every entity but partners). */
  historique: EntiteHistorique | null;
}

const texte = (max: number): Sorte => ({ type: 'texte', max });
const code = (liste: { codes: readonly string[] }): Sorte => ({ type: 'code', codes: liste.codes });
const ref = (entite: EntiteReferencee): Sorte => ({ type: 'reference', entite });
const DATE: Sorte = { type: 'date' };

function col(nom: string, champ: string, requise: boolean, sorte: Sorte): Colonne {
  return { nom, champ, requise, sorte };
}
const R = true;
const O = false;
const colonneJeune = col('id_jeune', 'jeune_id', R, ref('JEUNE'));

/** In the order they are written: a file comes after those it refers to. */
export const FICHIERS: readonly FichierEchange[] = [
  {
    nom: 'partenaires.csv',
    entite: 'PARTENAIRE',
    table: 'partenaires',
    colonneId: 'id_partenaire',
    historique: null,
    colonnes: [
      col('type', 'type', R, code(TYPES_PARTENAIRE)),
      col('raison_sociale', 'raison_sociale', R, texte(150)),
      col('siret', 'siret', O, { type: 'siret' }),
      col('commune', 'commune', O, texte(100)),
      col('email', 'email', O, { type: 'email' }),
      col('telephone', 'telephone', O, { type: 'telephone' }),
    ],
  },
  {
    nom: 'jeunes.csv',
    entite: 'JEUNE',
    table: 'jeunes',
    colonneId: 'id_jeune',
    historique: 'JEUNE',
    colonnes: [
      col('nom', 'nom', R, texte(100)),
      col('nom_usage', 'nom_usage', O, texte(100)),
      col('prenom', 'prenom', R, texte(100)),
      col('sexe', 'sexe', R, code(SEXES)),
      col('date_naissance', 'date_naissance', R, DATE),
      col('date_premier_accueil', 'date_premier_accueil', R, DATE),
      col('niveau_formation', 'niveau_formation', O, code(NIVEAUX_FORMATION)),
      col('qpv', 'qpv', O, { type: 'booleen' }),
      col('zrr', 'zrr', O, { type: 'booleen' }),
      col('telephone', 'telephone', O, { type: 'telephone' }),
      col('email', 'email', O, { type: 'email' }),
      col('adresse', 'adresse', O, texte(200)),
      col('code_postal', 'code_postal', O, { type: 'codePostal' }),
      col('commune', 'commune', O, texte(100)),
      col('site', 'site_id', O, { type: 'site' }),
      col('conseiller', 'referent_id', O, { type: 'conseiller' }),
    ],
  },
  {
    nom: 'propositions.csv',
    entite: 'PROPOSITION',
    table: 'propositions',
    colonneId: 'id_proposition',
    historique: 'PROPOSITION',
    colonnes: [
      colonneJeune,
      col('date', 'date', R, DATE),
      col('type', 'type', R, code(TYPES_PROPOSITION)),
      col('etat', 'etat', R, code(ETATS_PROPOSITION)),
      col('date_etat', 'date_etat', O, DATE),
      col('id_partenaire', 'partenaire_id', O, ref('PARTENAIRE')),
      col('intitule', 'intitule', O, texte(150)),
    ],
  },
  {
    nom: 'situations.csv',
    entite: 'SITUATION',
    table: 'situations',
    colonneId: 'id_situation',
    historique: 'SITUATION',
    colonnes: [
      colonneJeune,
      col('categorie', 'categorie', R, code(CATEGORIES_SITUATION)),
      // Required iff the category has sub-types (import.md): the situation rule says so, per row.
      col('sous_type', 'sous_type', O, texte(40)),
      col('date_debut', 'date_debut', R, DATE),
      col('date_fin_prevue', 'date_fin_prevue', O, DATE),
      col('date_fin', 'date_fin', O, DATE),
      col('financeur', 'financeur', O, code(FINANCEURS)),
      col('id_partenaire', 'partenaire_id', O, ref('PARTENAIRE')),
      col('id_proposition', 'proposition_id', O, ref('PROPOSITION')),
      col('intitule', 'intitule', O, texte(150)),
    ],
  },
  {
    nom: 'reperages.csv',
    entite: 'REPERAGE',
    table: 'reperages',
    colonneId: 'id_reperage',
    historique: 'REPERAGE',
    colonnes: [
      colonneJeune,
      col('date', 'date', R, DATE),
      col('domaine', 'domaine', R, code(DOMAINES_REPERAGE)),
      // Checked against the domain by the screening rules, per row.
      col('methode', 'methode', R, texte(40)),
      col('resultat', 'resultat', R, texte(40)),
      col('id_proposition', 'proposition_id', O, ref('PROPOSITION')),
    ],
  },
  {
    nom: 'evenements.csv',
    entite: 'EVENEMENT',
    table: 'evenements',
    colonneId: 'id_evenement',
    historique: 'EVENEMENT',
    colonnes: [
      colonneJeune,
      col('date', 'date', R, DATE),
      col('type', 'type', R, code(TYPES_EVENEMENT)),
      col('conseiller', 'conseiller_id', O, { type: 'conseiller' }),
      col('commentaire', 'commentaire', O, texte(2000)),
    ],
  },
  {
    nom: 'freins.csv',
    entite: 'FREIN',
    table: 'freins',
    colonneId: 'id_frein',
    historique: 'FREIN',
    colonnes: [
      colonneJeune,
      col('theme', 'theme', R, code(THEMES_FREIN)),
      col('date_identification', 'date_identification', R, DATE),
      col('statut', 'statut', R, code(STATUTS_FREIN)),
      col('date_statut', 'date_statut', O, DATE),
    ],
  },
  {
    nom: 'aides.csv',
    entite: 'AIDE',
    table: 'aides',
    colonneId: 'id_aide',
    historique: 'AIDE',
    colonnes: [
      colonneJeune,
      col('type', 'type', R, code(TYPES_AIDE)),
      col('montant', 'montant_centimes', R, { type: 'montant' }),
      col('date_decision', 'date_decision', R, DATE),
    ],
  },
  {
    nom: 'dispositifs.csv',
    entite: 'DISPOSITIF',
    table: 'dispositifs',
    colonneId: 'id_dispositif',
    historique: 'DISPOSITIF',
    colonnes: [
      colonneJeune,
      col('type', 'type', R, code(TYPES_DISPOSITIF)),
      col('date_entree', 'date_entree', R, DATE),
      col('date_sortie', 'date_sortie', O, DATE),
    ],
  },
];

export const FICHIER_OBLIGATOIRE = 'jeunes.csv';

export function fichierDe(entite: EntiteEchange): FichierEchange {
  return FICHIERS.find((f) => f.entite === entite)!;
}

/** Internal fields never summarised in the history (domaine.md: the comment is internal). */
export const CHAMPS_INTERNES: readonly string[] = ['commentaire'];
