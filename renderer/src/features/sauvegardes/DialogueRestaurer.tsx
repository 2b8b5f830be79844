import { useTranslation } from 'react-i18next';
import {
  LIBELLES_CHAMPS_SAUVEGARDE,
  restaurerSchema,
  type Sauvegarde,
  type Sortie,
} from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { formaterHorodatage } from '../../format';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { DialogueFormulaire } from '../orientations/DialogueFormulaire';
import { ChampMotDePasse } from '../session/ChampMotDePasse';

interface Props {
  sauvegarde: Sauvegarde;
  fermer: () => void;
  apresRestauration: (resultat: Sortie<'sauvegardes:restaurer'>) => void;
}

/**
 * The confirmation says what will be lost, and the password is typed again. A backup made on
 * another computer also needs that computer's recovery key (the core says so if it is missing).
 */
export function DialogueRestaurer({ sauvegarde, fermer, apresRestauration }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const date = formaterHorodatage(sauvegarde.horodatage);
  const { form, erreur, soumettre } = useFormulaire(
    restaurerSchema,
    { fichier: sauvegarde.fichier, motDePasse: '', cleSecours: '' },
    async (entree) => {
      const r = await api['sauvegardes:restaurer'](entree);
      if (!r.ok) return r.erreur;
      apresRestauration(r.valeur);
      return null;
    },
  );
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
        label={LIBELLES_CHAMPS_SAUVEGARDE.motDePasse}
        autoComplete="current-password"
        required
        autoFocus
      />
      <ChampTexte
        control={form.control}
        name="cleSecours"
        label={LIBELLES_CHAMPS_SAUVEGARDE.cleSecours}
        aide={t('sauvegardes.restauration.aideCle')}
      />
    </DialogueFormulaire>
  );
}
