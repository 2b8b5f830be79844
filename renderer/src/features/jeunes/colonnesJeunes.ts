import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import type { JeuneLigne } from '../../../../electron/core/contract';
import { libelle, STATUTS_DOSSIER } from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { ageAujourdhui, formaterTelephone, nomEtUsage } from '../../format';

/** Columns of the list; only those the server can sort by are sortable (COLONNES_TRI). */
export function colonnesJeunes(t: TFunction): GridColDef<JeuneLigne>[] {
  return [
    {
      field: 'nom',
      headerName: t('liste.colonnes.nom'),
      flex: 1.3,
      minWidth: 150,
      valueGetter: (_v, j) => nomEtUsage(j),
    },
    { field: 'prenom', headerName: t('liste.colonnes.prenom'), flex: 1, minWidth: 110 },
    {
      field: 'dateNaissance',
      headerName: t('liste.colonnes.dateNaissance'),
      width: 150,
      valueFormatter: (v: string) => formaterDate(v),
    },
    {
      field: 'age',
      headerName: t('liste.colonnes.age'),
      width: 80,
      sortable: false,
      valueGetter: (_v, j) => t('commun.age', { count: ageAujourdhui(j.dateNaissance) }),
    },
    { field: 'commune', headerName: t('liste.colonnes.commune'), flex: 1, minWidth: 120 },
    {
      field: 'telephone',
      headerName: t('liste.colonnes.telephone'),
      width: 140,
      sortable: false,
      valueFormatter: (v: string | null) => formaterTelephone(v),
    },
    { field: 'siteLibelle', headerName: t('liste.colonnes.site'), flex: 1.2, minWidth: 150, sortable: false },
    { field: 'referentNom', headerName: t('liste.colonnes.referent'), flex: 1, minWidth: 130, sortable: false },
    {
      field: 'statut',
      headerName: t('liste.colonnes.statut'),
      width: 100,
      valueFormatter: (v: string) => libelle(STATUTS_DOSSIER, v),
    },
  ];
}
