import { useTranslation } from 'react-i18next';
import type { Sauvegarde, Sortie } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { formaterHorodatage } from '../../format';
import { DialogueMotDePasse } from '../session/DialogueMotDePasse';

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
  return (
    <DialogueMotDePasse
      titre={t('sauvegardes.restauration.titre', { date })}
      description={t('sauvegardes.restauration.explication', { date })}
      libelleEnvoi={t('sauvegardes.restauration.confirmer')}
      fermer={fermer}
      envoyer={async (motDePasse) => {
        const r = await api['sauvegardes:restaurer']({ fichier: sauvegarde.fichier, motDePasse });
        if (!r.ok) return r.erreur;
        apresRestauration(r.valeur);
        return null;
      }}
    />
  );
}
