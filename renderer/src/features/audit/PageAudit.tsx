import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sortie } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { TitrePage } from '../../composants/TitrePage';

/** Intact, or where the chain breaks and whether entries were cut from its end (read out by the status region). */
function ResultatVerification({ verification: v }: { verification: Sortie<'audit:verifier'> }) {
  const { t } = useTranslation();
  if (v.premiereRupture === null && v.sceauIntact) {
    return (
      <Alert severity="success" role="note">
        {t('audit.intacte', { count: v.entrees })}
      </Alert>
    );
  }
  return (
    <Stack spacing={1.5}>
      {v.premiereRupture !== null && (
        <Alert severity="error" role="note">
          {t('audit.rompue', { numero: v.premiereRupture })}
        </Alert>
      )}
      {!v.sceauIntact && (
        <Alert severity="error" role="note">
          {t('audit.sceauRompu')}
        </Alert>
      )}
    </Stack>
  );
}

/** DIRECTION checks that nobody edited, removed or reordered the audit trail. */
export function PageAudit() {
  const { t } = useTranslation();
  const api = useApi();
  const verification = useChargement(useCallback(() => api['audit:verifier']({}), [api]));
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <TitrePage>{t('audit.titre')}</TitrePage>
      <Typography>{t('audit.explication')}</Typography>
      <Section
        titre={t('audit.verification')}
        actions={
          <Button variant="outlined" onClick={verification.recharger} loading={verification.enCours}>
            {t('audit.verifier')}
          </Button>
        }
      >
        <div role="status">
          <EtatChargement chargement={verification}>{(v) => <ResultatVerification verification={v} />}</EtatChargement>
        </div>
      </Section>
    </Stack>
  );
}
