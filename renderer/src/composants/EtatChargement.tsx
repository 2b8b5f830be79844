import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chargement } from '../api/useChargement';

/**
 * Renders `children` with the loaded value; before that, a spinner, or the error with a retry button.
 * A reload keeps showing the previous value.
 */
export function EtatChargement<T>({
  chargement,
  children,
}: {
  chargement: Chargement<T>;
  children: (valeur: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (chargement.valeur !== undefined) return children(chargement.valeur);
  if (chargement.erreur !== null) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" onClick={chargement.recharger}>
            {t('commun.reessayer')}
          </Button>
        }
      >
        {chargement.erreur.message}
      </Alert>
    );
  }
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
      <CircularProgress aria-label={t('commun.chargement')} />
    </Box>
  );
}
