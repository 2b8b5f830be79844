import CallMergeIcon from '@mui/icons-material/CallMerge';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ErreurApi, Partenaire } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { DialogueSuppression } from '../suivi/DialogueSuppression';
import { DialogueFusion } from './DialogueFusion';

interface Props {
  partenaire: Partenaire;
  /** The duplicate was merged into this partner: reload, and announce `message`. */
  apresFusion: (message: string) => void;
}

/** Modifier, Fusionner avec…, Supprimer (the server refuses when the partner has links). */
export function ActionsPartenaire({ partenaire, apresFusion }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [dialogue, setDialogue] = useState<'fusion' | 'suppression' | null>(null);
  const fermer = () => setDialogue(null);

  async function supprimer(): Promise<ErreurApi | null> {
    const r = await api['partenaires:supprimer']({ id: partenaire.id });
    if (!r.ok) return r.erreur;
    void navigate('/partenaires');
    return null;
  }

  return (
    <Stack direction="row" spacing={2}>
      <Button
        component={Link}
        to={`/partenaires/${partenaire.id}/modifier`}
        variant="contained"
        startIcon={<EditIcon />}
      >
        {t('partenaires.fiche.modifier')}
      </Button>
      <Button variant="outlined" startIcon={<CallMergeIcon />} onClick={() => setDialogue('fusion')}>
        {t('partenaires.fiche.fusionner')}
      </Button>
      <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={() => setDialogue('suppression')}>
        {t('partenaires.fiche.supprimer')}
      </Button>
      {dialogue === 'fusion' && (
        <DialogueFusion
          partenaire={partenaire}
          fermer={fermer}
          apresFusion={(message) => {
            fermer();
            apresFusion(message);
          }}
        />
      )}
      {dialogue === 'suppression' && (
        <DialogueSuppression
          titre={t('partenaires.suppression.titre')}
          resume={partenaire.raisonSociale}
          avertissement={t('partenaires.suppression.avertissement')}
          supprimer={supprimer}
          fermer={fermer}
        />
      )}
    </Stack>
  );
}
