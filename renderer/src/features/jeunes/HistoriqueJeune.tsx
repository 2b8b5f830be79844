import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { EntreeHistorique, Suivi } from '../../../../electron/core/contract';
import type { Chargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { TexteMasque } from '../../composants/TexteMasque';
import { formaterHorodatage } from '../../format';
import { useStructure } from '../../structure/StructureContexte';
import { resumeElement } from '../suivi/libellesSuivi';
import { libelleChampHistorique, libelleEntite, valeurHistorique } from './valeursHistorique';

/** What the entry is about; for a change of a record that still exists, which one. */
function Element({ entree, suivi }: { entree: EntreeHistorique; suivi: Suivi | undefined }) {
  const precision =
    entree.action === 'MODIFICATION' && suivi ? resumeElement(suivi, entree.entite, entree.entiteId) : null;
  return (
    <>
      {libelleEntite(entree.entite)}
      {precision && (
        <Typography variant="body2" color="text.secondary">
          {precision}
        </Typography>
      )}
    </>
  );
}

/** Old → new value; for a record added or deleted, the server's summary of it. */
function Modification({ entree }: { entree: EntreeHistorique }) {
  const { t } = useTranslation();
  const { etat } = useStructure();
  switch (entree.action) {
    case 'CREATION':
      return entree.nouvelleValeur;
    case 'SUPPRESSION':
      return entree.ancienneValeur;
    case 'MODIFICATION':
      return (
        <>
          <span>{valeurHistorique(entree, entree.ancienneValeur, etat)}</span>
          <Box component="span" aria-hidden sx={{ color: 'text.secondary' }}>
            {' → '}
          </Box>
          <TexteMasque>{`${t('historique.devient')} `}</TexteMasque>
          <Box component="span" sx={{ fontWeight: 500 }}>
            {valeurHistorique(entree, entree.nouvelleValeur, etat)}
          </Box>
        </>
      );
  }
}

interface Props {
  historique: Chargement<EntreeHistorique[]>;
  /** To name the records changed (absent while loading). */
  suivi: Suivi | undefined;
}

/** Who changed what and when, in the file and its records, newest first. */
export function HistoriqueJeune({ historique, suivi }: Props) {
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
                  <TableCell>{t('historique.element')}</TableCell>
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
                      <TableCell>
                        <Element entree={e} suivi={suivi} />
                      </TableCell>
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
