import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as LienRouteur } from 'react-router';
import type { QualiteRegion } from '../../../../electron/core/contract';
import { Tableau } from '../../composants/Tableau';
import type { frPilotage } from '../../i18n/fr-pilotage';

type Controle = keyof typeof frPilotage.paquetRegion.controles;
const dateFr = (iso: string) => iso.split('-').reverse().join('/');

/** Rows of the list of files to fix per page. */
export const DOSSIERS_PAR_PAGE = 10;

interface Props {
  qualite: QualiteRegion;
  annee: number;
  /** Page of the list of files to fix (0 first), kept by the wizard. */
  page: number;
  onPage: (page: number) => void;
}

/**
 * The year's data-quality counts, and the files to fix, a page at a time, each a link to the youth's
 * page (local only).
 */
export function ControleQualite({ qualite, annee, page, onPage }: Props) {
  const { t } = useTranslation();
  const libelle = (controle: string) => t(`paquetRegion.controles.${controle as Controle}`);
  const titreListe = t('paquetRegion.dossiers', { count: qualite.dossiers.length });
  const debut = page * DOSSIERS_PAR_PAGE;
  return (
    <Stack spacing={2}>
      <Table size="small" aria-label={t('paquetRegion.comptes')} sx={{ maxWidth: 720 }}>
        <TableBody>
          {Object.entries(qualite.comptes).map(([controle, n]) => (
            <TableRow key={controle} data-controle={controle}>
              <TableCell component="th" scope="row">
                {libelle(controle)}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 700 }}>
                {n}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {qualite.dossiers.length === 0 ? (
        <Alert severity="success">{t('paquetRegion.aucunDossier', { annee })}</Alert>
      ) : (
        <>
          <Typography variant="h3">{titreListe}</Typography>
          <Typography variant="body2">{t('paquetRegion.dossiersLocaux')}</Typography>
          <Tableau
            titre={titreListe}
            entetes={[
              t('paquetRegion.colonnes.jeune'),
              t('paquetRegion.colonnes.controle'),
              t('paquetRegion.colonnes.date'),
            ]}
            vide=""
            lignes={qualite.dossiers.slice(debut, debut + DOSSIERS_PAR_PAGE).map((d, i) => ({
              id: `${d.controle}-${d.jeuneId}-${debut + i}`,
              cellules: [
                <Link key="lien" component={LienRouteur} to={`/jeunes/${d.jeuneId}`}>
                  {d.nom || d.jeuneId}
                </Link>,
                libelle(d.controle),
                dateFr(d.date),
              ],
            }))}
          />
          {qualite.dossiers.length > DOSSIERS_PAR_PAGE && (
            <TablePagination
              component="div"
              count={qualite.dossiers.length}
              page={page}
              onPageChange={(_, p) => onPage(p)}
              rowsPerPage={DOSSIERS_PAR_PAGE}
              rowsPerPageOptions={[]}
            />
          )}
        </>
      )}
    </Stack>
  );
}
