import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { EntreeValidee } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { TitrePage } from '../../composants/TitrePage';
import { FormulairePartenaire } from './FormulairePartenaire';
import { valeursDuPartenaire } from './valeursPartenaire';

export function ModifierPartenaire() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const chargement = useChargement(useCallback(() => api['partenaires:lire']({ id }), [api, id]));

  async function enregistrer(saisie: EntreeValidee<'partenaires:modifier'>['saisie']) {
    const r = await api['partenaires:modifier']({ id, saisie });
    if (!r.ok) return r.erreur;
    void navigate(`/partenaires/${id}`);
    return null;
  }

  return (
    <EtatChargement chargement={chargement}>
      {(partenaire) => (
        <>
          <TitrePage>{t('partenaires.formulaire.titreModifier', { nom: partenaire.raisonSociale })}</TitrePage>
          <FormulairePartenaire
            valeursInitiales={valeursDuPartenaire(partenaire)}
            libelleEnvoi={t('partenaires.formulaire.enregistrer')}
            retour={`/partenaires/${id}`}
            enregistrer={enregistrer}
          />
        </>
      )}
    </EtatChargement>
  );
}
