/** Programmes (dispositifs), orientations (propositions) and companies mobilised. */
import { ETATS_PROPOSITION, TYPES_DISPOSITIF, TYPES_PROPOSITION } from '../../domain/codes';
import { dansAnnee, type Indicateur } from './definition';

export const INDICATEURS_ORIENTATION: readonly Indicateur[] = [
  {
    nature: 'comptage',
    code: 'ENTREES_DISPOSITIF',
    libelle: 'Entrées en dispositif',
    section: 'programmes',
    source: `FROM dispositifs WHERE ${dansAnnee('date_entree')}`,
    agregat: 'count(*)',
    dimensions: [{ nom: 'type', libelle: 'Dispositif', colonne: 'type', liste: TYPES_DISPOSITIF }],
  },
  {
    nature: 'comptage',
    code: 'PROPOSITIONS',
    libelle: 'Propositions (orientations)',
    section: 'orientation',
    source: `FROM propositions WHERE ${dansAnnee('date')}`,
    agregat: 'count(*)',
    dimensions: [
      { nom: 'type', libelle: 'Type', colonne: 'type', liste: TYPES_PROPOSITION },
      { nom: 'etat', libelle: 'État', colonne: 'etat', liste: ETATS_PROPOSITION },
    ],
  },
  {
    nature: 'comptage',
    code: 'ENTREPRISES_MOBILISEES',
    libelle: 'Entreprises mobilisées',
    section: 'orientation',
    // UNION removes duplicates: a company named by several propositions and entries counts once.
    source: `FROM (SELECT partenaire_id FROM propositions WHERE ${dansAnnee('date')}
        UNION SELECT partenaire_id FROM situations WHERE ${dansAnnee('date_debut')}) m
      JOIN partenaires pe ON pe.id = m.partenaire_id AND pe.type = 'ENTREPRISE'`,
    agregat: 'count(*)',
    dimensions: [],
  },
];
