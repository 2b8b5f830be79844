import SearchIcon from '@mui/icons-material/Search';
import Grid from '@mui/material/Grid';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { TYPES_PARTENAIRE, type TypePartenaire } from '../../../../electron/core/domain/codes';
import { Filtre } from '../../composants/Filtre';
import { optionsCodes } from '../../formulaires/optionsCodes';

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
        <TextField
          type="search"
          label={t('partenaires.recherche')}
          value={texte}
          onChange={(e) => onTexte(e.target.value)}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon />
                </InputAdornment>
              ),
            },
          }}
        />
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
