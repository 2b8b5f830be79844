import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { DataGrid, type GridPaginationModel } from '@mui/x-data-grid';
import { frFR } from '@mui/x-data-grid/locales';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TypePartenaire } from '../../../../electron/core/domain/codes';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { TitrePage } from '../../composants/TitrePage';
import { useValeurDifferee } from '../../hooks/useValeurDifferee';
import { colonnesPartenaires } from './colonnesPartenaires';
import { FiltresPartenaires } from './FiltresPartenaires';

const TAILLES_PAGE = [25, 50, 100];

/** The partner directory, searched (name or SIRET), filtered by type and paged by the server. */
export function ListePartenaires() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [texte, setTexte] = useState('');
  const [type, setType] = useState<TypePartenaire | ''>('');
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: TAILLES_PAGE[0]! });
  const texteCherche = useValeurDifferee(texte.trim(), 250);

  // New criteria show their first page (state adjusted while rendering, as React recommends).
  const criteres = JSON.stringify([texteCherche, type]);
  const [criteresPrecedents, setCriteresPrecedents] = useState(criteres);
  if (criteres !== criteresPrecedents) {
    setCriteresPrecedents(criteres);
    setPagination((p) => ({ ...p, page: 0 }));
  }

  const resultat = useChargement(
    useCallback(
      () =>
        api['partenaires:rechercher']({
          texte: texteCherche,
          type: type || null,
          page: pagination.page,
          taillePage: pagination.pageSize,
        }),
      [api, texteCherche, type, pagination],
    ),
  );
  const colonnes = useMemo(() => colonnesPartenaires(t), [t]);
  const ouvrir = (id: string) => void navigate(`/partenaires/${id}`);

  return (
    <>
      <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 2 }}>
        <TitrePage>{t('partenaires.titre')}</TitrePage>
        <Button component={Link} to="/partenaires/nouveau" variant="contained" startIcon={<AddIcon />}>
          {t('partenaires.nouveau')}
        </Button>
      </Stack>
      <FiltresPartenaires texte={texte} onTexte={setTexte} type={type} onType={setType} />
      {resultat.erreur && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {resultat.erreur.message}
        </Alert>
      )}
      <Box sx={{ height: 'calc(100vh - 232px)', minHeight: 380 }}>
        <DataGrid
          aria-label={t('partenaires.titre')}
          rows={resultat.valeur?.lignes ?? []}
          rowCount={resultat.valeur?.total ?? 0}
          columns={colonnes}
          loading={resultat.enCours}
          paginationMode="server"
          paginationModel={pagination}
          onPaginationModelChange={setPagination}
          pageSizeOptions={TAILLES_PAGE}
          disableColumnMenu
          disableColumnSorting
          disableRowSelectionOnClick
          onRowClick={(ligne) => ouvrir(ligne.row.id)}
          onCellKeyDown={(cellule, evenement) => {
            if (evenement.key === 'Enter') ouvrir(cellule.row.id);
          }}
          localeText={{
            ...frFR.components.MuiDataGrid.defaultProps.localeText,
            noRowsLabel: t(texteCherche === '' && type === '' ? 'partenaires.aucun' : 'partenaires.aucunResultat'),
          }}
          sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
        />
      </Box>
    </>
  );
}
