import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RapportImport as Rapport } from '../../../../electron/core/contract';
import { ERREURS_AFFICHEES, telechargerErreurs } from './fichiers';

function Erreurs({ erreurs }: { erreurs: readonly string[] }) {
  const { t } = useTranslation();
  const affichees = erreurs.slice(0, ERREURS_AFFICHEES);
  return (
    <Stack spacing={1.5}>
      <Alert severity="error" role="alert">
        <Typography sx={{ fontWeight: 700 }}>{t('echange.refus.titre', { count: erreurs.length })}</Typography>
        {t('echange.refus.corriger')}
      </Alert>
      {affichees.length < erreurs.length && (
        <Typography>{t('echange.refus.tronque', { affichees: affichees.length, total: erreurs.length })}</Typography>
      )}
      <Box
        component="ul"
        aria-label={t('echange.refus.titre', { count: erreurs.length })}
        sx={{ m: 0, pl: 3, fontFamily: 'monospace', fontSize: '0.9rem', maxHeight: '24rem', overflow: 'auto' }}
      >
        {affichees.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </Box>
      <Box>
        <Button variant="outlined" onClick={() => telechargerErreurs(erreurs)}>
          {t('echange.refus.telecharger')}
        </Button>
      </Box>
    </Stack>
  );
}

function Comptes({ rapport }: { rapport: Rapport }) {
  const { t } = useTranslation();
  const colonnes = ['lignes', 'crees', 'modifies', 'inchanges'] as const;
  return (
    <Table size="small" aria-label={t('echange.tableau.legende')} sx={{ maxWidth: 640 }}>
      <TableHead>
        <TableRow>
          <TableCell component="th">{t('echange.tableau.fichier')}</TableCell>
          {colonnes.map((c) => (
            <TableCell key={c} component="th" align="right">
              {t(`echange.tableau.${c}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rapport.comptes.map((c) => (
          <TableRow key={c.fichier}>
            <TableCell component="th" scope="row">
              {c.fichier}
            </TableCell>
            {colonnes.map((col) => (
              <TableCell key={col} align="right">
                {c[col]}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The report of a dry run or of an import: every error, or what is (or was) written per file. */
export function RapportImport({ rapport }: { rapport: Rapport }) {
  const { t } = useTranslation();
  const noms = (liste: readonly string[]) => liste.join(', ');
  return (
    <Stack spacing={2}>
      {rapport.valide ? (
        <Alert severity="success" role="status">
          {rapport.ecrit ? t('echange.reussi') : t('echange.pret')}
        </Alert>
      ) : (
        <Erreurs erreurs={rapport.erreurs} />
      )}
      {rapport.valide && <Comptes rapport={rapport} />}
      {rapport.valide && rapport.sitesCrees.length > 0 && (
        <Typography>
          {t(rapport.ecrit ? 'echange.sitesCrees' : 'echange.sitesACreer', { noms: noms(rapport.sitesCrees) })}
        </Typography>
      )}
      {rapport.valide && rapport.comptesCrees.length > 0 && (
        <Typography>
          {t(rapport.ecrit ? 'echange.comptesCrees' : 'echange.comptesACreer', { noms: noms(rapport.comptesCrees) })}
        </Typography>
      )}
      {rapport.ignores.length > 0 && <Typography>{t('echange.ignores', { noms: noms(rapport.ignores) })}</Typography>}
    </Stack>
  );
}
