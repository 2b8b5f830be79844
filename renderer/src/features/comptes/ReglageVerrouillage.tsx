import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { delaiVerrouillageSchema, LIBELLES_CHAMPS_COMPTE as L } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';

/** The field holds text; the contract's rule (1 to 15 whole minutes) checks its number. */
const schema = z.object({
  minutes: z.preprocess((v) => (v === '' ? undefined : Number(v)), delaiVerrouillageSchema.shape.minutes),
});

interface Props {
  delaiMinutes: number;
  /** Saved: the session reads the new delay, and `message` is announced. */
  apresEnregistrement: (message: string) => void;
}

/** How many idle minutes before the screen locks (ADMIN, DIRECTION). */
export function ReglageVerrouillage({ delaiMinutes, apresEnregistrement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { form, erreur, soumettre } = useFormulaire(schema, { minutes: String(delaiMinutes) }, async (entree) => {
    const r = await api['parametres:verrouillage'](entree);
    if (!r.ok) return r.erreur;
    apresEnregistrement(t('comptes.verrouillage.fait', { count: r.valeur.delaiVerrouillageMinutes }));
    return null;
  });
  return (
    <Stack component="form" noValidate onSubmit={soumettre} aria-label={t('comptes.verrouillage.titre')} spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t('comptes.verrouillage.explication')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ width: '16rem' }}>
          <ChampTexte
            control={form.control}
            name="minutes"
            label={L.minutes}
            required
            inputMode="numeric"
            suffixe={t('comptes.verrouillage.unite')}
            aide={t('comptes.verrouillage.aide')}
          />
        </Box>
        <Button
          type="submit"
          variant="outlined"
          loading={form.formState.isSubmitting}
          sx={{ flexShrink: 0, mt: '2px' }}
        >
          {t('comptes.verrouillage.enregistrer')}
        </Button>
      </Stack>
      <ResumeErreur erreur={erreur} />
    </Stack>
  );
}
