import Grid from '@mui/material/Grid';
import { useTranslation } from 'react-i18next';
import { LIBELLES_CHAMPS_JEUNE as L } from '../../../../electron/core/contract';
import { STATUTS_DOSSIER, type StatutDossier } from '../../../../electron/core/domain/codes';
import { Filtre } from '../../composants/Filtre';
import { optionsCodes } from '../../formulaires/optionsCodes';
import { optionsConseillers, optionsSites } from '../../structure/libelles';
import { useStructure } from '../../structure/StructureContexte';
import { ChampRecherche } from '../../composants/ChampRecherche';

export interface Filtres {
  siteId: string;
  referentId: string;
  statut: StatutDossier | '';
}

export const SANS_FILTRE: Filtres = { siteId: '', referentId: '', statut: '' };

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
  return (
    <Grid container spacing={2} role="search" sx={{ mb: 2 }}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChampRecherche label={t('liste.recherche')} valeur={texte} onChange={onTexte} />
      </Grid>
      <Grid size={{ xs: 12, sm: 4, lg: 2 }}>
        <Filtre
          tous={t('liste.tous')}
          label={L.siteId}
          valeur={filtres.siteId}
          options={optionsSites(etat)}
          onChange={(siteId) => onFiltres({ ...filtres, siteId })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4, lg: 2 }}>
        <Filtre
          tous={t('liste.tous')}
          label={t('liste.referent')}
          valeur={filtres.referentId}
          options={optionsConseillers(etat)}
          onChange={(referentId) => onFiltres({ ...filtres, referentId })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4, lg: 2 }}>
        <Filtre
          tous={t('liste.tous')}
          label={t('liste.statut')}
          valeur={filtres.statut}
          options={optionsCodes(STATUTS_DOSSIER)}
          onChange={(statut) => onFiltres({ ...filtres, statut: statut as StatutDossier | '' })}
        />
      </Grid>
    </Grid>
  );
}
