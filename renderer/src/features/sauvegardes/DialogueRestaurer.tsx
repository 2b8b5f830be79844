import { useTranslation } from 'react-i18next';
import {
  LIBELLES_CHAMPS_SAUVEGARDE as L,
  restaurerSchema,
  type Sauvegarde,
  type Sortie,
} from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { formaterHorodatage } from '../../format';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { DialogueFormulaire } from '../orientations/DialogueFormulaire';
import { ChampMotDePasse } from '../session/ChampMotDePasse';

const schema = restaurerSchema.pick({ motDePasse: true });

interface Props {
  sauvegarde: Sauvegarde;
  fermer: () => void;
  apresRestauration: (resultat: Sortie<'sauvegardes:restaurer'>) => void;
}

/** The confirmation says what will be lost, and the password is typed again. */
export function DialogueRestaurer({ sauvegarde, fermer, apresRestauration }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const date = formaterHorodatage(sauvegarde.horodatage);
  const { form, erreur, soumettre } = useFormulaire(schema, { motDePasse: '' }, async ({ motDePasse }) => {
    const r = await api['sauvegardes:restaurer']({ fichier: sauvegarde.fichier, motDePasse });
    if (!r.ok) return r.erreur;
    apresRestauration(r.valeur);
    return null;
  });
  return (
    <DialogueFormulaire
      titre={t('sauvegardes.restauration.titre', { date })}
      description={t('sauvegardes.restauration.explication', { date })}
      libelleEnvoi={t('sauvegardes.restauration.confirmer')}
      soumettre={soumettre}
      enCours={form.formState.isSubmitting}
      erreur={erreur}
      fermer={fermer}
      largeur="sm"
    >
      <ChampMotDePasse
        control={form.control}
        name="motDePasse"
        label={L.motDePasse}
        required
        autoComplete="current-password"
        autoFocus
      />
    </DialogueFormulaire>
  );
}
