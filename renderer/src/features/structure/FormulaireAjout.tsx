import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type FormEventHandler, type ReactNode } from 'react';
import type { ErreurApi } from '../../../../electron/core/contract';
import { ResumeErreur } from '../../formulaires/ResumeErreur';

interface Props {
  titre: string;
  libelleEnvoi: string;
  soumettre: FormEventHandler;
  enCours: boolean;
  erreur: ErreurApi | null;
  /** Confirmation of the last addition, announced politely. */
  succes: string | null;
  children: ReactNode;
}

/** The small « add a … » form under a table of the structure page. */
export function FormulaireAjout({ titre, libelleEnvoi, soumettre, enCours, erreur, succes, children }: Props) {
  const id = useId();
  return (
    <Stack component="form" noValidate onSubmit={soumettre} aria-labelledby={id} spacing={2} sx={{ mt: 3 }}>
      <Typography variant="h3" id={id}>
        {titre}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        {children}
        <Button type="submit" variant="outlined" loading={enCours} sx={{ flexShrink: 0, mt: '2px' }}>
          {libelleEnvoi}
        </Button>
      </Stack>
      <ResumeErreur erreur={erreur} />
      <div role="status">{succes && <Alert severity="success">{succes}</Alert>}</div>
    </Stack>
  );
}
