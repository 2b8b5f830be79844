import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Sortie } from '../../../../electron/core/contract';
import type { Chargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { Tableau } from '../../composants/Tableau';
import { formaterHorodatage } from '../../format';
import { libelleObjet } from './libelleObjet';

/** DIRECTION: the audited actions on one file (sensitive reads, changes, access grants), newest first. */
export function ConsultationsDossier({ consultations }: { consultations: Chargement<Sortie<'audit:consultations'>> }) {
  const { t } = useTranslation();
  const titre = t('audit.consultations.titre');
  return (
    <Section titre={titre}>
      <Stack spacing={2}>
        <Typography variant="body2" color="text.secondary">
          {t('audit.consultations.explication')}
        </Typography>
        <EtatChargement chargement={consultations}>
          {(entrees) => (
            <Tableau
              titre={titre}
              entetes={[
                t('audit.consultations.date'),
                t('audit.consultations.personne'),
                t('audit.consultations.action'),
                t('audit.consultations.objet'),
              ]}
              vide={t('audit.consultations.aucune')}
              lignes={entrees.map((e) => ({
                id: String(e.numero),
                cellules: [
                  formaterHorodatage(e.horodatage),
                  e.utilisateurNom ?? t('audit.consultations.systeme'),
                  e.action,
                  libelleObjet(e.objet),
                ],
              }))}
            />
          )}
        </EtatChargement>
      </Stack>
    </Section>
  );
}
