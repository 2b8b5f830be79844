import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as LienRouteur } from 'react-router';
import { LIBELLES_CHAMPS_PROPOSITION as LP, type Partenaire } from '../../../../electron/core/contract';
import { libelle, TYPES_PROPOSITION } from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { Section } from '../../composants/Section';
import { Tableau } from '../../composants/Tableau';
import { PastilleEtat } from '../orientations/PastilleEtat';
import { joindre } from '../suivi/libellesSuivi';
import { formaterTaux } from './libellesPartenaire';

/** The transformation rate, and how it is computed. */
function Taux({ partenaire: p }: { partenaire: Partenaire }) {
  const { t } = useTranslation();
  if (p.tauxTransformation === null) return null;
  const realisees = p.orientations.filter((o) => o.etat === 'REALISEE').length;
  return (
    <div>
      <Typography sx={{ fontWeight: 500 }}>
        {t('partenaires.orientations.taux', { taux: formaterTaux(p.tauxTransformation) })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('partenaires.orientations.explication', { realisees, total: p.orientations.length })}
      </Typography>
    </div>
  );
}

/** The young people oriented to this partner, what came of it, and the resulting rate. */
export function OrientationsPartenaire({ partenaire }: { partenaire: Partenaire }) {
  const { t } = useTranslation();
  const titre = t('partenaires.orientations.titre');
  return (
    <Section titre={titre}>
      <Stack spacing={2}>
        <Taux partenaire={partenaire} />
        <Tableau
          titre={titre}
          entetes={[
            t('partenaires.orientations.jeune'),
            t('partenaires.orientations.orientation'),
            LP.date,
            LP.etat,
            LP.dateEtat,
          ]}
          vide={t('partenaires.orientations.aucune')}
          lignes={partenaire.orientations.map((o) => ({
            id: o.propositionId,
            cellules: [
              <Link component={LienRouteur} to={`/jeunes/${o.jeuneId}`}>
                {`${o.jeunePrenom} ${o.jeuneNom}`}
              </Link>,
              joindre(libelle(TYPES_PROPOSITION, o.type), o.intitule),
              formaterDate(o.date),
              <PastilleEtat etat={o.etat} />,
              formaterDate(o.dateEtat),
            ],
          }))}
        />
      </Stack>
    </Section>
  );
}
