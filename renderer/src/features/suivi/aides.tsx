import Grid from '@mui/material/Grid';
import { aideSaisieSchema, LIBELLES_CHAMPS_AIDE as L, type Aide } from '../../../../electron/core/contract';
import { libelle, TYPES_AIDE } from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { formaterMontant } from '../../../../electron/core/domain/montant';
import { Case } from '../../formulaires/Case';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import i18n from '../../i18n';
import type { DefinitionSuivi, PropsChamps } from './definition';
import { resumeAide } from './libellesSuivi';

type Schema = typeof aideSaisieSchema;
const TYPES = optionsCodes(TYPES_AIDE);
const EUROS = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Cents as an adviser types euros, « 1 000,00 »: the form shows it, and the server reads it back
 * to the same cents (the channels take the typed text, not cents).
 */
function montantSaisi(centimes: number): string {
  return EUROS.format(centimes / 100).replace(/\s/g, ' ');
}

function ChampsAide({ form: { control } }: PropsChamps<Schema>) {
  return (
    <Grid container spacing={2.5}>
      <Case largeur={12}>
        <ChampSelect control={control} name="type" label={L.type} required options={TYPES} />
      </Case>
      <Case>
        <ChampTexte
          control={control}
          name="montant"
          label={L.montant}
          required
          suffixe="€"
          inputMode="decimal"
          aide={i18n.t('suivi.aide.exemple')}
        />
      </Case>
      <Case>
        <ChampDate control={control} name="dateDecision" label={L.dateDecision} required />
      </Case>
    </Grid>
  );
}

export const AIDES: DefinitionSuivi<Aide, Schema> = {
  cle: 'aides',
  schema: aideSaisieSchema,
  largeurDialogue: 'sm',
  nouveau: ({ aujourdhui }) => ({ type: '', montant: '', dateDecision: aujourdhui }),
  valeurs: (a) => ({ type: a.type, montant: montantSaisi(a.montantCentimes), dateDecision: a.dateDecision }),
  Champs: ChampsAide,
  colonnes: [
    { entete: L.type, cellule: (a) => libelle(TYPES_AIDE, a.type) },
    { entete: L.montant, cellule: (a) => formaterMontant(a.montantCentimes) },
    { entete: L.dateDecision, cellule: (a) => formaterDate(a.dateDecision) },
  ],
  resume: resumeAide,
  creer: (api, jeuneId, saisie) =>
    api['aides:creer']({ jeuneId, saisie: { ...saisie, montant: montantSaisi(saisie.montant) } }),
  modifier: (api, id, saisie) =>
    api['aides:modifier']({ id, saisie: { ...saisie, montant: montantSaisi(saisie.montant) } }),
  supprimer: (api, id) => api['aides:supprimer']({ id }),
};
