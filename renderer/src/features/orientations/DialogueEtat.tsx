import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changerEtatSchema,
  LIBELLES_CHAMPS_PROPOSITION as L,
  type Proposition,
} from '../../../../electron/core/contract';
import { ETATS_PROPOSITION, libelle, type EtatProposition } from '../../../../electron/core/domain/codes';
import type { DateIso } from '../../../../electron/core/domain/dates';
import { useApi } from '../../api/contexte';
import { ChampDate } from '../../formulaires/ChampDate';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { DialogueFormulaire } from './DialogueFormulaire';
import { resumeOrientation } from './libellesOrientation';

const schema = changerEtatSchema.pick({ dateEtat: true });

interface Props {
  proposition: Proposition;
  /** One of the proposition's `etatsPossibles`. */
  etat: EtatProposition;
  aujourdhui: DateIso;
  fermer: () => void;
  apresEnregistrement: (message: string) => void;
}

/** Moves an orientation to its next state, on the date it happened (today unless said otherwise). */
export function DialogueEtat({ proposition, etat, aujourdhui, fermer, apresEnregistrement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const nomEtat = libelle(ETATS_PROPOSITION, etat);
  const valeurs = useMemo(() => ({ dateEtat: aujourdhui }), [aujourdhui]);
  const { form, erreur, soumettre } = useFormulaire(schema, valeurs, async ({ dateEtat }) => {
    const r = await api['propositions:changerEtat']({ id: proposition.id, etat, dateEtat });
    if (!r.ok) return r.erreur;
    apresEnregistrement(t('orientations.etat.enregistre', { etat: nomEtat }));
    return null;
  });
  return (
    <DialogueFormulaire
      titre={t('orientations.etat.titre', { etat: nomEtat })}
      description={t('orientations.etat.description', { orientation: resumeOrientation(proposition) })}
      libelleEnvoi={t('suivi.enregistrer')}
      soumettre={soumettre}
      enCours={form.formState.isSubmitting}
      erreur={erreur}
      fermer={fermer}
      largeur="xs"
    >
      <ChampDate control={form.control} name="dateEtat" label={L.dateEtat} required />
    </DialogueFormulaire>
  );
}
