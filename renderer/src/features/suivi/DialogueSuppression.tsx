import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErreurApi } from '../../../../electron/core/contract';
import { ResumeErreur } from '../../formulaires/ResumeErreur';

interface Props {
  titre: string;
  /** The record, named in a sentence. */
  resume: string;
  /** What deleting means, under the name (default: it is written in the file's history). */
  avertissement?: string;
  /** Answers the server's refusal, or null once deleted. */
  supprimer: () => Promise<ErreurApi | null>;
  fermer: () => void;
}

/** « Supprimer … ? »: nothing is deleted without this confirmation. */
export function DialogueSuppression({ titre, resume, avertissement, supprimer, fermer }: Props) {
  const { t } = useTranslation();
  const idTitre = useId();
  const idTexte = useId();
  const [erreur, setErreur] = useState<ErreurApi | null>(null);
  const [enCours, setEnCours] = useState(false);

  async function confirmer() {
    setEnCours(true);
    const refus = await supprimer();
    setEnCours(false);
    setErreur(refus);
  }

  return (
    <Dialog
      open
      onClose={fermer}
      aria-labelledby={idTitre}
      aria-describedby={idTexte}
      maxWidth="xs"
      fullWidth
      // The row it came from is gone: the caller decides where the focus goes.
      disableRestoreFocus
    >
      <DialogTitle id={idTitre}>{titre}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText id={idTexte}>
            <strong>{resume}</strong>
            <br />
            {avertissement ?? t('suivi.suppressionHistorique')}
          </DialogContentText>
          <ResumeErreur erreur={erreur} />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={fermer} autoFocus>
          {t('commun.annuler')}
        </Button>
        <Button variant="contained" color="error" loading={enCours} onClick={() => void confirmer()}>
          {t('suivi.supprimer')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
