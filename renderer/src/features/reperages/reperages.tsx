import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { LIBELLES_CHAMPS_REPERAGE as L, reperageSaisieSchema, type Reperage } from '../../../../electron/core/contract';
import {
  DOMAINES_REPERAGE,
  libelle,
  METHODES_PAR_DOMAINE,
  METHODES_REPERAGE,
  RESULTATS_PAR_DOMAINE,
  RESULTATS_REPERAGE,
  type DomaineReperage,
} from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { domaineSensible } from '../../../../electron/core/domain/reperage';
import { TexteLibre } from '../../composants/TexteLibre';
import { Case } from '../../formulaires/Case';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import i18n from '../../i18n';
import { PastilleEtat } from '../orientations/PastilleEtat';
import { enValeurs, valeursVides, type DefinitionSuivi, type PropsChamps } from '../suivi/definition';
import { resumeReperage } from './libellesReperage';
import { PanneauGuide } from './PanneauGuide';

type Schema = typeof reperageSaisieSchema;
const CHAMPS = Object.keys(L) as (keyof typeof L)[];

/**
 * The fields of a screening: methods and results of the chosen domain only, the RQTH's end for a valid
 * RQTH, the note for those who may read it; the domain's guidance folded underneath.
 */
function champsReperage(detailsLisibles: boolean) {
  const domaines = optionsCodes(
    DOMAINES_REPERAGE,
    DOMAINES_REPERAGE.codes.filter((d) => detailsLisibles || !domaineSensible(d)),
  );
  return function ChampsReperage({ form: { control, setValue } }: PropsChamps<Schema>) {
    const domaine = useWatch({ control, name: 'domaine' }) as DomaineReperage | '';
    const resultat = useWatch({ control, name: 'resultat' });
    const methodes = domaine === '' ? [] : optionsCodes(METHODES_REPERAGE, METHODES_PAR_DOMAINE[domaine]);
    const resultats = domaine === '' ? [] : optionsCodes(RESULTATS_REPERAGE, RESULTATS_PAR_DOMAINE[domaine]);
    const nouveauDomaine = () => {
      setValue('methode', '');
      setValue('resultat', '');
      setValue('dateFinRqth', '');
    };
    return (
      <Stack spacing={2.5}>
        <Grid container spacing={2.5}>
          <Case>
            <ChampSelect
              control={control}
              name="domaine"
              label={L.domaine}
              required
              options={domaines}
              onChoix={nouveauDomaine}
            />
          </Case>
          <Case>
            <ChampDate control={control} name="date" label={L.date} required />
          </Case>
          <Case>
            <ChampSelect control={control} name="methode" label={L.methode} required options={methodes} />
          </Case>
          <Case>
            <ChampSelect
              control={control}
              name="resultat"
              label={L.resultat}
              required
              options={resultats}
              onChoix={() => setValue('dateFinRqth', '')}
            />
          </Case>
          {domaine === 'HANDICAP' && resultat === 'RQTH_VALIDE' && (
            <Case>
              <ChampDate control={control} name="dateFinRqth" label={L.dateFinRqth} />
            </Case>
          )}
          <Case>
            <ChampDate control={control} name="dateInformation" label={L.dateInformation} />
          </Case>
          <Case>
            <ChampDate control={control} name="dateSuivi" label={L.dateSuivi} />
          </Case>
          {detailsLisibles && (
            <Case largeur={12}>
              <ChampTexte control={control} name="note" label={L.note} multiligne aide={i18n.t('reperages.aideNote')} />
            </Case>
          )}
        </Grid>
        {domaine !== '' && <PanneauGuide domaine={domaine} />}
      </Stack>
    );
  };
}

function Resultat({ reperage: r }: { reperage: Reperage }) {
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <span>{libelle(RESULTATS_REPERAGE, r.resultat)}</span>
      {r.positif && <Chip size="small" color="warning" variant="outlined" label={i18n.t('reperages.positif')} />}
    </Stack>
  );
}

function Orientation({ reperage: r }: { reperage: Reperage }) {
  if (r.orientation === null) return null;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <PastilleEtat etat={r.orientation.etat} />
      {r.orientation.partenaireNom && <Typography variant="body2">{r.orientation.partenaireNom}</Typography>}
    </Stack>
  );
}

function Note({ reperage: r }: { reperage: Reperage }) {
  if (r.noteReservee) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
        {i18n.t('reperages.noteReservee')}
      </Typography>
    );
  }
  return <TexteLibre texte={r.note} />;
}

/** Screenings of a youth file; `detailsLisibles`: the reader may see handicap screenings and notes. */
export function definitionReperages(detailsLisibles: boolean): DefinitionSuivi<Reperage, Schema> {
  return {
    cle: 'reperages',
    schema: reperageSaisieSchema,
    largeurDialogue: 'md',
    nouveau: ({ aujourdhui }) => ({ ...valeursVides(CHAMPS), date: aujourdhui }),
    valeurs: (r) => enValeurs(CHAMPS, r),
    Champs: champsReperage(detailsLisibles),
    colonnes: [
      { entete: L.domaine, cellule: (r) => libelle(DOMAINES_REPERAGE, r.domaine) },
      { entete: L.date, cellule: (r) => formaterDate(r.date) },
      { entete: L.methode, cellule: (r) => libelle(METHODES_REPERAGE, r.methode) },
      { entete: L.resultat, cellule: (r) => <Resultat reperage={r} /> },
      { entete: L.dateSuivi, cellule: (r) => (r.dateSuivi === null ? '' : formaterDate(r.dateSuivi)) },
      { entete: i18n.t('reperages.colonnes.orientation'), cellule: (r) => <Orientation reperage={r} /> },
      { entete: L.note, cellule: (r) => <Note reperage={r} /> },
    ],
    resume: resumeReperage,
    creer: (api, jeuneId, saisie) => api['reperages:creer']({ jeuneId, saisie }),
    modifier: (api, id, saisie) => api['reperages:modifier']({ id, saisie }),
    supprimer: (api, id) => api['reperages:supprimer']({ id }),
  };
}
