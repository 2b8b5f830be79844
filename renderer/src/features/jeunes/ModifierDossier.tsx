import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { JeuneSaisie } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { TitrePage } from '../../composants/TitrePage';
import { nomJeune } from '../../format';
import { FormulaireJeune } from './FormulaireJeune';
import { valeursDuJeune } from './valeursJeune';

export function ModifierDossier() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const chargement = useChargement(useCallback(() => api['jeunes:lire']({ id }), [api, id]));

  async function enregistrer(saisie: JeuneSaisie) {
    const r = await api['jeunes:modifier']({ id, saisie });
    if (!r.ok) return r.erreur;
    void navigate(`/jeunes/${id}`);
    return null;
  }

  return (
    <EtatChargement chargement={chargement}>
      {(jeune) => (
        <>
          <TitrePage>{t('modifierDossier.titre', { nom: nomJeune(jeune) })}</TitrePage>
          <FormulaireJeune
            valeursInitiales={valeursDuJeune(jeune)}
            libelleEnvoi={t('modifierDossier.enregistrer')}
            retour={`/jeunes/${id}`}
            enregistrer={enregistrer}
          />
        </>
      )}
    </EtatChargement>
  );
}
