import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { deverrouillerSchema, LIBELLES_CHAMPS_COMPTE as L, type Utilisateur } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { ChampMotDePasse } from './ChampMotDePasse';
import { EcranSimple } from './EcranSimple';
import { nomEtRole } from './nomEtRole';

interface Props {
  utilisateur: Utilisateur;
  deverrouille: () => void;
  seDeconnecter: () => void;
}

/**
 * The lock screen: an opaque full-screen dialog over the app, which keeps its state underneath but
 * is hidden from sight and from assistive technologies until the password is typed again.
 */
export function Verrouillage({ utilisateur, deverrouille, seDeconnecter }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const idTitre = useId();
  const titre = t('session.verrouillage.titre');
  const nom = nomEtRole(utilisateur);
  const { form, erreur, soumettre } = useFormulaire(
    deverrouillerSchema,
    { motDePasse: '' },
    async (entree, { setValue, setFocus }) => {
      const r = await api['session:deverrouiller'](entree);
      if (r.ok) {
        deverrouille();
        return null;
      }
      setValue('motDePasse', '');
      setFocus('motDePasse');
      return r.erreur;
    },
    'onSubmit',
  );

  useEffect(() => {
    const avant = document.title;
    document.title = t('cadre.titreFenetre', { page: titre });
    return () => {
      document.title = avant;
    };
  }, [t, titre]);

  return (
    <Dialog
      open
      fullScreen
      aria-labelledby={idTitre}
      // Above everything the app may have open (dialogs, menus, messages).
      sx={{ zIndex: (theme) => theme.zIndex.tooltip + 1 }}
      slotProps={{ paper: { variant: 'elevation', elevation: 0, sx: { bgcolor: 'background.default' } } }}
    >
      <EcranSimple largeur="xs" contenu="div">
        <Paper component="form" noValidate onSubmit={soumettre} sx={{ p: 3 }}>
          <Stack spacing={2.5}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
              <LockOutlinedIcon color="primary" />
              <Typography variant="h1" id={idTitre}>
                {titre}
              </Typography>
            </Stack>
            <Typography sx={{ fontWeight: 500 }}>{nom}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('session.verrouillage.explication')}
            </Typography>
            <ChampMotDePasse
              control={form.control}
              name="motDePasse"
              label={L.motDePasse}
              required
              autoComplete="current-password"
              autoFocus
            />
            <ResumeErreur erreur={erreur} />
            <Button type="submit" variant="contained" size="large" loading={form.formState.isSubmitting}>
              {t('session.verrouillage.deverrouiller')}
            </Button>
            <Button onClick={seDeconnecter}>{t('session.menu.seDeconnecter')}</Button>
          </Stack>
        </Paper>
      </EcranSimple>
    </Dialog>
  );
}
