import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErreurApi } from '../../../../electron/core/contract';
import { ResumeErreur } from '../../formulaires/ResumeErreur';

interface Props {
  titre: string;
  /** What the form acts on, in a sentence under the title. */
  description?: string;
  libelleEnvoi: string;
  soumettre: FormEventHandler;
  enCours: boolean;
  /** The server's refusal, shown above the buttons. */
  erreur: ErreurApi | null;
  fermer: () => void;
  largeur?: 'xs' | 'sm' | 'md';
  children: ReactNode;
}

/** A form in a dialog: title, fields, the server's refusal, « Annuler » and the sending button. */
export function DialogueFormulaire({
  titre,
  description,
  libelleEnvoi,
  soumettre,
  enCours,
  erreur,
  fermer,
  largeur = 'sm',
  children,
}: Props) {
  const { t } = useTranslation();
  const idTitre = useId();
  const idDescription = useId();
  return (
    <Dialog
      open
      onClose={fermer}
      aria-labelledby={idTitre}
      aria-describedby={description ? idDescription : undefined}
      maxWidth={largeur}
      fullWidth
    >
      {/* `display: contents`: the dialog's title, scrolling content and buttons keep their layout. */}
      <Box component="form" noValidate onSubmit={soumettre} sx={{ display: 'contents' }}>
        <DialogTitle id={idTitre}>{titre}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5}>
            {description && <DialogContentText id={idDescription}>{description}</DialogContentText>}
            <Typography variant="body2" color="text.secondary">
              {t('commun.champsObligatoires')}
            </Typography>
            {children}
            <ResumeErreur erreur={erreur} />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={fermer}>{t('commun.annuler')}</Button>
          <Button type="submit" variant="contained" loading={enCours}>
            {libelleEnvoi}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
