import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DOMAINES_REPERAGE, type DomaineReperage } from '../../../../electron/core/domain/codes';
import { TexteGuide } from './TexteGuide';
import { useGuides } from './useGuides';

/** The domain's guidance, folded under the form: signs, meaning of each result, where to orient. */
export function PanneauGuide({ domaine }: { domaine: DomaineReperage }) {
  const { t } = useTranslation();
  const guides = useGuides();
  const guide = guides.valeur?.find((g) => g.domaine === domaine);
  return (
    <Accordion disableGutters variant="outlined">
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography sx={{ fontWeight: 500 }}>
          {t('reperages.guide', { domaine: DOMAINES_REPERAGE.libelles[domaine].toLowerCase() })}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        {guide ? (
          <TexteGuide texte={guide.texte} />
        ) : (
          guides.erreur && <Typography color="error">{t('reperages.guideIndisponible')}</Typography>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
