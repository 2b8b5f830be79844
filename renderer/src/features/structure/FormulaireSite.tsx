import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creerSiteSchema, LIBELLES_CHAMPS_STRUCTURE as L } from '../../../../electron/core/contract';
import { TYPES_SITE } from '../../../../electron/core/domain/codes';
import { useApi } from '../../api/contexte';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { useStructure } from '../../structure/StructureContexte';
import { FormulaireAjout } from './FormulaireAjout';

const VIDE = { libelle: '', type: '' };
const TYPES = optionsCodes(TYPES_SITE);

export function FormulaireSite() {
  const { t } = useTranslation();
  const api = useApi();
  const { recharger } = useStructure();
  const [succes, setSucces] = useState<string | null>(null);
  const { form, erreur, soumettre } = useFormulaire(creerSiteSchema, VIDE, async (entree, { reset }) => {
    setSucces(null);
    const r = await api['sites:creer'](entree);
    if (!r.ok) return r.erreur;
    reset(VIDE);
    setSucces(t('structure.siteAjoute', { libelle: r.valeur.libelle }));
    recharger();
    return null;
  });
  return (
    <FormulaireAjout
      titre={t('structure.ajouterSite')}
      libelleEnvoi={t('structure.ajouter')}
      soumettre={soumettre}
      enCours={form.formState.isSubmitting}
      erreur={erreur}
      succes={succes}
    >
      <ChampTexte control={form.control} name="libelle" label={L.libelle} required />
      <ChampSelect control={form.control} name="type" label={L.type} required options={TYPES} />
    </FormulaireAjout>
  );
}
