import Alert from '@mui/material/Alert';
import type { ErreurApi } from '../../../electron/core/contract';

/** The server's sentence for a refused sending, above the form's buttons. */
export function ResumeErreur({ erreur }: { erreur: ErreurApi | null }) {
  if (erreur === null) return null;
  return (
    <Alert severity="error" role="alert">
      {erreur.message}
    </Alert>
  );
}
