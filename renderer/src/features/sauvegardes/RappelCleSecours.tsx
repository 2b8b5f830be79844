import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';

/**
 * Above the pages of the direction until the recovery key has been shown once: without it, a
 * stolen or broken computer means the backups cannot be opened anywhere else. Not on the backups
 * page itself (where the key is shown), and mounted again when leaving it (Cadre), to reload.
 */
export function RappelCleSecours() {
  const { t } = useTranslation();
  const api = useApi();
  const etat = useChargement(useCallback(() => api['chiffrement:etat']({}), [api])).valeur;
  if (!etat?.chiffree || etat.remiseLe !== null) return null;
  return (
    // A standing reminder, not an event: "note" keeps screen readers from announcing it on every page.
    <Alert
      role="note"
      severity="warning"
      sx={{ mb: 2 }}
      action={
        <Button component={Link} to="/sauvegardes" color="inherit" size="small">
          {t('sauvegardes.cle.rappelAction')}
        </Button>
      }
    >
      {t('sauvegardes.cle.rappel')}
    </Alert>
  );
}
