import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Suivi } from '../../../../electron/core/contract';
import type { Chargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { AIDES } from './aides';
import type { CleSuivi, ContexteSaisie, DefinitionSuivi } from './definition';
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

  function onglet<T extends { id: string }, S extends z.ZodType>(
    definition: DefinitionSuivi<T, S>,
    elements: readonly T[],
  ) {
    return {
      cle: definition.cle,
      nombre: elements.length,
      contenu: (
        <SectionSuivi
          definition={definition}
          elements={elements}
          contexte={contexte}
          apresChangement={apresChangement}
        />
      ),
    };
  }

  function onglets(s: Suivi): { cle: CleSuivi; nombre: number; contenu: ReactNode }[] {
    return [
      onglet(SITUATIONS, s.situations),
      onglet(DISPOSITIFS, s.dispositifs),
      onglet(FREINS, s.freins),
      onglet(AIDES, s.aides),
      onglet(EVENEMENTS, s.evenements),
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
