import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { ChoixAnnee } from '../../composants/ChoixAnnee';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { TitrePage } from '../../composants/TitrePage';
import { useAnnonce } from '../../composants/useAnnonce';
import { CarteChiffre } from './CarteChiffre';
import { DialogueObjectifs } from './DialogueObjectifs';
import { GraphiqueMensuel } from './GraphiqueMensuel';
import { ProgressionObjectifs } from './ProgressionObjectifs';

/** DIRECTION's dashboard: the year's key figures, their monthly evolution, the convention's targets. */
export function PageTableauDeBord() {
  const { t } = useTranslation();
  const api = useApi();
  const [annee, setAnnee] = useState(() => new Date().getFullYear() - 1);
  const [edition, setEdition] = useState(false);
  const { annoncer, annonce } = useAnnonce();
  const tableau = useChargement(useCallback(() => api['region:tableauDeBord']({ annee }), [api, annee]));
  const objectifs = useChargement(useCallback(() => api['objectifs:lire']({ annee }), [api, annee]));

  return (
    <Stack spacing={2.5}>
      <TitrePage>{t('tableauDeBord.titre')}</TitrePage>
      <Typography>{t('tableauDeBord.introduction')}</Typography>
      <Box>
        <ChoixAnnee annee={annee} onChange={setAnnee} />
      </Box>
      <EtatChargement chargement={tableau}>
        {(tb) => (
          <>
            <Section titre={t('tableauDeBord.chiffres')}>
              <Box
                component="div"
                sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))' }}
              >
                {tb.chiffres.map((c) => (
                  <CarteChiffre key={`${c.code}-${c.variante}`} chiffre={c} annee={tb.annee} />
                ))}
              </Box>
            </Section>
            <GraphiqueMensuel tableau={tb} />
            <Section
              titre={t('tableauDeBord.objectifs.titre')}
              actions={
                <Button variant="outlined" onClick={() => setEdition(true)} disabled={!objectifs.valeur}>
                  {t('tableauDeBord.objectifs.modifier')}
                </Button>
              }
            >
              <EtatChargement chargement={objectifs}>
                {(o) => <ProgressionObjectifs chiffres={tb.chiffres} objectifs={o.objectifs} annee={tb.annee} />}
              </EtatChargement>
            </Section>
            {edition && objectifs.valeur && (
              <DialogueObjectifs
                annee={tb.annee}
                chiffres={tb.chiffres}
                objectifs={objectifs.valeur.objectifs}
                onFermer={() => setEdition(false)}
                onEnregistre={() => {
                  setEdition(false);
                  objectifs.recharger();
                  annoncer(t('tableauDeBord.objectifs.enregistres', { annee: tb.annee }));
                }}
              />
            )}
          </>
        )}
      </EtatChargement>
      {annonce}
    </Stack>
  );
}
