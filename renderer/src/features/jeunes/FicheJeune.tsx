import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Jeune } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { useAnnonce } from '../../composants/useAnnonce';
import { AccesConfidentiels } from '../audit/AccesConfidentiels';
import { ConsultationsDossier } from '../audit/ConsultationsDossier';
import { DroitsJeune } from '../conservation/DroitsJeune';
import { useConsultations } from '../audit/useConsultations';
import { SectionOrientations } from '../orientations/SectionOrientations';
import { PastilleRqth } from '../reperages/PastilleRqth';
import { SectionReperages } from '../reperages/SectionReperages';
import { useSession } from '../session/SessionContexte';
import { SectionSante } from '../suivi/SectionSante';
import { SituationCourante } from '../suivi/SituationCourante';
import { SuiviJeune } from '../suivi/SuiviJeune';
import { DossierAccueil } from './DossierAccueil';
import { EnTeteFiche } from './EnTeteFiche';
import { HistoriqueJeune } from './HistoriqueJeune';
import { InterrupteurStatut } from './InterrupteurStatut';
import { ResumeJeune } from './ResumeJeune';

/** The whole file, for the follow-up roles; DIRECTION also sees who read it and grants access. */
function DossierSuivi({ jeune: j, rechargerJeune }: { jeune: Jeune; rechargerJeune: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { peut } = useSession();
  const id = j.id;
  const historique = useChargement(useCallback(() => api['jeunes:historique']({ id }), [api, id]));
  const suivi = useChargement(useCallback(() => api['suivi:lire']({ jeuneId: id }), [api, id]));
  // Read once for the header's RQTH and the screenings' section: each read of sensitive details is audited.
  const reperages = useChargement(useCallback(() => api['reperages:lister']({ jeuneId: id }), [api, id]));
  const consultations = useConsultations(id, peut('direction'));
  const { annoncer, annonce } = useAnnonce();
  const rechargerTout = () => {
    rechargerJeune();
    historique.recharger();
  };
  // Every change is audited too: DIRECTION's list of who touched the file follows.
  const apresChangementAudite = (message: string) => {
    historique.recharger();
    consultations.recharger();
    annoncer(message);
  };
  const apresChangementSuivi = (message: string) => {
    suivi.recharger();
    apresChangementAudite(message);
  };

  return (
    <Stack spacing={2.5}>
      <EnTeteFiche jeune={j}>
        {reperages.valeur && <PastilleRqth rqth={reperages.valeur.rqth} />}
        {suivi.valeur && <SituationCourante suivi={suivi.valeur} />}
      </EnTeteFiche>
      <Stack direction="row" spacing={3} sx={{ alignItems: 'center' }}>
        <Button component={Link} to={`/jeunes/${id}/modifier`} variant="contained" startIcon={<EditIcon />}>
          {t('fiche.modifier')}
        </Button>
        <InterrupteurStatut jeune={j} onChange={rechargerTout} />
      </Stack>
      <SuiviJeune jeune={j} suivi={suivi} apresChangement={apresChangementSuivi} />
      <SectionSante jeune={j} apresChangement={apresChangementAudite} />
      <SectionReperages
        jeune={j}
        reperages={reperages}
        apresChangement={(message) => {
          reperages.recharger();
          apresChangementSuivi(message);
        }}
      />
      <SectionOrientations jeune={j} suivi={suivi} apresChangement={apresChangementSuivi} />
      <ResumeJeune jeune={j} />
      <HistoriqueJeune historique={historique} suivi={suivi.valeur} />
      {peut('direction') && (
        <>
          <AccesConfidentiels
            jeune={j}
            apresChangement={(message) => {
              consultations.recharger();
              annoncer(message);
            }}
          />
          <ConsultationsDossier consultations={consultations} />
          <DroitsJeune jeune={j} apresExport={apresChangementAudite} />
        </>
      )}
      {annonce}
    </Stack>
  );
}

export function FicheJeune() {
  const api = useApi();
  const { peut } = useSession();
  const id = useParams().id ?? '';
  const jeune = useChargement(useCallback(() => api['jeunes:lire']({ id }), [api, id]));
  return (
    <EtatChargement chargement={jeune}>
      {(j) =>
        peut('suivi') ? <DossierSuivi jeune={j} rechargerJeune={jeune.recharger} /> : <DossierAccueil jeune={j} />
      }
    </EtatChargement>
  );
}
