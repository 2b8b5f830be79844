import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { compteSaisieSchema, LIBELLES_CHAMPS_COMPTE as L } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { Section } from '../../composants/Section';
import { TitrePage } from '../../composants/TitrePage';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { ChampsCompte, type NomsCompte } from './ChampsCompte';
import { avecConfirmation } from './confirmation';
import { EcranSimple } from './EcranSimple';

type Compte = 'administrateur' | 'direction';
const COMPTES: readonly Compte[] = ['administrateur', 'direction'];

const compteConfirme = avecConfirmation(compteSaisieSchema, 'motDePasse');
const schema = z.object({ administrateur: compteConfirme, direction: compteConfirme });

const COMPTE_VIDE = { prenom: '', nom: '', login: '', motDePasse: '', confirmation: '' };
const VIDE = { administrateur: COMPTE_VIDE, direction: COMPTE_VIDE };

function noms(compte: Compte): NomsCompte<typeof VIDE> {
  return {
    prenom: `${compte}.prenom`,
    nom: `${compte}.nom`,
    login: `${compte}.login`,
    motDePasse: `${compte}.motDePasse`,
    confirmation: `${compte}.confirmation`,
  };
}

/** First run, after the structure: the ADMIN and DIRECTION accounts, before anyone can log in. */
export function PremiersComptes({ apresCreation }: { apresCreation: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { form, erreur, soumettre } = useFormulaire(schema, VIDE, async (entree) => {
    const r = await api['comptes:initialiser'](entree);
    if (!r.ok) return r.erreur;
    apresCreation();
    return null;
  });
  const aides: Record<Compte, string> = {
    administrateur: t('session.premiersComptes.aideAdministrateur'),
    direction: t('session.premiersComptes.aideDirection'),
  };
  return (
    <EcranSimple largeur="md">
      <TitrePage>{t('session.premiersComptes.titre')}</TitrePage>
      <Stack spacing={2} sx={{ mb: 3 }}>
        <Typography>{t('session.premiersComptes.introduction')}</Typography>
        <Alert severity="info" role="note">
          {t('session.premiersComptes.politique')}
        </Alert>
      </Stack>
      <Stack component="form" noValidate onSubmit={soumettre} spacing={2.5}>
        <Typography variant="body2" color="text.secondary">
          {t('commun.champsObligatoires')}
        </Typography>
        <Grid container spacing={2.5}>
          {COMPTES.map((compte) => (
            <Grid key={compte} size={{ xs: 12, md: 6 }}>
              <Section titre={L[compte]}>
                <Stack spacing={2.5}>
                  <Typography variant="body2" color="text.secondary">
                    {aides[compte]}
                  </Typography>
                  <ChampsCompte control={form.control} noms={noms(compte)} />
                </Stack>
              </Section>
            </Grid>
          ))}
        </Grid>
        <ResumeErreur erreur={erreur} />
        <Button
          type="submit"
          variant="contained"
          size="large"
          loading={form.formState.isSubmitting}
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('session.premiersComptes.creer')}
        </Button>
      </Stack>
    </EcranSimple>
  );
}
