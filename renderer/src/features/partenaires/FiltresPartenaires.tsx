import Grid from '@mui/material/Grid';
import { useTranslation } from 'react-i18next';
import { TYPES_PARTENAIRE, type TypePartenaire } from '../../../../electron/core/domain/codes';
import { Filtre } from '../../composants/Filtre';
import { optionsCodes } from '../../formulaires/optionsCodes';
import { ChampRecherche } from '../../composants/ChampRecherche';

const TYPES = optionsCodes(TYPES_PARTENAIRE);

interface Props {
  texte: string;
  onTexte: (texte: string) => void;
  type: TypePartenaire | '';
  onType: (type: TypePartenaire | '') => void;
}

/** The search box (name or SIRET) and the type filter above the directory. */
export function FiltresPartenaires({ texte, onTexte, type, onType }: Props) {
  const { t } = useTranslation();
  return (
    <Grid container spacing={2} role="search" sx={{ mb: 2 }}>
      <Grid size={{ xs: 12, md: 8 }}>
        <ChampRecherche label={t('partenaires.recherche')} valeur={texte} onChange={onTexte} />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Filtre
          label={t('partenaires.type')}
          tous={t('partenaires.tous')}
          valeur={type}
          options={TYPES}
          onChange={(valeur) => onType(valeur as TypePartenaire | '')}
        />
      </Grid>
    </Grid>
  );
}
