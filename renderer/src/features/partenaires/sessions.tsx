import Grid from '@mui/material/Grid';
import {
  LIBELLES_CHAMPS_PARTENAIRE as L,
  sessionSaisieSchema,
  type SessionFormation,
} from '../../../../electron/core/contract';
import { FINANCEURS, libelle } from '../../../../electron/core/domain/codes';
import { Case } from '../../formulaires/Case';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import i18n from '../../i18n';
import type { PropsChamps } from '../suivi/definition';
import type { DefinitionSousElement } from './definitionSousElement';
import { periode } from './libellesPartenaire';

type Schema = typeof sessionSaisieSchema;
const FINANCEURS_OPTIONS = optionsCodes(FINANCEURS);

function ChampsSession({ form: { control } }: PropsChamps<Schema>) {
  return (
    <Grid container spacing={2.5}>
      <Case largeur={12}>
        <ChampTexte control={control} name="intitule" label={L.intitule} required />
      </Case>
      <Case>
        <ChampDate control={control} name="dateDebut" label={L.dateDebut} required />
      </Case>
      <Case>
        <ChampDate control={control} name="dateFin" label={L.dateFin} />
      </Case>
      <Case>
        <ChampTexte control={control} name="places" label={L.places} inputMode="decimal" />
      </Case>
      <Case>
        <ChampSelect control={control} name="financeur" label={L.financeur} options={FINANCEURS_OPTIONS} />
      </Case>
      <Case largeur={12}>
        <ChampTexte control={control} name="eligibilite" label={L.eligibilite} multiligne />
      </Case>
    </Grid>
  );
}

/** « Titre pro agent de restauration (du 04/05/2026 au 30/11/2026) ». */
export function resumeSession(s: Pick<SessionFormation, 'intitule' | 'dateDebut' | 'dateFin'>): string {
  return i18n.t('partenaires.sousElementNomme', { intitule: s.intitule, precision: periode(s.dateDebut, s.dateFin) });
}

export const SESSIONS: DefinitionSousElement<SessionFormation, Schema> = {
  cle: 'sessions',
  schema: sessionSaisieSchema,
  elements: (p) => p.sessions,
  nouveau: { intitule: '', dateDebut: '', dateFin: '', places: '', financeur: '', eligibilite: '' },
  valeurs: (s) => ({
    intitule: s.intitule,
    dateDebut: s.dateDebut,
    dateFin: s.dateFin ?? '',
    places: s.places === null ? '' : String(s.places),
    financeur: s.financeur ?? '',
    eligibilite: s.eligibilite ?? '',
  }),
  Champs: ChampsSession,
  colonnes: [
    { entete: L.intitule, cellule: (s) => s.intitule },
    { entete: i18n.t('partenaires.periode.titre'), cellule: (s) => periode(s.dateDebut, s.dateFin) },
    { entete: L.places, cellule: (s) => s.places },
    { entete: L.financeur, cellule: (s) => libelle(FINANCEURS, s.financeur) },
    { entete: L.eligibilite, cellule: (s) => s.eligibilite },
  ],
  resume: resumeSession,
  creer: (api, partenaireId, saisie) => api['sessions:creer']({ partenaireId, saisie }),
  modifier: (api, id, saisie) => api['sessions:modifier']({ id, saisie }),
  supprimer: (api, id) => api['sessions:supprimer']({ id }),
};
