import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import {
  dossierSauvegardesSchema,
  LIBELLES_CHAMPS_SAUVEGARDE as L,
  type EtatSauvegardes,
} from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';

interface Props {
  etat: EtatSauvegardes;
  apresEnregistrement: (message: string) => void;
}

/** The folder is typed (the page cannot browse the disk); the core checks it can write there. */
export function ReglageDossier({ etat, apresEnregistrement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const initial = { chemin: etat.dossierParDefaut ? '' : etat.dossier };
  const { form, erreur, soumettre } = useFormulaire(dossierSauvegardesSchema, initial, async (entree) => {
    const r = await api['sauvegardes:dossier'](entree);
    if (!r.ok) return r.erreur;
    apresEnregistrement(t('sauvegardes.dossier.fait'));
    return null;
  });
  return (
    <Stack component="form" noValidate onSubmit={soumettre} aria-label={t('sauvegardes.dossier.titre')} spacing={2}>
      <Typography>
        {t(etat.dossierParDefaut ? 'sauvegardes.dossier.parDefaut' : 'sauvegardes.dossier.choisi', {
          dossier: etat.dossier,
        })}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1 }}>
          <ChampTexte control={form.control} name="chemin" label={L.chemin} aide={t('sauvegardes.dossier.aide')} />
        </Box>
        <Button
          type="submit"
          variant="outlined"
          loading={form.formState.isSubmitting}
          sx={{ flexShrink: 0, mt: '2px' }}
        >
          {t('sauvegardes.dossier.enregistrer')}
        </Button>
      </Stack>
      <ResumeErreur erreur={erreur} />
    </Stack>
  );
}
