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
    // Each company once, whatever the number of propositions and entries naming it: one probe per
    // company in `propositions_partenaire_idx` and `situations_partenaire_idx`, stopped at the first.
    source: `FROM partenaires pe WHERE pe.type = 'ENTREPRISE'
      AND (EXISTS (SELECT 1 FROM propositions pm WHERE pm.partenaire_id = pe.id AND ${dansAnnee('pm.date')})
        OR EXISTS (SELECT 1 FROM situations sm WHERE sm.partenaire_id = pe.id AND ${dansAnnee('sm.date_debut')}))`,
    agregat: 'count(*)',
    dimensions: [],
  },
];
