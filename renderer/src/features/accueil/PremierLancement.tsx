import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { initialiserStructureSchema, LIBELLES_CHAMPS_STRUCTURE } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { TitrePage } from '../../composants/TitrePage';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { useStructure } from '../../structure/StructureContexte';
import { EcranSimple } from '../session/EcranSimple';

const VIDE = { code: '', nom: '', siret: '', siteSiege: '' };

/** The first screen of an empty installation: who is this Mission Locale (then the first accounts). */
export function PremierLancement() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { recharger } = useStructure();
  const { form, erreur, soumettre } = useFormulaire(initialiserStructureSchema, VIDE, async (entree) => {
    const r = await api['structure:initialiser'](entree);
    if (!r.ok) return r.erreur;
    void navigate('/');
    recharger();
    return null;
  });
  const { control, formState } = form;

  return (
    <EcranSimple largeur="sm">
      <TitrePage>{t('premierLancement.titre')}</TitrePage>
      <Typography sx={{ mb: 3 }}>{t('premierLancement.introduction')}</Typography>
      <Paper component="form" noValidate onSubmit={soumettre} sx={{ p: 3 }}>
        <Stack spacing={2.5}>
          <Typography variant="body2" color="text.secondary">
            {t('commun.champsObligatoires')}
          </Typography>
          <ChampTexte
            control={control}
            name="code"
            label={LIBELLES_CHAMPS_STRUCTURE.code}
            required
            aide={t('premierLancement.aideCode')}
          />
          <ChampTexte
            control={control}
            name="nom"
            label={LIBELLES_CHAMPS_STRUCTURE.nom}
            required
            autoComplete="organization"
          />
          <ChampTexte
            control={control}
            name="siret"
            label={LIBELLES_CHAMPS_STRUCTURE.siret}
            aide={t('premierLancement.aideSiret')}
          />
          <ChampTexte
            control={control}
            name="siteSiege"
            label={LIBELLES_CHAMPS_STRUCTURE.siteSiege}
            required
            aide={t('premierLancement.aideSiege')}
          />
          <ResumeErreur erreur={erreur} />
          <Button type="submit" variant="contained" size="large" loading={formState.isSubmitting}>
            {t('premierLancement.commencer')}
          </Button>
        </Stack>
      </Paper>
    </EcranSimple>
  );
}
