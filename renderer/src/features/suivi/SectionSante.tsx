import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Jeune } from '../../../../electron/core/contract';
import { dateLocale } from '../../../../electron/core/domain/dates';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { useStructure } from '../../structure/StructureContexte';
import { FREINS_SANTE } from './freins';
import { SectionSuivi } from './SectionSuivi';

interface Props {
  jeune: Jeune;
  /** A health barrier was saved or deleted: announce `message` (and reload what depends on it). */
  apresChangement: (message: string) => void;
}

/**
 * « Santé (confidentiel) »: the health barriers, read through `sensible:lire` (each read is audited).
 * The core alone decides who may read them (the référent·e, DIRECTION, an adviser DIRECTION granted):
 * anyone else sees a short notice.
 */
export function SectionSante({ jeune, apresChangement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { etat } = useStructure();
  const details = useChargement(useCallback(() => api['sensible:lire']({ jeuneId: jeune.id }), [api, jeune.id]));
  const refuse = details.valeur === undefined && details.erreur?.code === 'INTERDIT';
  const contexte = { jeune, etat, aujourdhui: dateLocale(new Date()) };
  return (
    <Section titre={t('confidentiel.titre')}>
      {refuse ? (
        <Alert severity="info" role="note">
          {t('confidentiel.reserve')}
        </Alert>
      ) : (
        <EtatChargement chargement={details}>
          {({ freinsSante }) => (
            <Stack spacing={2}>
              <Typography variant="body2" color="text.secondary">
                {t('confidentiel.audite')}
              </Typography>
              <SectionSuivi
                definition={FREINS_SANTE}
                elements={freinsSante}
                contexte={contexte}
                apresChangement={(message) => {
                  details.recharger();
                  apresChangement(message);
                }}
              />
            </Stack>
          )}
        </EtatChargement>
      )}
    </Section>
  );
}
