import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { DataGrid, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { frFR } from '@mui/x-data-grid/locales';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { COLONNES_TRI, type RechercheJeunes } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { TitrePage } from '../../composants/TitrePage';
import { useValeurDifferee } from '../../hooks/useValeurDifferee';
import { colonnesJeunes } from './colonnesJeunes';
import { FiltresJeunes, SANS_FILTRE, type Filtres } from './FiltresJeunes';

const TAILLES_PAGE = [25, 50, 100];
const TRI_PAR_DEFAUT: GridSortModel = [{ field: 'nom', sort: 'asc' }];

function triDemande(tri: GridSortModel): RechercheJeunes['tri'] {
  const [premier] = tri;
  const colonne = COLONNES_TRI.find((c) => c === premier?.field);
  return colonne && premier?.sort ? { colonne, sens: premier.sort } : { colonne: 'nom', sens: 'asc' };
}

/** The youth files, searched, filtered, sorted and paged by the server. */
export function ListeJeunes() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [texte, setTexte] = useState('');
  const [filtres, setFiltres] = useState<Filtres>(SANS_FILTRE);
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: TAILLES_PAGE[0]! });
  const [tri, setTri] = useState<GridSortModel>(TRI_PAR_DEFAUT);
  const texteCherche = useValeurDifferee(texte.trim(), 250);

  // New criteria show their first page (state adjusted while rendering, as React recommends).
  const criteres = JSON.stringify([texteCherche, filtres]);
  const [criteresPrecedents, setCriteresPrecedents] = useState(criteres);
  if (criteres !== criteresPrecedents) {
    setCriteresPrecedents(criteres);
    setPagination((p) => ({ ...p, page: 0 }));
  }

  const recherche = useMemo<RechercheJeunes>(
    () => ({
      texte: texteCherche,
      siteId: filtres.siteId || null,
      referentId: filtres.referentId || null,
      statut: filtres.statut || null,
      tri: triDemande(tri),
      page: pagination.page,
      taillePage: pagination.pageSize,
    }),
    [texteCherche, filtres, tri, pagination],
  );
  const resultat = useChargement(useCallback(() => api['jeunes:rechercher'](recherche), [api, recherche]));
  const colonnes = useMemo(() => colonnesJeunes(t), [t]);
  const sansCritere = texteCherche === '' && !filtres.siteId && !filtres.referentId && !filtres.statut;
  const ouvrir = (id: string) => void navigate(`/jeunes/${id}`);

  return (
    <>
      <TitrePage>{t('liste.titre')}</TitrePage>
      <FiltresJeunes texte={texte} onTexte={setTexte} filtres={filtres} onFiltres={setFiltres} />
      {resultat.erreur && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {resultat.erreur.message}
        </Alert>
      )}
      <Box sx={{ height: 'calc(100vh - 232px)', minHeight: 380 }}>
        <DataGrid
          aria-label={t('liste.titre')}
          rows={resultat.valeur?.lignes ?? []}
          rowCount={resultat.valeur?.total ?? 0}
          columns={colonnes}
          loading={resultat.enCours}
          paginationMode="server"
          sortingMode="server"
          paginationModel={pagination}
          onPaginationModelChange={setPagination}
          pageSizeOptions={TAILLES_PAGE}
          sortModel={tri}
          onSortModelChange={setTri}
          sortingOrder={['asc', 'desc']}
          disableColumnMenu
          disableRowSelectionOnClick
          onRowClick={(ligne) => ouvrir(ligne.row.id)}
          onCellKeyDown={(cellule, evenement) => {
            if (evenement.key === 'Enter') ouvrir(cellule.row.id);
          }}
          localeText={{
            ...frFR.components.MuiDataGrid.defaultProps.localeText,
            noRowsLabel: t(sansCritere ? 'liste.aucunDossier' : 'liste.aucunResultat'),
          }}
          sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
        />
      </Box>
    </>
  );
}
