import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creerConseillerSchema, LIBELLES_CHAMPS_STRUCTURE as L } from '../../../../electron/core/contract';
import { ROLES } from '../../../../electron/core/domain/codes';
import { useApi } from '../../api/contexte';
import { nomConseiller } from '../../format';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { useStructure } from '../../structure/StructureContexte';
import { FormulaireAjout } from './FormulaireAjout';

const VIDE = { prenom: '', nom: '', login: '', role: '' };
const ROLES_OPTIONS = optionsCodes(ROLES);

export function FormulaireConseiller() {
  const { t } = useTranslation();
  const api = useApi();
  const { recharger } = useStructure();
  const [succes, setSucces] = useState<string | null>(null);
  const { form, erreur, soumettre } = useFormulaire(creerConseillerSchema, VIDE, async (entree, { reset }) => {
    setSucces(null);
    const r = await api['conseillers:creer'](entree);
    if (!r.ok) return r.erreur;
    reset(VIDE);
    setSucces(t('structure.conseillerAjoute', { nom: nomConseiller(r.valeur) }));
    recharger();
    return null;
  });
  return (
    <FormulaireAjout
      titre={t('structure.ajouterConseiller')}
      libelleEnvoi={t('structure.ajouter')}
      soumettre={soumettre}
      enCours={form.formState.isSubmitting}
      erreur={erreur}
      succes={succes}
    >
      <ChampTexte control={form.control} name="prenom" label={L.prenom} required autoComplete="off" />
      <ChampTexte control={form.control} name="nom" label={t('structure.nom')} required />
      <ChampTexte control={form.control} name="login" label={L.login} required aide={t('structure.aideLogin')} />
      <ChampSelect control={form.control} name="role" label={L.role} required options={ROLES_OPTIONS} />
    </FormulaireAjout>
  );
}
