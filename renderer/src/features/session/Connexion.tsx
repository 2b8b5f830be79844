import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LIBELLES_CHAMPS_COMPTE as L, ouvrirSessionSchema } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { TitrePage } from '../../composants/TitrePage';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { ChampMotDePasse } from './ChampMotDePasse';
import { EcranSimple } from './EcranSimple';

const VIDE = { login: '', motDePasse: '' };

/** « Connexion »: the core's refusals (wrong password, wait, blocked account) in French, as it words them. */
export function Connexion({ apresConnexion }: { apresConnexion: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { form, erreur, soumettre } = useFormulaire(
    ouvrirSessionSchema,
    VIDE,
    async (entree, { setValue, setFocus }) => {
      const r = await api['session:ouvrir'](entree);
      if (r.ok) {
        apresConnexion();
        return null;
      }
      // A refused password is typed again from scratch.
      setValue('motDePasse', '');
      setFocus('motDePasse');
      return r.erreur;
    },
    'onSubmit',
  );
  return (
    <EcranSimple largeur="xs">
      <TitrePage>{t('session.connexion.titre')}</TitrePage>
      <Typography sx={{ mb: 3 }}>{t('session.connexion.introduction')}</Typography>
      <Paper component="form" noValidate onSubmit={soumettre} aria-label={t('session.connexion.titre')} sx={{ p: 3 }}>
        <Stack spacing={2.5}>
          <ChampTexte control={form.control} name="login" label={L.login} required autoComplete="username" />
          <ChampMotDePasse
            control={form.control}
            name="motDePasse"
            label={L.motDePasse}
            required
            autoComplete="current-password"
          />
          <ResumeErreur erreur={erreur} />
          <Button type="submit" variant="contained" size="large" loading={form.formState.isSubmitting}>
            {t('session.connexion.seConnecter')}
          </Button>
        </Stack>
      </Paper>
    </EcranSimple>
  );
}
