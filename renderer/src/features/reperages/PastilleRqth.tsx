import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Sortie } from '../../../../electron/core/contract';
import { formaterDate } from '../../../../electron/core/domain/dates';

/** « RQTH » in the file's header, for those allowed to know it (the core sends it to them only). */
export function PastilleRqth({ rqth }: { rqth: Sortie<'reperages:lister'>['rqth'] }) {
  const { t } = useTranslation();
  if (rqth === null) return null;
  const libelle = rqth.enCours
    ? t('reperages.rqthEnCours')
    : rqth.dateFin
      ? t('reperages.rqthJusquAu', { date: formaterDate(rqth.dateFin) })
      : t('reperages.rqth');
  return <Chip label={libelle} color="secondary" variant="outlined" />;
}
