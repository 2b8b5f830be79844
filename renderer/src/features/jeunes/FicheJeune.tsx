import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LIBELLES_CHAMPS_JEUNE as L, type Jeune } from '../../../../electron/core/contract';
import { libelle, STATUTS_DOSSIER } from '../../../../electron/core/domain/codes';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { TitrePage } from '../../composants/TitrePage';
import { useAnnonce } from '../../composants/useAnnonce';
import { nomJeune } from '../../format';
import { SectionOrientations } from '../orientations/SectionOrientations';
import { SituationCourante } from '../suivi/SituationCourante';
import { SuiviJeune } from '../suivi/SuiviJeune';
import { HistoriqueJeune } from './HistoriqueJeune';
import { InterrupteurStatut } from './InterrupteurStatut';
import { ResumeJeune } from './ResumeJeune';

function Pastilles({ jeune }: { jeune: Jeune }) {
  return (
    <Stack direction="row" spacing={1}>
      <Chip label={libelle(STATUTS_DOSSIER, jeune.statut)} color={jeune.statut === 'ACTIF' ? 'success' : 'default'} />
      {jeune.qpv && <Chip label={L.qpv} variant="outlined" color="primary" />}
      {jeune.zrr && <Chip label={L.zrr} variant="outlined" color="primary" />}
    </Stack>
  );
}

export function FicheJeune() {
  const { t } = useTranslation();
  const api = useApi();
  const id = useParams().id ?? '';
  const jeune = useChargement(useCallback(() => api['jeunes:lire']({ id }), [api, id]));
  const historique = useChargement(useCallback(() => api['jeunes:historique']({ id }), [api, id]));
  const suivi = useChargement(useCallback(() => api['suivi:lire']({ jeuneId: id }), [api, id]));
  const { annoncer, annonce } = useAnnonce();
  const rechargerTout = () => {
    jeune.recharger();
    historique.recharger();
  };
  const apresChangementSuivi = (message: string) => {
    suivi.recharger();
    historique.recharger();
    annoncer(message);
  };

  return (
    <EtatChargement chargement={jeune}>
      {(j) => (
        <Stack spacing={2.5}>
          <div>
            <TitrePage>{nomJeune(j)}</TitrePage>
            <Stack direction="row" spacing={3} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Pastilles jeune={j} />
              {suivi.valeur && <SituationCourante suivi={suivi.valeur} />}
            </Stack>
          </div>
          <Stack direction="row" spacing={3} sx={{ alignItems: 'center' }}>
            <Button component={Link} to={`/jeunes/${id}/modifier`} variant="contained" startIcon={<EditIcon />}>
              {t('fiche.modifier')}
            </Button>
            <InterrupteurStatut jeune={j} onChange={rechargerTout} />
          </Stack>
          <SuiviJeune jeune={j} suivi={suivi} apresChangement={apresChangementSuivi} />
          <SectionOrientations jeune={j} suivi={suivi} apresChangement={apresChangementSuivi} />
          <ResumeJeune jeune={j} />
          <HistoriqueJeune historique={historique} suivi={suivi.valeur} />
          {annonce}
        </Stack>
      )}
    </EtatChargement>
  );
}
