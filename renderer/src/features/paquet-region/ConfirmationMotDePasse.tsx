import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The core's refusal (wrong password…), shown under the field. */
  erreur: string | null;
  onConfirmer: (motDePasse: string) => void;
  onRetour: () => void;
}

/** The director types the password again before the package is produced. */
export function ConfirmationMotDePasse({ erreur, onConfirmer, onRetour }: Props) {
  const { t } = useTranslation();
  const [motDePasse, setMotDePasse] = useState('');
  const [vide, setVide] = useState(false);

  function confirmer(e: FormEvent) {
    e.preventDefault();
    setVide(motDePasse === '');
    if (motDePasse !== '') onConfirmer(motDePasse);
  }

  const message = vide ? t('paquetRegion.motDePasseObligatoire') : erreur;
  return (
    <Stack component="form" spacing={2} onSubmit={confirmer} noValidate sx={{ maxWidth: 480 }}>
      <TextField
        label={t('paquetRegion.motDePasse')}
        type="password"
        required
        autoFocus
        autoComplete="current-password"
        value={motDePasse}
        onChange={(e) => setMotDePasse(e.target.value)}
        error={message !== null}
        helperText={message ?? t('paquetRegion.motDePasseAide')}
      />
      <Box sx={{ display: 'flex', gap: 1.5 }}>
        <Button type="submit" variant="contained">
          {t('paquetRegion.produire')}
        </Button>
        <Button onClick={onRetour}>{t('paquetRegion.retour')}</Button>
      </Box>
    </Stack>
  );
}
