import SearchIcon from '@mui/icons-material/Search';
import Grid from '@mui/material/Grid';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { LIBELLES_CHAMPS_JEUNE as L } from '../../../../electron/core/contract';
import { STATUTS_DOSSIER, type StatutDossier } from '../../../../electron/core/domain/codes';
import type { OptionSelect } from '../../formulaires/ChampSelect';
import { optionsConseillers, optionsSites } from '../../structure/libelles';
import { useStructure } from '../../structure/StructureContexte';

export interface Filtres {
  siteId: string;
  referentId: string;
  statut: StatutDossier | '';
}

export const SANS_FILTRE: Filtres = { siteId: '', referentId: '', statut: '' };

function Filtre({
  label,
  valeur,
  options,
  onChange,
}: {
  label: string;
  valeur: string;
  options: readonly OptionSelect[];
  onChange: (valeur: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextField select label={label} value={valeur} onChange={(e) => onChange(e.target.value)}>
      <MenuItem value="">{t('liste.tous')}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.valeur} value={o.valeur}>
          {o.libelle}
        </MenuItem>
      ))}
    </TextField>
  );
}

interface Props {
  texte: string;
  onTexte: (texte: string) => void;
  filtres: Filtres;
  onFiltres: (filtres: Filtres) => void;
}

/** The search box and the site / adviser / status filters above the list. */
export function FiltresJeunes({ texte, onTexte, filtres, onFiltres }: Props) {
  const { t } = useTranslation();
  const { etat } = useStructure();
  const statuts = STATUTS_DOSSIER.codes.map((c) => ({ valeur: c, libelle: STATUTS_DOSSIER.libelles[c] }));
  return (
    <Grid container spacing={2} role="search" sx={{ mb: 2 }}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <TextField
          type="search"
          label={t('liste.recherche')}
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
      <Grid size={{ xs: 12, sm: 4, lg: 2 }}>
        <Filtre
          label={L.siteId}
          valeur={filtres.siteId}
          options={optionsSites(etat)}
          onChange={(siteId) => onFiltres({ ...filtres, siteId })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4, lg: 2 }}>
        <Filtre
          label={t('liste.referent')}
          valeur={filtres.referentId}
          options={optionsConseillers(etat)}
          onChange={(referentId) => onFiltres({ ...filtres, referentId })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4, lg: 2 }}>
        <Filtre
          label={t('liste.statut')}
          valeur={filtres.statut}
          options={statuts}
          onChange={(statut) => onFiltres({ ...filtres, statut: statut as StatutDossier | '' })}
        />
      </Grid>
    </Grid>
  );
}
