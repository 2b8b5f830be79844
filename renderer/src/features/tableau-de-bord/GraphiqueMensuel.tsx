import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { LineChart } from '@mui/x-charts/LineChart';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableauDeBordRegion } from '../../../../electron/core/contract';
import { Section } from '../../composants/Section';

/** The monthly evolution of one key figure, the year against the year before (SVG, named and described). */
export function GraphiqueMensuel({ tableau }: { tableau: TableauDeBordRegion }) {
  const { t } = useTranslation();
  const [indice, setIndice] = useState(0);
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
        sx={{ minWidth: 320, mb: 1 }}
      >
        {tableau.chiffres.map((c, i) => (
          <MenuItem key={`${c.code}-${c.variante}`} value={i}>
            {c.libelle}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ height: 320 }}>
        <LineChart
          title={t('tableauDeBord.graphique', { indicateur: chiffre.libelle, annee, precedente: annee - 1 })}
          desc={t('tableauDeBord.descriptionGraphique', {
            annee,
            precedente: annee - 1,
            valeurs: chiffre.mensuel.join(', '),
            valeursPrecedentes: chiffre.mensuelPrecedent.join(', '),
          })}
          xAxis={[{ scaleType: 'point', data: [...mois] }]}
          yAxis={[{ min: 0, tickMinStep: 1 }]}
          series={[
            { data: chiffre.mensuel, label: String(annee), color: '#1565c0' },
            { data: chiffre.mensuelPrecedent, label: String(annee - 1), color: '#9e9e9e', curve: 'linear' },
          ]}
          grid={{ horizontal: true }}
        />
      </Box>
    </Section>
  );
}
