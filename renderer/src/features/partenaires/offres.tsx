import Grid from '@mui/material/Grid';
import { LIBELLES_CHAMPS_PARTENAIRE as L, offreSaisieSchema, type Offre } from '../../../../electron/core/contract';
import { libelle, TYPES_OFFRE } from '../../../../electron/core/domain/codes';
import { Case } from '../../formulaires/Case';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import i18n from '../../i18n';
import { enValeurs, type PropsChamps } from '../suivi/definition';
import type { DefinitionSousElement } from './definitionSousElement';
import { periode } from './libellesPartenaire';

type Schema = typeof offreSaisieSchema;
const CHAMPS = ['type', 'intitule', 'dateDebut', 'dateFin', 'codeRome'] as const;
const TYPES = optionsCodes(TYPES_OFFRE);

function ChampsOffre({ form: { control } }: PropsChamps<Schema>) {
  return (
    <Grid container spacing={2.5}>
      <Case>
        <ChampSelect control={control} name="type" label={i18n.t('partenaires.type')} required options={TYPES} />
      </Case>
      <Case>
        <ChampTexte control={control} name="codeRome" label={L.codeRome} aide={i18n.t('partenaires.aideCodeRome')} />
      </Case>
      <Case largeur={12}>
        <ChampTexte control={control} name="intitule" label={L.intitule} required />
      </Case>
      <Case>
        <ChampDate control={control} name="dateDebut" label={L.dateDebut} />
      </Case>
      <Case>
        <ChampDate control={control} name="dateFin" label={L.dateFin} />
      </Case>
    </Grid>
  );
}

/** « Mécanicien (Alternance) ». */
export function resumeOffre(o: Pick<Offre, 'intitule' | 'type'>): string {
  return i18n.t('partenaires.sousElementNomme', { intitule: o.intitule, precision: libelle(TYPES_OFFRE, o.type) });
}

export const OFFRES: DefinitionSousElement<Offre, Schema> = {
  cle: 'offres',
  schema: offreSaisieSchema,
  elements: (p) => p.offres,
  nouveau: { type: '', intitule: '', dateDebut: '', dateFin: '', codeRome: '' },
  valeurs: (o) => enValeurs(CHAMPS, o),
  Champs: ChampsOffre,
  colonnes: [
    { entete: i18n.t('partenaires.type'), cellule: (o) => libelle(TYPES_OFFRE, o.type) },
    { entete: L.intitule, cellule: (o) => o.intitule },
    { entete: i18n.t('partenaires.periode.titre'), cellule: (o) => periode(o.dateDebut, o.dateFin) },
    { entete: L.codeRome, cellule: (o) => o.codeRome },
  ],
  resume: resumeOffre,
  creer: (api, partenaireId, saisie) => api['offres:creer']({ partenaireId, saisie }),
  modifier: (api, id, saisie) => api['offres:modifier']({ id, saisie }),
  supprimer: (api, id) => api['offres:supprimer']({ id }),
};
