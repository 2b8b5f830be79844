import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { evenementSaisieSchema } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { Section } from '../../composants/Section';
import { envoyerSurEntree } from '../../formulaires/entreeEnvoie';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';
import type { ContexteSaisie } from './definition';
import { ChampsEvenement, nouveauContact } from './evenements';
import { resumeEvenement } from './libellesSuivi';

interface Props {
  contexte: ContexteSaisie;
  apresEnregistrement: (message: string) => void;
}

/**
 * Recording a contact without leaving the file: Enter sends from any field, then the form is back
 * to today / référent·e / site and the focus on the type, ready for the next one.
 */
export function SaisieContact({ contexte, apresEnregistrement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const titre = t('suivi.saisieContact.titre');
  const { jeune, etat, aujourdhui } = contexte;
  const valeurs = useMemo(() => nouveauContact({ jeune, etat, aujourdhui }), [jeune, etat, aujourdhui]);
  const { form, erreur, soumettre } = useFormulaire(
    evenementSaisieSchema,
    valeurs,
    async (saisie, { reset, setFocus }) => {
      const r = await api['evenements:creer']({ jeuneId: jeune.id, saisie });
      if (!r.ok) return r.erreur;
      // Keeping the fields' refs lets the focus go back to the type at once.
      reset(valeurs, { keepFieldsRef: true });
      setFocus('type');
      apresEnregistrement(t('suivi.saisieContact.enregistre', { contact: resumeEvenement(r.valeur) }));
      return null;
    },
    'onSubmit',
  );

  return (
    <Section titre={titre}>
      <Stack
        component="form"
        noValidate
        aria-label={titre}
        onSubmit={soumettre}
        onKeyDown={envoyerSurEntree}
        spacing={2.5}
      >
        <ChampsEvenement form={form} empiles />
        <ResumeErreur erreur={erreur} />
        <Box>
          <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
            {t('suivi.saisieContact.enregistrer')}
          </Button>
        </Box>
      </Stack>
    </Section>
  );
}
