import { useTranslation } from 'react-i18next';
import { definirMotDePasseSchema, type Compte } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { nomConseiller } from '../../format';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { DialogueFormulaire } from '../orientations/DialogueFormulaire';
import { ChampsMotDePasse } from '../session/ChampsMotDePasse';
import { avecConfirmation } from '../session/confirmation';

const schema = avecConfirmation(definirMotDePasseSchema.pick({ motDePasse: true }), 'motDePasse');
const VIDE = { motDePasse: '', confirmation: '' };
const NOMS = { motDePasse: 'motDePasse', confirmation: 'confirmation' } as const;

interface Props {
  compte: Compte;
  fermer: () => void;
  apresChangement: (message: string) => void;
}

/** ADMIN sets an account's password (a new account without one, or a forgotten one). */
export function DialogueDefinirMotDePasse({ compte, fermer, apresChangement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const nom = nomConseiller(compte);
  const { form, erreur, soumettre } = useFormulaire(schema, VIDE, async ({ motDePasse }) => {
    const r = await api['comptes:definirMotDePasse']({ id: compte.id, motDePasse });
    if (!r.ok) return r.erreur;
    apresChangement(t('comptes.motDePasse.fait', { nom }));
    return null;
  });
  return (
    <DialogueFormulaire
      titre={t('comptes.motDePasse.titre', { nom })}
      description={t('comptes.motDePasse.explication')}
      libelleEnvoi={t('comptes.motDePasse.enregistrer')}
      soumettre={soumettre}
      enCours={form.formState.isSubmitting}
      erreur={erreur}
      fermer={fermer}
      largeur="xs"
    >
      <ChampsMotDePasse control={form.control} noms={NOMS} />
    </DialogueFormulaire>
  );
}
