import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import { useWatch } from 'react-hook-form';
import { freinSaisieSchema, LIBELLES_CHAMPS_FREIN as L, type Frein } from '../../../../electron/core/contract';
import { libelle, STATUTS_FREIN, THEMES_FREIN, type ThemeFrein } from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { TexteLibre } from '../../composants/TexteLibre';
import { Case } from '../../formulaires/Case';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampSelect, type OptionSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import i18n from '../../i18n';
import { enValeurs, valeursVides, type DefinitionSuivi, type PropsChamps } from './definition';
import { resumeFrein } from './libellesSuivi';

type Schema = typeof freinSaisieSchema;
const CHAMPS = Object.keys(L) as (keyof typeof L)[];
const STATUTS = optionsCodes(STATUTS_FREIN);
/**
 * Health barriers are confidential: the core leaves them out of the follow-up and serves them
 * through `sensible:lire` only, to those allowed. They have their own section of the file.
 */
const THEME_CONFIDENTIEL: ThemeFrein = 'SANTE';

/** A closed barrier (levé / non levé) needs the date it was closed. */
function estClos(statut: string): boolean {
  return statut === 'LEVE' || statut === 'NON_LEVE';
}

/** The fields of a barrier whose theme is one of `themes`. */
function champsFrein(themes: readonly OptionSelect[]) {
  return function ChampsFrein({ form: { control } }: PropsChamps<Schema>) {
    const statut = useWatch({ control, name: 'statut' });
    return (
      <Grid container spacing={2.5}>
        <Case>
          <ChampSelect control={control} name="theme" label={L.theme} required options={themes} />
        </Case>
        <Case>
          <ChampDate control={control} name="dateIdentification" label={L.dateIdentification} required />
        </Case>
        <Case>
          <ChampSelect control={control} name="statut" label={L.statut} required options={STATUTS} />
        </Case>
        <Case>
          <ChampDate control={control} name="dateStatut" label={L.dateStatut} required={estClos(statut)} />
        </Case>
        <Case largeur={12}>
          <ChampTexte control={control} name="actions" label={L.actions} multiligne />
        </Case>
      </Grid>
    );
  };
}

function Statut({ frein }: { frein: Frein }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      color={frein.statut === 'LEVE' ? 'success' : 'default'}
      label={libelle(STATUTS_FREIN, frein.statut)}
    />
  );
}

/** Barriers of the given themes: the follow-up's (every theme but health) or the confidential one's. */
function definitionFreins(
  cle: 'freins' | 'freinsSante',
  themes: readonly ThemeFrein[],
): DefinitionSuivi<Frein, Schema> {
  const themeUnique = themes.length === 1 ? themes[0]! : '';
  return {
    cle,
    schema: freinSaisieSchema,
    largeurDialogue: 'sm',
    nouveau: ({ aujourdhui }) => ({
      ...valeursVides(CHAMPS),
      theme: themeUnique,
      dateIdentification: aujourdhui,
      statut: 'IDENTIFIE',
    }),
    valeurs: (f) => enValeurs(CHAMPS, f),
    Champs: champsFrein(optionsCodes(THEMES_FREIN, themes)),
    colonnes: [
      { entete: L.theme, cellule: (f) => libelle(THEMES_FREIN, f.theme) },
      { entete: L.dateIdentification, cellule: (f) => formaterDate(f.dateIdentification) },
      { entete: L.statut, cellule: (f) => <Statut frein={f} /> },
      { entete: L.dateStatut, cellule: (f) => (f.dateStatut === null ? '' : formaterDate(f.dateStatut)) },
      { entete: L.actions, cellule: (f) => <TexteLibre texte={f.actions} /> },
    ],
    resume: resumeFrein,
    creer: (api, jeuneId, saisie) => api['freins:creer']({ jeuneId, saisie }),
    modifier: (api, id, saisie) => api['freins:modifier']({ id, saisie }),
    supprimer: (api, id) => api['freins:supprimer']({ id }),
    actionRapide: {
      libelle: i18n.t('suivi.frein.marquerLeve'),
      libelleNomme: (f) => i18n.t('suivi.frein.marquerLeveNomme', { nom: resumeFrein(f) }),
      possible: (f) => f.statut !== 'LEVE',
      executer: (api, { id, theme, dateIdentification, actions }, aujourdhui) =>
        api['freins:modifier']({
          id,
          saisie: { theme, dateIdentification, actions, statut: 'LEVE', dateStatut: aujourdhui },
        }),
      succes: (f) => i18n.t('suivi.frein.leve', { theme: libelle(THEMES_FREIN, f.theme) }),
    },
  };
}

export const FREINS = definitionFreins(
  'freins',
  THEMES_FREIN.codes.filter((t) => t !== THEME_CONFIDENTIEL),
);
export const FREINS_SANTE = definitionFreins('freinsSante', [THEME_CONFIDENTIEL]);
