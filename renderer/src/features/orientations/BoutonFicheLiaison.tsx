import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErreurApi, Proposition } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { telechargerPdf } from './ficheLiaison';
import { resumeOrientation } from './libellesOrientation';

interface Props {
  proposition: Proposition;
  /** The server's refusal, or null once the file is saved. */
  onResultat: (erreur: ErreurApi | null) => void;
}

/** « Fiche de liaison (PDF) »: the sheet for the partner, downloaded as a file. */
export function BoutonFicheLiaison({ proposition, onResultat }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [enCours, setEnCours] = useState(false);

  async function telecharger() {
    setEnCours(true);
    const r = await api['propositions:ficheLiaison']({ id: proposition.id });
    setEnCours(false);
    if (r.ok) telechargerPdf(r.valeur.nomFichier, r.valeur.pdfBase64);
    onResultat(r.ok ? null : r.erreur);
  }

  return (
    <Button
      size="small"
      startIcon={<PictureAsPdfOutlinedIcon />}
      loading={enCours}
      aria-label={t('orientations.fiche.boutonNomme', { orientation: resumeOrientation(proposition) })}
      onClick={() => void telecharger()}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {t('orientations.fiche.bouton')}
    </Button>
  );
}
