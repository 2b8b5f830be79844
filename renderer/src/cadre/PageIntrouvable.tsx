import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TitrePage } from '../composants/TitrePage';

export function PageIntrouvable() {
  const { t } = useTranslation();
  return (
    <>
      <TitrePage>{t('introuvable.titre')}</TitrePage>
      <Typography sx={{ mb: 2 }}>{t('introuvable.texte')}</Typography>
      <Button component={Link} to="/" variant="contained">
        {t('introuvable.retour')}
      </Button>
    </>
  );
}
