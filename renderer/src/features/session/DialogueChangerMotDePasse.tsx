import { useTranslation } from 'react-i18next';
import { changerMotDePasseSchema, LIBELLES_CHAMPS_COMPTE as L } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { DialogueFormulaire } from '../orientations/DialogueFormulaire';
import { ChampMotDePasse } from './ChampMotDePasse';
import { ChampsMotDePasse } from './ChampsMotDePasse';
import { avecConfirmation } from './confirmation';

const schema = avecConfirmation(changerMotDePasseSchema, 'nouveau');
const VIDE = { ancien: '', nouveau: '', confirmation: '' };
const NOMS = { motDePasse: 'nouveau', confirmation: 'confirmation' } as const;

interface Props {
  fermer: () => void;
  apresChangement: (message: string) => void;
}

/** « Changer mon mot de passe »: the current one, then the new one twice. */
export function DialogueChangerMotDePasse({ fermer, apresChangement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { form, erreur, soumettre } = useFormulaire(schema, VIDE, async (entree) => {
    const r = await api['session:changerMotDePasse'](entree);
    if (!r.ok) return r.erreur;
    apresChangement(t('session.changerMotDePasse.fait'));
    return null;
  });
  return (
    <DialogueFormulaire
      titre={t('session.menu.changerMotDePasse')}
      libelleEnvoi={t('session.changerMotDePasse.enregistrer')}
      soumettre={soumettre}
      enCours={form.formState.isSubmitting}
      erreur={erreur}
      fermer={fermer}
      largeur="xs"
    >
      <ChampMotDePasse
        control={form.control}
        name="ancien"
        label={L.ancien}
        required
        autoComplete="current-password"
        autoFocus
      />
      <ChampsMotDePasse control={form.control} noms={NOMS} label={L.nouveau} />
    </DialogueFormulaire>
  );
}
