import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@mui/utils';
import { LineChart } from '@mui/x-charts/LineChart';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableauDeBordRegion } from '../../../../electron/core/contract';
import { Section } from '../../composants/Section';

/** The monthly evolution of one key figure, the year against the year before (SVG, named and described). */
export function GraphiqueMensuel({ tableau }: { tableau: TableauDeBordRegion }) {
  const { t } = useTranslation();
  const [indice, setIndice] = useState(0);
  const idDescription = useId();
  const chiffre = tableau.chiffres[indice] ?? tableau.chiffres[0];
  if (!chiffre) return null;
  const mois = t('tableauDeBord.mois', { returnObjects: true });
  const { annee } = tableau;
  return (
    <Section titre={t('tableauDeBord.evolution')}>
      <TextField
        select
        label={t('tableauDeBord.indicateur')}
        value={indice}
        onChange={(e) => setIndice(Number(e.target.value))}
        sx={{ width: { xs: '100%', sm: 420 }, mb: 1 }}
      >
        {tableau.chiffres.map((c, i) => (
          <MenuItem key={`${c.code}-${c.variante}`} value={i}>
            {c.libelle}
          </MenuItem>
        ))}
      </TextField>
      {/* Named and described here: the chart's own title/desc land on a role="none" element (axe). */}
      <Box
        role="img"
        aria-label={t('tableauDeBord.graphique', { indicateur: chiffre.libelle, annee, precedente: annee - 1 })}
        aria-describedby={idDescription}
        sx={{ height: 320 }}
      >
        <LineChart
          xAxis={[{ scaleType: 'point', data: [...mois] }]}
          yAxis={[{ min: 0, tickMinStep: 1 }]}
          series={[
            { data: chiffre.mensuel, label: String(annee), color: '#1565c0', curve: 'linear' },
            { data: chiffre.mensuelPrecedent, label: String(annee - 1), color: '#9e9e9e', curve: 'linear' },
          ]}
          grid={{ horizontal: true }}
        />
      </Box>
      <Typography id={idDescription} sx={visuallyHidden}>
        {t('tableauDeBord.descriptionGraphique', {
          annee,
          precedente: annee - 1,
          valeurs: chiffre.mensuel.join(', '),
          valeursPrecedentes: chiffre.mensuelPrecedent.join(', '),
        })}
      </Typography>
    </Section>
  );
}
