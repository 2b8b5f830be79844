import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableauDeBordRegion } from '../../../../electron/core/contract';

type Chiffre = TableauDeBordRegion['chiffres'][number];

/** One key figure of the year, with the year before and the difference. */
export function CarteChiffre({ chiffre, annee }: { chiffre: Chiffre; annee: number }) {
  const { t } = useTranslation();
  const id = useId();
  const ecart = chiffre.valeur - chiffre.precedente;
  return (
    <Paper component="article" aria-labelledby={id} variant="outlined" sx={{ p: 2, height: '100%' }}>
      <Typography id={id} variant="body2" sx={{ fontWeight: 600, minHeight: '4.3em' }}>
        {chiffre.libelle}
      </Typography>
      <Typography component="p" sx={{ fontSize: '2rem', fontWeight: 700, lineHeight: 1.3 }}>
        {chiffre.valeur.toLocaleString('fr-FR')}
      </Typography>
      <Typography variant="body2">
        {t('tableauDeBord.precedente', { annee: annee - 1, valeur: chiffre.precedente.toLocaleString('fr-FR') })}
      </Typography>
      <Typography variant="body2" sx={{ color: ecart < 0 ? 'error.main' : ecart > 0 ? 'success.dark' : undefined }}>
        {t('tableauDeBord.ecart', {
          signe: ecart > 0 ? '+' : ecart < 0 ? '−' : '±',
          ecart: Math.abs(ecart).toLocaleString('fr-FR'),
          annee: annee - 1,
        })}
      </Typography>
    </Paper>
  );
}
