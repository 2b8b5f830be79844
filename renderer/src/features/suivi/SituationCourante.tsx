import WorkOutlineIcon from '@mui/icons-material/WorkOutlineOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Suivi } from '../../../../electron/core/contract';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { libelleSituation } from './libellesSuivi';
import { PastilleEmploiDurable } from './pastilles';

/** What the youth is doing today (i-milo's current situation), shown under their name. */
export function SituationCourante({ suivi }: { suivi: Suivi }) {
  const { t } = useTranslation();
  const situation = suivi.situations.find((s) => s.id === suivi.situationCouranteId);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <WorkOutlineIcon color="primary" fontSize="small" />
      {situation ? (
        <>
          <Typography>
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {t('fiche.situationActuelle')}
            </Box>{' '}
            <Box component="span" sx={{ fontWeight: 500 }}>
              {libelleSituation(situation)}
            </Box>{' '}
            {t('fiche.depuis', { date: formaterDate(situation.dateDebut) })}
          </Typography>
          {situation.emploiDurable && <PastilleEmploiDurable />}
        </>
      ) : (
        <Typography color="text.secondary">{t('fiche.aucuneSituation')}</Typography>
      )}
    </Stack>
  );
}
