import { useTranslation } from 'react-i18next';
import { deverrouillerSchema, type ErreurApi } from '../../../../electron/core/contract';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { DialogueFormulaire } from '../orientations/DialogueFormulaire';
import { ChampMotDePasse } from './ChampMotDePasse';

interface Props {
  titre: string;
  description: string;
  libelleEnvoi: string;
  /** Sends the action with the password typed; answers the server's refusal, or null when done. */
  envoyer: (motDePasse: string) => Promise<ErreurApi | null>;
  fermer: () => void;
}

/** An irreversible action confirmed by typing one's password again (the core checks it). */
export function DialogueMotDePasse({ titre, description, libelleEnvoi, envoyer, fermer }: Props) {
  const { t } = useTranslation();
  const { form, erreur, soumettre } = useFormulaire(deverrouillerSchema, { motDePasse: '' }, ({ motDePasse }) =>
    envoyer(motDePasse),
  );
  return (
    <DialogueFormulaire
      titre={titre}
      description={description}
      libelleEnvoi={libelleEnvoi}
      soumettre={soumettre}
      enCours={form.formState.isSubmitting}
      erreur={erreur}
      fermer={fermer}
      largeur="sm"
    >
      <ChampMotDePasse
        control={form.control}
        name="motDePasse"
        label={t('conservation.motDePasse')}
        autoComplete="current-password"
        required
        autoFocus
      />
    </DialogueFormulaire>
  );
}
