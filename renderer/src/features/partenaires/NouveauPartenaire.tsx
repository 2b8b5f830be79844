import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EntreeValidee } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { TitrePage } from '../../composants/TitrePage';
import { FormulairePartenaire } from './FormulairePartenaire';
import { NOUVEAU_PARTENAIRE } from './valeursPartenaire';

export function NouveauPartenaire() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();

  async function enregistrer(saisie: EntreeValidee<'partenaires:creer'>['saisie']) {
    const r = await api['partenaires:creer']({ saisie });
    if (!r.ok) return r.erreur;
    void navigate(`/partenaires/${r.valeur.id}`);
    return null;
  }

  return (
    <>
      <TitrePage>{t('partenaires.nouveau')}</TitrePage>
      <FormulairePartenaire
        valeursInitiales={NOUVEAU_PARTENAIRE}
        libelleEnvoi={t('partenaires.formulaire.creer')}
        retour="/partenaires"
        enregistrer={enregistrer}
      />
    </>
  );
}
