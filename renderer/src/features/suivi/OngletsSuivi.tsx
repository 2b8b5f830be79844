import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suivi } from '../../../../electron/core/contract';
import type { Chargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { AIDES } from './aides';
import type { CleSuivi, ContexteSaisie } from './definition';
import { DISPOSITIFS } from './dispositifs';
import { EVENEMENTS } from './evenements';
import { FREINS } from './freins';
import { SectionSuivi } from './SectionSuivi';
import { SITUATIONS } from './situations';

interface Props {
  suivi: Chargement<Suivi>;
  contexte: ContexteSaisie;
  apresChangement: (message: string) => void;
}

/** The records of the path, one tab per kind, each tab saying how many it holds. */
export function OngletsSuivi({ suivi, contexte, apresChangement }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [actif, setActif] = useState<CleSuivi>('situations');

  function onglets(s: Suivi): { cle: CleSuivi; nombre: number; contenu: ReactNode }[] {
    const commun = { suivi: s, contexte, apresChangement };
    return [
      { cle: 'situations', nombre: s.situations.length, contenu: <SectionSuivi definition={SITUATIONS} {...commun} /> },
      {
        cle: 'dispositifs',
        nombre: s.dispositifs.length,
        contenu: <SectionSuivi definition={DISPOSITIFS} {...commun} />,
      },
      { cle: 'freins', nombre: s.freins.length, contenu: <SectionSuivi definition={FREINS} {...commun} /> },
      { cle: 'aides', nombre: s.aides.length, contenu: <SectionSuivi definition={AIDES} {...commun} /> },
      { cle: 'evenements', nombre: s.evenements.length, contenu: <SectionSuivi definition={EVENEMENTS} {...commun} /> },
    ];
  }

  return (
    <Section titre={t('suivi.titre')}>
      <EtatChargement chargement={suivi}>
        {(s) => {
          const liste = onglets(s);
          return (
            <>
              <Tabs
                value={actif}
                onChange={(_e, cle: CleSuivi) => setActif(cle)}
                aria-label={t('suivi.titre')}
                sx={{ borderBottom: 1, borderColor: 'divider', mb: 2.5 }}
              >
                {liste.map((o) => (
                  <Tab
                    key={o.cle}
                    value={o.cle}
                    label={`${t(`suivi.${o.cle}.titre`)} (${o.nombre})`}
                    id={`${id}-onglet-${o.cle}`}
                    aria-controls={`${id}-panneau-${o.cle}`}
                  />
                ))}
              </Tabs>
              {liste.map((o) => (
                <Box
                  key={o.cle}
                  role="tabpanel"
                  hidden={o.cle !== actif}
                  id={`${id}-panneau-${o.cle}`}
                  aria-labelledby={`${id}-onglet-${o.cle}`}
                >
                  {o.cle === actif && o.contenu}
                </Box>
              ))}
            </>
          );
        }}
      </EtatChargement>
    </Section>
  );
}
