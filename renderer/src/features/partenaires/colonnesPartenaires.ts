import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import { LIBELLES_CHAMPS_PARTENAIRE as L, type PartenaireLigne } from '../../../../electron/core/contract';
import { libelle, TYPES_PARTENAIRE } from '../../../../electron/core/domain/codes';
import { formaterSiret } from '../../format';

/** Columns of the directory, in the server's order (by name): none is sortable. */
export function colonnesPartenaires(t: TFunction): GridColDef<PartenaireLigne>[] {
  const nombre = { type: 'number', width: 120, sortable: false } as const;
  return [
    { field: 'raisonSociale', headerName: L.raisonSociale, flex: 1.6, minWidth: 200, sortable: false },
    {
      field: 'type',
      headerName: t('partenaires.type'),
      flex: 1.4,
      minWidth: 180,
      sortable: false,
      valueFormatter: (v: string) => libelle(TYPES_PARTENAIRE, v),
    },
    {
      field: 'siret',
      headerName: L.siret,
      width: 170,
      sortable: false,
      valueFormatter: (v: string | null) => formaterSiret(v),
    },
    { field: 'commune', headerName: L.commune, flex: 1, minWidth: 120, sortable: false },
    { field: 'sessions', headerName: t('partenaires.colonnes.sessions'), ...nombre },
    { field: 'offres', headerName: t('partenaires.colonnes.offres'), ...nombre },
    { field: 'orientations', headerName: t('partenaires.colonnes.orientations'), ...nombre },
  ];
}
