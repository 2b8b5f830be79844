import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as LienRouteur } from 'react-router';
import { libelle, TYPES_PROPOSITION } from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { DELAI_RELANCE_JOURS } from '../../../../electron/core/domain/orientation';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Filtre } from '../../composants/Filtre';
import { Tableau } from '../../composants/Tableau';
import { TitrePage } from '../../composants/TitrePage';
import { optionsConseillers } from '../../structure/libelles';
import { useStructure } from '../../structure/StructureContexte';
import { joindre } from '../suivi/libellesSuivi';
import { cibleOrientation } from './libellesOrientation';
import { PastilleEtat } from './PastilleEtat';

/** Open orientations with no news for a while, oldest first: whom to call back, and about what. */
export function OrientationsARelancer() {
  const { t } = useTranslation();
  const api = useApi();
  const { etat } = useStructure();
  const [conseillerId, setConseillerId] = useState('');
  const chargement = useChargement(
    useCallback(
      () => api['propositions:enAttente']({ conseillerId: conseillerId || null, jours: DELAI_RELANCE_JOURS }),
      [api, conseillerId],
    ),
  );
  const titre = t('relances.titre');

  return (
    <Stack spacing={2.5}>
      <div>
        <TitrePage>{titre}</TitrePage>
        <Typography color="text.secondary">{t('relances.explication', { jours: DELAI_RELANCE_JOURS })}</Typography>
      </div>
      <Box role="search" sx={{ maxWidth: 360 }}>
        <Filtre
          label={t('relances.conseiller')}
          tous={t('relances.tous')}
          valeur={conseillerId}
          options={optionsConseillers(etat, conseillerId)}
          onChange={setConseillerId}
        />
      </Box>
      {/* A failed reload keeps the previous list (EtatChargement shows a first failure itself). */}
      {chargement.erreur && chargement.valeur && <Alert severity="error">{chargement.erreur.message}</Alert>}
      <Paper sx={{ p: 2.5 }}>
        <EtatChargement chargement={chargement}>
          {(propositions) => (
            <Tableau
              titre={titre}
              entetes={[
                t('relances.colonnes.jeune'),
                t('relances.colonnes.partenaire'),
                t('relances.colonnes.orientation'),
                t('relances.colonnes.etat'),
                t('relances.colonnes.dateEtat'),
                t('relances.colonnes.attente'),
                t('relances.colonnes.conseiller'),
              ]}
              vide={t(conseillerId === '' ? 'relances.aucune' : 'relances.aucuneConseiller')}
              lignes={propositions.map((p) => ({
                id: p.id,
                cellules: [
                  <Link component={LienRouteur} to={`/jeunes/${p.jeuneId}`}>
                    {`${p.jeunePrenom} ${p.jeuneNom}`}
                  </Link>,
                  p.partenaireNom,
                  joindre(libelle(TYPES_PROPOSITION, p.type), cibleOrientation(p)),
                  <PastilleEtat etat={p.etat} />,
                  formaterDate(p.dateEtat),
                  t('relances.jours', { count: p.joursAttente }),
                  p.conseillerNom,
                ],
              }))}
            />
          )}
        </EtatChargement>
      </Paper>
    </Stack>
  );
}
