import Grid from '@mui/material/Grid';
import type { Jeune, Suivi } from '../../../../electron/core/contract';
import { dateLocale } from '../../../../electron/core/domain/dates';
import type { Chargement } from '../../api/useChargement';
import { useStructure } from '../../structure/StructureContexte';
import { Chronologie } from './Chronologie';
import { OngletsSuivi } from './OngletsSuivi';
import { SaisieContact } from './SaisieContact';

interface Props {
  jeune: Jeune;
  suivi: Chargement<Suivi>;
  /** A record was saved or deleted: reload, and announce `message`. */
  apresChangement: (message: string) => void;
}

/** The follow-up part of the file: quick contact entry, chronology, and the records by kind. */
export function SuiviJeune({ jeune, suivi, apresChangement }: Props) {
  const { etat } = useStructure();
  const contexte = { jeune, etat, aujourdhui: dateLocale(new Date()) };
  return (
    <>
      <Grid container spacing={2.5} sx={{ alignItems: 'flex-start' }}>
        <Grid size={{ xs: 12, lg: 5 }}>
          <SaisieContact contexte={contexte} apresEnregistrement={apresChangement} />
        </Grid>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Chronologie suivi={suivi} />
        </Grid>
      </Grid>
      <OngletsSuivi suivi={suivi} contexte={contexte} apresChangement={apresChangement} />
    </>
  );
}
