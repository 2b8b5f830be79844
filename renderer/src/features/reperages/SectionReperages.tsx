import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErreurApi, Jeune, Reperage, Sortie } from '../../../../electron/core/contract';
import { dateLocale } from '../../../../electron/core/domain/dates';
import { useApi } from '../../api/contexte';
import type { Chargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { useStructure } from '../../structure/StructureContexte';
import { SectionSuivi } from '../suivi/SectionSuivi';
import { DialogueOrienterReperage } from './DialogueOrienterReperage';
import { attendUneOrientation, resumeReperage } from './libellesReperage';
import { definitionReperages } from './reperages';

type Reperages = Sortie<'reperages:lister'>;

interface Props {
  jeune: Jeune;
  reperages: Chargement<Reperages>;
  /** A screening or its orientation was saved: reload, and announce `message`. */
  apresChangement: (message: string) => void;
}

/**
 * « Repérages »: handicap, illiteracy and digital illiteracy screenings, and « Orienter » after a
 * positive result. The core decides what this reader sees; whoever may not see the confidential part
 * reads a notice instead.
 */
export function SectionReperages({ jeune, reperages, apresChangement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { etat } = useStructure();
  const [aujourdhui] = useState(() => dateLocale(new Date()));
  const contexte = useMemo(() => ({ jeune, etat, aujourdhui }), [jeune, etat, aujourdhui]);
  const [aOrienter, setAOrienter] = useState<{
    reperage: Reperage;
    conseil: Sortie<'reperages:conseil'>;
  } | null>(null);
  const [enPreparation, setEnPreparation] = useState<string | null>(null);
  const [erreur, setErreur] = useState<ErreurApi | null>(null);
  const reserves = reperages.valeur?.detailsReserves ?? true;
  const definition = useMemo(() => definitionReperages(!reserves), [reserves]);

  async function orienter(reperage: Reperage) {
    setEnPreparation(reperage.id);
    const r = await api['reperages:conseil']({ id: reperage.id });
    setEnPreparation(null);
    setErreur(r.ok ? null : r.erreur);
    if (r.ok) setAOrienter({ reperage, conseil: r.valeur });
  }

  return (
    <Section titre={t('suivi.reperages.titre')}>
      <EtatChargement chargement={reperages}>
        {({ reperages: liste, detailsReserves }) => (
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {detailsReserves ? t('reperages.reserve') : t('reperages.audite')}
            </Typography>
            {erreur && (
              <Alert severity="error" role="alert" onClose={() => setErreur(null)}>
                {erreur.message}
              </Alert>
            )}
            <SectionSuivi
              definition={definition}
              elements={liste}
              contexte={contexte}
              apresChangement={apresChangement}
              actionsLigne={(r) =>
                attendUneOrientation(r) && (
                  <Button
                    size="small"
                    variant="contained"
                    aria-label={t('reperages.orienterNomme', { nom: resumeReperage(r) })}
                    loading={enPreparation === r.id}
                    onClick={() => void orienter(r)}
                  >
                    {t('reperages.orienter')}
                  </Button>
                )
              }
            />
          </Stack>
        )}
      </EtatChargement>
      {aOrienter && (
        <DialogueOrienterReperage
          reperage={aOrienter.reperage}
          conseil={aOrienter.conseil}
          contexte={contexte}
          fermer={() => setAOrienter(null)}
          apresEnregistrement={(message) => {
            setAOrienter(null);
            apresChangement(message);
          }}
        />
      )}
    </Section>
  );
}
