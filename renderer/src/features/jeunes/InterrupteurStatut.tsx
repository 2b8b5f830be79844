import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErreurApi, Jeune } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';

/** Active ⇄ inactive. Archived and anonymised files leave this switch to their own flow. */
export function InterrupteurStatut({ jeune, onChange }: { jeune: Jeune; onChange: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [enCours, setEnCours] = useState(false);
  const [erreur, setErreur] = useState<ErreurApi | null>(null);
  const modifiable = jeune.statut === 'ACTIF' || jeune.statut === 'INACTIF';

  async function basculer(actif: boolean) {
    setEnCours(true);
    const r = await api['jeunes:changerStatut']({ id: jeune.id, statut: actif ? 'ACTIF' : 'INACTIF' });
    setEnCours(false);
    setErreur(r.ok ? null : r.erreur);
    if (r.ok) onChange();
  }

  return (
    <>
      <FormControlLabel
        label={t('fiche.dossierActif')}
        control={
          <Switch
            checked={jeune.statut === 'ACTIF'}
            disabled={!modifiable || enCours}
            onChange={(e) => void basculer(e.target.checked)}
          />
        }
      />
      {erreur && (
        <Alert severity="error" role="alert">
          {erreur.message}
        </Alert>
      )}
    </>
  );
}
