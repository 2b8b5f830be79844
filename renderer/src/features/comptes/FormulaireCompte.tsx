import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { creerCompteSchema, LIBELLES_CHAMPS_COMPTE as L } from '../../../../electron/core/contract';
import { ROLES } from '../../../../electron/core/domain/codes';
import { useApi } from '../../api/contexte';
import { nomConseiller } from '../../format';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { optionsCodes } from '../../formulaires/optionsCodes';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { ChampsCompte } from '../session/ChampsCompte';
import { avecConfirmation } from '../session/confirmation';

const schema = avecConfirmation(creerCompteSchema, 'motDePasse');
const VIDE = { role: '', prenom: '', nom: '', login: '', motDePasse: '', confirmation: '' };
const NOMS = {
  prenom: 'prenom',
  nom: 'nom',
  login: 'login',
  motDePasse: 'motDePasse',
  confirmation: 'confirmation',
} as const;
const OPTIONS_ROLES = optionsCodes(ROLES);

/** ADMIN creates a staff account that can log in at once (the former « add an adviser »). */
export function FormulaireCompte({ apresCreation }: { apresCreation: (message: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { form, erreur, soumettre } = useFormulaire(
    schema,
    VIDE,
    async (entree, { reset }) => {
      const r = await api['conseillers:creer'](entree);
      if (!r.ok) return r.erreur;
      reset(VIDE);
      apresCreation(t('comptes.creation.cree', { login: r.valeur.login, nom: nomConseiller(r.valeur) }));
      return null;
    },
    'onSubmit',
  );
  return (
    <Stack component="form" noValidate onSubmit={soumettre} aria-label={t('comptes.creation.titre')} spacing={2.5}>
      <Typography variant="body2" color="text.secondary">
        {t('commun.champsObligatoires')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2.5, alignItems: 'start' }}>
        <ChampSelect control={form.control} name="role" label={L.role} required options={OPTIONS_ROLES} />
        <ChampsCompte control={form.control} noms={NOMS} />
      </Box>
      <ResumeErreur erreur={erreur} />
      <Box>
        <Button type="submit" variant="contained" loading={form.formState.isSubmitting}>
          {t('comptes.creation.creer')}
        </Button>
      </Box>
    </Stack>
  );
}
