import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useCallback, useState } from 'react';

interface Annonce {
  texte: string;
  ouverte: boolean;
  /** A new announcement, even with the same words, restarts the timer. */
  numero: number;
}

/** Confirms a saved change in a passing message (read out by screen readers), bottom left. */
export function useAnnonce() {
  const [annonce, setAnnonce] = useState<Annonce>({ texte: '', ouverte: false, numero: 0 });
  const annoncer = useCallback(
    (texte: string) => setAnnonce((a) => ({ texte, ouverte: true, numero: a.numero + 1 })),
    [],
  );
  const fermer = () => setAnnonce((a) => ({ ...a, ouverte: false }));
  const element = (
    <Snackbar
      key={annonce.numero}
      open={annonce.ouverte}
      autoHideDuration={6000}
      onClose={(_e, raison) => {
        if (raison !== 'clickaway') fermer();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      <Alert severity="success" variant="filled" onClose={fermer}>
        {annonce.texte}
      </Alert>
    </Snackbar>
  );
  return { annoncer, annonce: element };
}
