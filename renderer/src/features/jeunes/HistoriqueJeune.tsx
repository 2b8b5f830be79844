import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { EntreeHistorique } from '../../../../electron/core/contract';
import type { Chargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { TexteMasque } from '../../composants/TexteMasque';
import { formaterHorodatage } from '../../format';
import { useStructure } from '../../structure/StructureContexte';
import { libelleChampHistorique, valeurHistorique } from './valeursHistorique';

function Modification({ entree }: { entree: EntreeHistorique }) {
  const { t } = useTranslation();
  const { etat } = useStructure();
  if (entree.action === 'CREATION') return null;
  return (
    <>
      <span>{valeurHistorique(entree.champ, entree.ancienneValeur, etat)}</span>
      <Box component="span" aria-hidden sx={{ color: 'text.secondary' }}>
        {' → '}
      </Box>
      <TexteMasque>{`${t('historique.devient')} `}</TexteMasque>
      <Box component="span" sx={{ fontWeight: 500 }}>
        {valeurHistorique(entree.champ, entree.nouvelleValeur, etat)}
      </Box>
    </>
  );
}

/** Who changed what and when, newest first. */
export function HistoriqueJeune({ historique }: { historique: Chargement<EntreeHistorique[]> }) {
  const { t } = useTranslation();
  const titre = t('historique.titre');
  return (
    <Section titre={titre}>
      <EtatChargement chargement={historique}>
        {(entrees) =>
          entrees.length === 0 ? (
            <Typography color="text.secondary">{t('historique.aucune')}</Typography>
          ) : (
            <Table size="small" aria-label={titre}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('historique.date')}</TableCell>
                  <TableCell>{t('historique.auteur')}</TableCell>
                  <TableCell>{t('historique.champ')}</TableCell>
                  <TableCell>{t('historique.modification')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {entrees
                  .toSorted((a, b) => b.horodatage - a.horodatage)
                  .map((e) => (
                    <TableRow key={e.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formaterHorodatage(e.horodatage)}</TableCell>
                      <TableCell>{e.auteur ?? t('historique.auteurInconnu')}</TableCell>
                      <TableCell>{libelleChampHistorique(e)}</TableCell>
                      <TableCell>
                        <Modification entree={e} />
                      </TableCell>
                    </TableRow>
                  ))}
              </TableBody>
            </Table>
          )
        }
      </EtatChargement>
    </Section>
  );
}
