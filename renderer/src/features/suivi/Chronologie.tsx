import AssignmentIndOutlinedIcon from '@mui/icons-material/AssignmentIndOutlined';
import EuroOutlinedIcon from '@mui/icons-material/EuroOutlined';
import ForumOutlinedIcon from '@mui/icons-material/ForumOutlined';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import WorkOutlineIcon from '@mui/icons-material/WorkOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suivi } from '../../../../electron/core/contract';
import { formaterDate } from '../../../../electron/core/domain/dates';
import type { Chargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import {
  chronologie,
  filtrerChronologie,
  GENRES_CHRONOLOGIE,
  type ElementChronologie,
  type GenreChronologie,
} from './chronologie';

/** Items shown before « Afficher les … plus anciens ». */
const PREMIERS = 8;
const TOUT = 'TOUT';

const ICONES: Readonly<Record<GenreChronologie, ComponentType<{ color: 'primary'; fontSize: 'small' }>>> = {
  CONTACT: ForumOutlinedIcon,
  SITUATION: WorkOutlineIcon,
  DISPOSITIF: AssignmentIndOutlinedIcon,
  FREIN: ReportProblemOutlinedIcon,
  AIDE: EuroOutlinedIcon,
};

function Ligne({ element }: { element: ElementChronologie }) {
  const Icone = ICONES[element.genre];
  return (
    <ListItem divider sx={{ gap: 2, alignItems: 'flex-start', px: 0 }}>
      <Icone color="primary" fontSize="small" />
      <Typography variant="body2" sx={{ width: '5.5rem', flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
        {formaterDate(element.date)}
      </Typography>
      <Typography variant="body2">{element.description}</Typography>
    </ListItem>
  );
}

function Liste({ suivi }: { suivi: Suivi }) {
  const { t } = useTranslation();
  const [genre, setGenre] = useState<GenreChronologie | null>(null);
  const [tout, setTout] = useState(false);
  const tous = useMemo(() => chronologie(suivi), [suivi]);
  const elements = filtrerChronologie(tous, genre);
  const visibles = tout ? elements : elements.slice(0, PREMIERS);

  return (
    <>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={genre ?? TOUT}
        onChange={(_e, valeur: GenreChronologie | typeof TOUT | null) => {
          if (valeur !== null) setGenre(valeur === TOUT ? null : valeur);
        }}
        aria-label={t('chronologie.filtre')}
        sx={{ flexWrap: 'wrap', mb: 1 }}
      >
        <ToggleButton value={TOUT}>{t('chronologie.tout')}</ToggleButton>
        {GENRES_CHRONOLOGIE.map((g) => (
          <ToggleButton key={g} value={g}>
            {t(`chronologie.genres.${g}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {elements.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {t(tous.length === 0 ? 'chronologie.vide' : 'chronologie.videFiltre')}
        </Typography>
      ) : (
        <List component="ol" aria-label={t('chronologie.titre')} disablePadding>
          {visibles.map((e) => (
            <Ligne key={e.cle} element={e} />
          ))}
        </List>
      )}
      {visibles.length < elements.length && (
        <Box sx={{ mt: 1 }}>
          <Button onClick={() => setTout(true)}>
            {t('chronologie.plus', { count: elements.length - visibles.length })}
          </Button>
        </Box>
      )}
    </>
  );
}

/** The path at a glance, most recent first, filtered by kind. */
export function Chronologie({ suivi }: { suivi: Chargement<Suivi> }) {
  const { t } = useTranslation();
  return (
    <Section titre={t('chronologie.titre')}>
      <EtatChargement chargement={suivi}>{(s) => <Liste suivi={s} />}</EtatChargement>
    </Section>
  );
}
