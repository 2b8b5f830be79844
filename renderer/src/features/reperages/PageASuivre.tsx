import MenuBookIcon from '@mui/icons-material/MenuBookOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as LienRouteur } from 'react-router';
import type { Sortie } from '../../../../electron/core/contract';
import { DOMAINES_REPERAGE, libelle, RESULTATS_REPERAGE } from '../../../../electron/core/domain/codes';
import { dateLocale, formaterDate } from '../../../../electron/core/domain/dates';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Filtre } from '../../composants/Filtre';
import { Tableau } from '../../composants/Tableau';
import { TitrePage } from '../../composants/TitrePage';
import { optionsConseillers } from '../../structure/libelles';
import { useStructure } from '../../structure/StructureContexte';
import { useSession } from '../session/SessionContexte';

type LigneASuivre = Sortie<'reperages:aSuivre'>['lignes'][number];

function joursDepuis(date: string, aujourdhui: string): number {
  return Math.max(0, Math.round((Date.parse(aujourdhui) - Date.parse(date)) / 86_400_000));
}

function AFaire({ ligne }: { ligne: LigneASuivre }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      {ligne.raisons.map((raison) => (
        <Chip
          key={raison}
          size="small"
          color={raison === 'SUIVI_DEPASSE' ? 'default' : 'warning'}
          variant="outlined"
          label={t(`reperages.file.raisons.${raison}`, { date: ligne.dateSuivi ? formaterDate(ligne.dateSuivi) : '' })}
        />
      ))}
    </Stack>
  );
}

/**
 * « Repérages à suivre »: positive screenings still waiting for an orientation, and follow-ups due,
 * oldest first, with counts per domain. A CONSEILLER sees the files they follow; DIRECTION chooses.
 */
export function PageASuivre() {
  const { t } = useTranslation();
  const api = useApi();
  const { etat } = useStructure();
  const { utilisateur } = useSession();
  const direction = utilisateur.role === 'DIRECTION';
  const [conseillerId, setConseillerId] = useState('');
  const [aujourdhui] = useState(() => dateLocale(new Date()));
  const chargement = useChargement(
    useCallback(() => api['reperages:aSuivre']({ conseillerId: conseillerId || null }), [api, conseillerId]),
  );
  const titre = t('reperages.file.titre');

  return (
    <Stack spacing={2.5}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <div>
          <TitrePage>{titre}</TitrePage>
          <Typography color="text.secondary">{t('reperages.file.explication')}</Typography>
          {!direction && <Typography color="text.secondary">{t('reperages.file.explicationConseiller')}</Typography>}
        </div>
        <Box>
          <Button component={LienRouteur} to="/reperages/guides" variant="outlined" startIcon={<MenuBookIcon />}>
            {t('reperages.file.guides')}
          </Button>
        </Box>
      </Stack>
      {direction && (
        <Box role="search" sx={{ maxWidth: 360 }}>
          <Filtre
            label={t('reperages.file.conseiller')}
            tous={t('reperages.file.tous')}
            valeur={conseillerId}
            options={optionsConseillers(etat, conseillerId)}
            onChange={setConseillerId}
          />
        </Box>
      )}
      {chargement.erreur && chargement.valeur && <Alert severity="error">{chargement.erreur.message}</Alert>}
      <EtatChargement chargement={chargement}>
        {({ lignes, parDomaine }) => (
          <Stack spacing={2}>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} aria-live="polite">
              <Chip color="primary" label={t('reperages.file.total', { nombre: lignes.length })} />
              {DOMAINES_REPERAGE.codes.map((d) => (
                <Chip
                  key={d}
                  variant="outlined"
                  label={t('reperages.file.parDomaine', {
                    domaine: DOMAINES_REPERAGE.libelles[d],
                    nombre: parDomaine[d],
                  })}
                />
              ))}
            </Stack>
            <Paper sx={{ p: 2.5 }}>
              <Tableau
                titre={titre}
                entetes={[
                  t('reperages.file.colonnes.jeune'),
                  t('reperages.file.colonnes.domaine'),
                  t('reperages.file.colonnes.resultat'),
                  t('reperages.file.colonnes.date'),
                  t('reperages.file.colonnes.raison'),
                  t('reperages.file.colonnes.attente'),
                  t('reperages.file.colonnes.referent'),
                ]}
                vide={t('reperages.file.aucun')}
                lignes={lignes.map((l) => ({
                  id: l.id,
                  cellules: [
                    <Link component={LienRouteur} to={`/jeunes/${l.jeuneId}`}>
                      {`${l.jeunePrenom} ${l.jeuneNom}`}
                    </Link>,
                    libelle(DOMAINES_REPERAGE, l.domaine),
                    libelle(RESULTATS_REPERAGE, l.resultat),
                    formaterDate(l.date),
                    <AFaire ligne={l} />,
                    t('reperages.file.jours', { count: joursDepuis(l.echeance, aujourdhui) }),
                    l.referentNom,
                  ],
                }))}
              />
            </Paper>
          </Stack>
        )}
      </EtatChargement>
    </Stack>
  );
}
