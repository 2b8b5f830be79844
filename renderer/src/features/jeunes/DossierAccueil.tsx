import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import type { Jeune } from '../../../../electron/core/contract';
import { dateLocale } from '../../../../electron/core/domain/dates';
import { useAnnonce } from '../../composants/useAnnonce';
import { useStructure } from '../../structure/StructureContexte';
import { SaisieContact } from '../suivi/SaisieContact';
import { EnTeteFiche } from './EnTeteFiche';
import { ResumeJeune } from './ResumeJeune';

/** The file as reception sees it: who the youth is, and a contact to record; the follow-up is the advisers'. */
export function DossierAccueil({ jeune }: { jeune: Jeune }) {
  const { etat } = useStructure();
  const { annoncer, annonce } = useAnnonce();
  return (
    <Stack spacing={2.5}>
      <EnTeteFiche jeune={jeune} />
      <Box sx={{ maxWidth: 640 }}>
        <SaisieContact contexte={{ jeune, etat, aujourdhui: dateLocale(new Date()) }} apresEnregistrement={annoncer} />
      </Box>
      <ResumeJeune jeune={jeune} />
      {annonce}
    </Stack>
  );
}
