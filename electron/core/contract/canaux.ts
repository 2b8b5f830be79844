/**
 * The API's channel names (`domaine:verbe`). No imports: the sandboxed preload bundles this file
 * alone, and a contract test checks that the preload exposes exactly these names.
 */
export const CANAUX = [
  'structure:lire',
  'structure:initialiser',
  'sites:creer',
  'conseillers:creer',
  'jeunes:creer',
  'jeunes:modifier',
  'jeunes:changerStatut',
  'jeunes:lire',
  'jeunes:rechercher',
  'jeunes:doublons',
  'jeunes:historique',
  'suivi:lire',
  'evenements:creer',
  'evenements:modifier',
  'evenements:supprimer',
  'evenements:recents',
  'situations:creer',
  'situations:modifier',
  'situations:supprimer',
  'dispositifs:creer',
  'dispositifs:modifier',
  'dispositifs:supprimer',
  'freins:creer',
  'freins:modifier',
  'freins:supprimer',
  'aides:creer',
  'aides:modifier',
  'aides:supprimer',
  'partenaires:rechercher',
  'partenaires:lire',
  'partenaires:creer',
  'partenaires:modifier',
  'partenaires:supprimer',
  'partenaires:fusionner',
  'sessions:creer',
  'sessions:modifier',
  'sessions:supprimer',
  'offres:creer',
  'offres:modifier',
  'offres:supprimer',
  'propositions:creer',
  'propositions:modifier',
  'propositions:changerEtat',
  'propositions:enregistrerEntree',
  'propositions:ficheLiaison',
  'propositions:enAttente',
] as const;

export type Canal = (typeof CANAUX)[number];

/** IPC channel names are prefixed so the main process can refuse anything else outright. */
export const PREFIXE_IPC = 'tremplin:';
