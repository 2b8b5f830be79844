import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

export function PastilleEnCours() {
  const { t } = useTranslation();
  return <Chip size="small" variant="outlined" color="primary" label={t('suivi.enCours')} />;
}

export function PastilleEmploiDurable() {
  const { t } = useTranslation();
  return <Chip size="small" color="success" label={t('suivi.emploiDurable')} />;
}
