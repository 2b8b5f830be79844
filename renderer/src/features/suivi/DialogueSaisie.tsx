import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApi } from '../../api/contexte';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';
import type { ContexteSaisie, DefinitionSuivi } from './definition';

interface Props<T extends { id: string }, S extends z.ZodType> {
  definition: DefinitionSuivi<T, S>;
  /** null: a new record. */
  element: T | null;
  contexte: ContexteSaisie;
  fermer: () => void;
  /** Saved: the confirmation to announce. */
  apresEnregistrement: (message: string) => void;
}

/** Adds or edits one record in a dialog; the server's refusal stays in it, above the buttons. */
export function DialogueSaisie<T extends { id: string }, S extends z.ZodType>({
  definition,
  element,
  contexte,
  fermer,
  apresEnregistrement,
}: Props<T, S>) {
  const { t } = useTranslation();
  const api = useApi();
  const idTitre = useId();
  const { cle, Champs } = definition;
  const [valeurs] = useState(() => (element ? definition.valeurs(element) : definition.nouveau(contexte)));
  const { form, erreur, soumettre } = useFormulaire(definition.schema, valeurs, async (saisie) => {
    const r = element
      ? await definition.modifier(api, element.id, saisie)
      : await definition.creer(api, contexte.jeune.id, saisie);
    if (!r.ok) return r.erreur;
    apresEnregistrement(t(`suivi.${cle}.${element ? 'modifie' : 'ajoute'}`));
    return null;
  });

  return (
    <Dialog open onClose={fermer} aria-labelledby={idTitre} maxWidth={definition.largeurDialogue} fullWidth>
      {/* `display: contents`: the dialog's title, scrolling content and buttons keep their layout. */}
      <Box component="form" noValidate onSubmit={soumettre} sx={{ display: 'contents' }}>
        <DialogTitle id={idTitre}>{t(`suivi.${cle}.${element ? 'modifier' : 'nouveau'}`)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5}>
            <Typography variant="body2" color="text.secondary">
              {t('commun.champsObligatoires')}
            </Typography>
            <Champs form={form} />
            <ResumeErreur erreur={erreur} />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={fermer}>{t('commun.annuler')}</Button>
          <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
            {t('suivi.enregistrer')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
