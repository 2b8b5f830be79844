import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ErreurApi, JeuneSaisie } from '../../../../electron/core/contract';
import { dateLocale } from '../../../../electron/core/domain/dates';
import { useApi } from '../../api/contexte';
import { TitrePage } from '../../composants/TitrePage';
import { useConfirmationDoublons } from './DialogueDoublons';
import { FormulaireJeune } from './FormulaireJeune';
import { valeursNouveauJeune } from './valeursJeune';

export function NouveauDossier() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { demander, dialogue } = useConfirmationDoublons();
  const valeurs = useMemo(() => valeursNouveauJeune(dateLocale(new Date())), []);

  /** undefined: no similar file; otherwise whether the adviser confirms it is another person. */
  async function confirmerAutrePersonne(saisie: JeuneSaisie): Promise<boolean | undefined> {
    const { nom, nomUsage, prenom, dateNaissance } = saisie;
    const r = await api['jeunes:doublons']({ nom, nomUsage, prenom, dateNaissance });
    // A failed check does not block: the server refuses a probable duplicate anyway (below).
    if (!r.ok || r.valeur.length === 0) return undefined;
    return demander(r.valeur);
  }

  async function enregistrer(saisie: JeuneSaisie): Promise<ErreurApi | null> {
    const confirme = await confirmerAutrePersonne(saisie);
    if (confirme === false) return null;
    let r = await api['jeunes:creer']({ saisie, confirmerDoublon: confirme === true });
    if (!r.ok && r.erreur.code === 'DOUBLON_PROBABLE' && confirme === undefined) {
      // A file created meanwhile: show it, and retry only if the adviser confirms.
      const apres = await confirmerAutrePersonne(saisie);
      if (apres === false) return null;
      if (apres === true) r = await api['jeunes:creer']({ saisie, confirmerDoublon: true });
    }
    if (!r.ok) return r.erreur;
    void navigate(`/jeunes/${r.valeur.id}`);
    return null;
  }

  return (
    <>
      <TitrePage>{t('nouveauDossier.titre')}</TitrePage>
      <FormulaireJeune
        valeursInitiales={valeurs}
        libelleEnvoi={t('nouveauDossier.creer')}
        retour="/jeunes"
        enregistrer={enregistrer}
      />
      {dialogue}
    </>
  );
}
