import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LIBELLES_CHAMPS_PARTENAIRE as L, type partenaireSaisieSchema } from '../../../../electron/core/contract';
import { Case } from '../../formulaires/Case';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { CONTACT_VIDE, type ValeursPartenaire } from './valeursPartenaire';

interface Props {
  control: Control<ValeursPartenaire, unknown, z.output<typeof partenaireSaisieSchema>>;
}

/** The partner's contacts, each in its own group of fields; added and removed at will. */
export function ChampsContacts({ control }: Props) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts' });
  return (
    <Stack spacing={2}>
      {fields.length === 0 && (
        <Typography color="text.secondary">{t('partenaires.formulaire.aucunContact')}</Typography>
      )}
      {fields.map((contact, i) => {
        const numero = i + 1;
        return (
          <Box
            key={contact.id}
            component="fieldset"
            sx={{ m: 0, px: 2, pt: 1, pb: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}
          >
            <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
              {t('partenaires.formulaire.contact', { numero })}
            </Typography>
            <Grid container spacing={2} sx={{ mt: 1 }}>
              <Case>
                <ChampTexte control={control} name={`contacts.${i}.nom`} label={L.nom} required />
              </Case>
              <Case>
                <ChampTexte control={control} name={`contacts.${i}.fonction`} label={L.fonction} />
              </Case>
              <Case>
                <ChampTexte control={control} name={`contacts.${i}.telephone`} label={L.telephone} type="tel" />
              </Case>
              <Case>
                <ChampTexte control={control} name={`contacts.${i}.email`} label={L.email} type="email" />
              </Case>
            </Grid>
            <Button
              size="small"
              color="error"
              startIcon={<DeleteOutlineIcon />}
              onClick={() => remove(i)}
              sx={{ mt: 1 }}
            >
              {t('partenaires.formulaire.retirerContact', { numero })}
            </Button>
          </Box>
        );
      })}
      <Box>
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => append(CONTACT_VIDE)}>
          {t('partenaires.formulaire.ajouterContact')}
        </Button>
      </Box>
    </Stack>
  );
}
