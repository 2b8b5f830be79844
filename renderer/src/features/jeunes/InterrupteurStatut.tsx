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
  const [erreur, setErreur] = useState<ErreurApi | null>(null);
  // The switch moves at once; the reloaded file then confirms the new status (or an error undoes it).
  const [demande, setDemande] = useState<boolean | null>(null);
  const [statutAffiche, setStatutAffiche] = useState(jeune.statut);
  if (statutAffiche !== jeune.statut) {
    setStatutAffiche(jeune.statut);
    setDemande(null);
  }
  const modifiable = jeune.statut === 'ACTIF' || jeune.statut === 'INACTIF';

  async function basculer(actif: boolean) {
    if (demande !== null) return;
    setDemande(actif);
    const r = await api['jeunes:changerStatut']({ id: jeune.id, statut: actif ? 'ACTIF' : 'INACTIF' });
    setErreur(r.ok ? null : r.erreur);
    if (r.ok) onChange();
    else setDemande(null);
  }

  return (
    <>
      <FormControlLabel
        label={t('fiche.dossierActif')}
        control={
          <Switch
            checked={demande ?? jeune.statut === 'ACTIF'}
            disabled={!modifiable}
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
