/**
 * Who may call what: one rule per channel, checked by the dispatcher before any handler runs.
 * Deny by default: a channel with no rule does not compile, and a test checks every channel × role.
 * Finer rules (a CONSEILLER sees sensitive details only for the youths they follow) live in services.
 */
import type { Canal } from './contract/canaux';
import type { Role } from './domain/codes';

/** PUBLIC: before login (first run, login screen). CONNECTE: any logged-in role. */
export type Regle = 'PUBLIC' | 'CONNECTE' | readonly Role[];

const SUIVI: readonly Role[] = ['CONSEILLER', 'DIRECTION'];
const ACCUEIL_ET_SUIVI: readonly Role[] = ['ACCUEIL', 'CONSEILLER', 'DIRECTION'];
const GESTION: readonly Role[] = ['ADMIN', 'DIRECTION'];

export const PERMISSIONS: Readonly<Record<Canal, Regle>> = {
  'structure:lire': 'PUBLIC',
  'structure:initialiser': 'PUBLIC', // the service refuses once the structure exists, unless ADMIN
  'sites:creer': ['ADMIN'],
  'conseillers:creer': ['ADMIN'],
  'jeunes:creer': ACCUEIL_ET_SUIVI,
  'jeunes:modifier': SUIVI,
  'jeunes:changerStatut': SUIVI,
  'jeunes:lire': ACCUEIL_ET_SUIVI,
  'jeunes:rechercher': ACCUEIL_ET_SUIVI,
  'jeunes:doublons': ACCUEIL_ET_SUIVI,
  'jeunes:historique': SUIVI,
  'suivi:lire': SUIVI,
  'evenements:creer': ACCUEIL_ET_SUIVI,
  'evenements:modifier': SUIVI,
  'evenements:supprimer': SUIVI,
  'evenements:recents': ACCUEIL_ET_SUIVI,
  'situations:creer': SUIVI,
  'situations:modifier': SUIVI,
  'situations:supprimer': SUIVI,
  'dispositifs:creer': SUIVI,
  'dispositifs:modifier': SUIVI,
  'dispositifs:supprimer': SUIVI,
  'freins:creer': SUIVI,
  'freins:modifier': SUIVI,
  'freins:supprimer': SUIVI,
  'aides:creer': SUIVI,
  'aides:modifier': SUIVI,
  'aides:supprimer': SUIVI,
  'partenaires:rechercher': SUIVI,
  'partenaires:lire': SUIVI,
  'partenaires:creer': SUIVI,
  'partenaires:modifier': SUIVI,
  'partenaires:supprimer': SUIVI,
  'partenaires:fusionner': SUIVI,
  'sessions:creer': SUIVI,
  'sessions:modifier': SUIVI,
  'sessions:supprimer': SUIVI,
  'offres:creer': SUIVI,
  'offres:modifier': SUIVI,
  'offres:supprimer': SUIVI,
  'propositions:creer': SUIVI,
  'propositions:modifier': SUIVI,
  'propositions:changerEtat': SUIVI,
  'propositions:enregistrerEntree': SUIVI,
  'propositions:ficheLiaison': SUIVI,
  'propositions:enAttente': SUIVI,
  'session:etat': 'PUBLIC',
  'session:ouvrir': 'PUBLIC',
  'session:fermer': 'CONNECTE',
  'session:verrouiller': 'CONNECTE',
  'session:deverrouiller': 'CONNECTE',
  'session:activite': 'CONNECTE',
  'session:changerMotDePasse': 'CONNECTE',
  'comptes:initialiser': 'PUBLIC', // only while no account exists (checked by the service)
  'comptes:lister': GESTION,
  'comptes:debloquer': GESTION,
  'comptes:definirMotDePasse': ['ADMIN'],
  'parametres:verrouillage': GESTION,
  'acces:accorder': ['DIRECTION'],
  'acces:retirer': ['DIRECTION'],
  'acces:lister': ['DIRECTION'],
  'audit:consultations': ['DIRECTION'],
  'audit:verifier': ['DIRECTION'],
  'sensible:lire': SUIVI,
  'reperages:lister': SUIVI,
  'reperages:creer': SUIVI,
  'reperages:modifier': SUIVI,
  'reperages:supprimer': SUIVI,
  'reperages:conseil': SUIVI,
  'reperages:orienter': SUIVI,
  'reperages:aSuivre': SUIVI,
  'reperages:guides': SUIVI,
  'reperages:modifierGuide': ['DIRECTION'],
  // Writes every kind of youth record for the whole office: DIRECTION only (ADMIN sees no youth data).
  'import:analyser': ['DIRECTION'],
  'import:executer': ['DIRECTION'],
  // The Region package and the direction's dashboard (paquet-region.md).
  'region:qualite': ['DIRECTION'],
  'region:tableauDeBord': ['DIRECTION'],
  'region:paquet': ['DIRECTION'],
  'conservation:aRevoir': ['DIRECTION'],
  'conservation:archiver': ['DIRECTION'],
  'conservation:anonymiser': ['DIRECTION'],
  'jeunes:effacer': ['DIRECTION'],
  'jeunes:exporterDonnees': ['DIRECTION'],
  // The director restores too (issue 9: an office with no IT staff); both re-type their password.
  'sauvegardes:lister': GESTION,
  'sauvegardes:creer': GESTION,
  'sauvegardes:restaurer': GESTION,
  'sauvegardes:dossier': GESTION,
  'integrite:verifier': GESTION,
  'chiffrement:etat': GESTION,
  'chiffrement:cleSecours': GESTION,
  // The convention's targets, shown on the dashboard.
  'objectifs:lire': ['DIRECTION'],
  'objectifs:enregistrer': ['DIRECTION'],
};

/** Channels still served while the screen is locked: to see the state, unlock, or leave. */
export const CANAUX_SESSION_VERROUILLEE: readonly Canal[] = [
  'session:etat',
  'session:deverrouiller',
  'session:fermer',
  'structure:lire',
];
