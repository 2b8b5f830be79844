import Grid from '@mui/material/Grid';
import {
  dispositifSaisieSchema,
  LIBELLES_CHAMPS_DISPOSITIF as L,
  type Dispositif,
} from '../../../../electron/core/contract';
import { libelle, TYPES_DISPOSITIF } from '../../../../electron/core/domain/codes';
import { dateLocale, formaterDate } from '../../../../electron/core/domain/dates';
import { estEnCours } from '../../../../electron/core/domain/situation';
import { Case } from '../../formulaires/Case';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { optionsCodes } from '../../formulaires/optionsCodes';
import i18n from '../../i18n';
import { enValeurs, valeursVides, type DefinitionSuivi, type PropsChamps } from './definition';
import { resumeDispositif } from './libellesSuivi';
import { PastilleEnCours } from './pastilles';

type Schema = typeof dispositifSaisieSchema;
const CHAMPS = Object.keys(L) as (keyof typeof L)[];
const TYPES = optionsCodes(TYPES_DISPOSITIF);

function ChampsDispositif({ form: { control } }: PropsChamps<Schema>) {
  return (
    <Grid container spacing={2.5}>
      <Case largeur={12}>
        <ChampSelect control={control} name="type" label={L.type} required options={TYPES} />
      </Case>
      <Case>
        <ChampDate control={control} name="dateEntree" label={L.dateEntree} required />
      </Case>
      <Case>
        <ChampDate control={control} name="dateSortie" label={L.dateSortie} />
      </Case>
    </Grid>
  );
}

function enCours(d: Dispositif): boolean {
  return estEnCours({ dateDebut: d.dateEntree, dateFin: d.dateSortie, dateFinPrevue: null }, dateLocale(new Date()));
}

export const DISPOSITIFS: DefinitionSuivi<Dispositif, Schema> = {
  cle: 'dispositifs',
  schema: dispositifSaisieSchema,
  largeurDialogue: 'sm',
  nouveau: ({ aujourdhui }) => ({ ...valeursVides(CHAMPS), dateEntree: aujourdhui }),
  valeurs: (d) => enValeurs(CHAMPS, d),
  Champs: ChampsDispositif,
  colonnes: [
    { entete: L.type, cellule: (d) => libelle(TYPES_DISPOSITIF, d.type) },
    { entete: L.dateEntree, cellule: (d) => formaterDate(d.dateEntree) },
    { entete: L.dateSortie, cellule: (d) => (d.dateSortie === null ? '' : formaterDate(d.dateSortie)) },
    { entete: i18n.t('suivi.colonnes.indicateurs'), cellule: (d) => enCours(d) && <PastilleEnCours /> },
  ],
  resume: resumeDispositif,
  creer: (api, jeuneId, saisie) => api['dispositifs:creer']({ jeuneId, saisie }),
  modifier: (api, id, saisie) => api['dispositifs:modifier']({ id, saisie }),
  supprimer: (api, id) => api['dispositifs:supprimer']({ id }),
};
