import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import {
  LIBELLES_CHAMPS_SITUATION as L,
  situationSaisieSchema,
  type Situation,
} from '../../../../electron/core/contract';
import {
  CATEGORIES_SITUATION,
  FINANCEURS,
  libelle,
  SOUS_TYPES_PAR_CATEGORIE,
  SOUS_TYPES_SITUATION,
  type CategorieSituation,
} from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { Case } from '../../formulaires/Case';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import i18n from '../../i18n';
import { ChampPartenaire } from '../partenaires/ChampPartenaire';
import { enValeurs, valeursVides, type DefinitionSuivi, type PropsChamps } from './definition';
import { joindre, libelleSituation, partenaireSituation, resumeSituation } from './libellesSuivi';
import { PastilleEmploiDurable, PastilleEnCours } from './pastilles';

type Schema = typeof situationSaisieSchema;
const CHAMPS = Object.keys(L) as (keyof typeof L)[];
const CATEGORIES = optionsCodes(CATEGORIES_SITUATION);

function estCategorie(valeur: string): valeur is CategorieSituation {
  return Object.hasOwn(SOUS_TYPES_PAR_CATEGORIE, valeur);
}

/**
 * The sub-type list offers only the chosen category's sub-types (hidden when it has none), the
 * financeur only shows for a training; changing the category empties both.
 */
function ChampsSituation({ form }: PropsChamps<Schema>) {
  const { control, setValue, clearErrors } = form;
  const categorie = useWatch({ control, name: 'categorie' });
  const sousTypes = estCategorie(categorie) ? SOUS_TYPES_PAR_CATEGORIE[categorie] : [];
  const nouvelleCategorie = () => {
    setValue('sousType', '');
    setValue('financeur', '');
    clearErrors(['sousType', 'financeur']);
  };
  return (
    <Stack spacing={2.5}>
      <Grid container spacing={2.5}>
        <Case>
          <ChampSelect
            control={control}
            name="categorie"
            label={L.categorie}
            required
            options={CATEGORIES}
            onChoix={nouvelleCategorie}
          />
        </Case>
        {sousTypes.length > 0 && (
          <Case>
            <ChampSelect
              control={control}
              name="sousType"
              label={L.sousType}
              required
              options={optionsCodes(SOUS_TYPES_SITUATION, sousTypes)}
            />
          </Case>
        )}
        {categorie === 'FOR' && (
          <Case>
            <ChampSelect
              control={control}
              name="financeur"
              label={L.financeur}
              required
              options={optionsCodes(FINANCEURS)}
            />
          </Case>
        )}
      </Grid>
      <Grid container spacing={2.5}>
        <Case largeur={4}>
          <ChampDate control={control} name="dateDebut" label={L.dateDebut} required />
        </Case>
        <Case largeur={4}>
          <ChampDate control={control} name="dateFinPrevue" label={L.dateFinPrevue} />
        </Case>
        <Case largeur={4}>
          <ChampDate control={control} name="dateFin" label={L.dateFin} />
        </Case>
        <Case largeur={12}>
          <ChampTexte control={control} name="intitule" label={L.intitule} />
        </Case>
        <Case>
          <ChampPartenaire control={control} name="partenaireId" label={L.partenaireId} />
        </Case>
        <Case>
          <ChampTexte control={control} name="partenaire" label={L.partenaire} />
        </Case>
      </Grid>
    </Stack>
  );
}

function IndicateursSituation({ situation }: { situation: Situation }) {
  return (
    <Stack direction="row" spacing={1}>
      {situation.enCours && <PastilleEnCours />}
      {situation.emploiDurable && <PastilleEmploiDurable />}
    </Stack>
  );
}

function CelluleSituation({ situation: s }: { situation: Situation }) {
  const details = joindre(s.intitule, partenaireSituation(s), s.financeur && libelle(FINANCEURS, s.financeur));
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {libelleSituation(s)}
      </Typography>
      {details && (
        <Typography variant="body2" color="text.secondary">
          {details}
        </Typography>
      )}
    </>
  );
}

const date = (d: string | null) => (d === null ? '' : formaterDate(d));

export const SITUATIONS: DefinitionSuivi<Situation, Schema> = {
  cle: 'situations',
  schema: situationSaisieSchema,
  largeurDialogue: 'md',
  nouveau: ({ aujourdhui }) => ({ ...valeursVides(CHAMPS), dateDebut: aujourdhui }),
  valeurs: (s) => enValeurs(CHAMPS, s),
  Champs: ChampsSituation,
  colonnes: [
    { entete: i18n.t('suivi.colonnes.situation'), cellule: (s) => <CelluleSituation situation={s} /> },
    { entete: L.dateDebut, cellule: (s) => formaterDate(s.dateDebut) },
    { entete: L.dateFinPrevue, cellule: (s) => date(s.dateFinPrevue) },
    { entete: L.dateFin, cellule: (s) => date(s.dateFin) },
    { entete: i18n.t('suivi.colonnes.indicateurs'), cellule: (s) => <IndicateursSituation situation={s} /> },
  ],
  resume: resumeSituation,
  creer: (api, jeuneId, saisie) => api['situations:creer']({ jeuneId, saisie }),
  modifier: (api, id, saisie) => api['situations:modifier']({ id, saisie }),
  supprimer: (api, id) => api['situations:supprimer']({ id }),
};
