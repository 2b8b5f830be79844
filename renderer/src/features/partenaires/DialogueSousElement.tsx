import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApi } from '../../api/contexte';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { DialogueFormulaire } from '../orientations/DialogueFormulaire';
import type { DefinitionSousElement } from './definitionSousElement';

interface Props<T extends { id: string }, S extends z.ZodType> {
  definition: DefinitionSousElement<T, S>;
  partenaireId: string;
  /** null: a new session or offer. */
  element: T | null;
  fermer: () => void;
  /** Saved: the confirmation to announce. */
  apresEnregistrement: (message: string) => void;
}

/** Adds or edits a session or an offer; the server's refusal stays in the dialog. */
export function DialogueSousElement<T extends { id: string }, S extends z.ZodType>({
  definition,
  partenaireId,
  element,
  fermer,
  apresEnregistrement,
}: Props<T, S>) {
  const { t } = useTranslation();
  const api = useApi();
  const { cle, Champs } = definition;
  const [valeurs] = useState(() => (element ? definition.valeurs(element) : definition.nouveau));
  const { form, erreur, soumettre } = useFormulaire(definition.schema, valeurs, async (saisie) => {
    const r = element
      ? await definition.modifier(api, element.id, saisie)
      : await definition.creer(api, partenaireId, saisie);
    if (!r.ok) return r.erreur;
    apresEnregistrement(t(`partenaires.${cle}.${element ? 'modifie' : 'ajoute'}`));
    return null;
  });

  return (
    <DialogueFormulaire
      titre={t(`partenaires.${cle}.${element ? 'modifier' : 'nouveau'}`)}
      libelleEnvoi={t('suivi.enregistrer')}
      soumettre={soumettre}
      enCours={form.formState.isSubmitting}
      erreur={erreur}
      fermer={fermer}
      largeur="md"
    >
      <Champs form={form} />
    </DialogueFormulaire>
  );
}
