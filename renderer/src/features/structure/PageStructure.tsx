import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { LIBELLES_CHAMPS_STRUCTURE as L } from '../../../../electron/core/contract';
import { libelle, TYPES_SITE } from '../../../../electron/core/domain/codes';
import { ListeDescriptions } from '../../composants/ListeDescriptions';
import { Section } from '../../composants/Section';
import { Tableau } from '../../composants/Tableau';
import { TitrePage } from '../../composants/TitrePage';
import { formaterSiret } from '../../format';
import { useStructure } from '../../structure/StructureContexte';
import { FormulaireSite } from './FormulaireSite';

function Activite({ actif }: { actif: boolean }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      label={t(actif ? 'structure.actif' : 'structure.inactif')}
      color={actif ? 'success' : 'default'}
      variant="outlined"
    />
  );
}

/** The Mission Locale and its sites (ADMIN); the staff's accounts have their own page. */
export function PageStructure() {
  const { t } = useTranslation();
  const { etat } = useStructure();
  const structure = etat.structure;
  const titreSites = t('structure.sites');
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <TitrePage>{t('structure.titre')}</TitrePage>
      {structure && (
        <Section titre={t('structure.identite')}>
          <ListeDescriptions
            elements={[
              { terme: L.nom, definition: structure.nom },
              { terme: L.code, definition: structure.code },
              { terme: L.siret, definition: formaterSiret(structure.siret) },
            ]}
          />
        </Section>
      )}
      <Section titre={titreSites}>
        <Tableau
          titre={titreSites}
          entetes={[L.libelle, L.type, t('structure.code'), t('structure.etat')]}
          vide={t('structure.aucunSite')}
          lignes={etat.sites.map((s) => ({
            id: s.id,
            cellules: [s.libelle, libelle(TYPES_SITE, s.type), s.code, <Activite actif={s.actif} />],
          }))}
        />
        <FormulaireSite />
      </Section>
    </Stack>
  );
}
