import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import GlobalStyles from '@mui/material/GlobalStyles';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStructure } from '../../structure/StructureContexte';
import { formaterHorodatage } from '../../format';
import { telechargerFichier } from '../orientations/ficheLiaison';

const CLASSE_IMPRESSION = 'impression-cle-secours';
/** Eight groups of « XXXX- ». */
const LONGUEUR_LIGNE = 8 * 5;

/** Printing the page prints this sheet alone: the rest of the app is hidden from the printer. */
const stylesImpression = (
  <GlobalStyles
    styles={{
      '@media print': {
        'body *': { visibility: 'hidden' },
        [`.${CLASSE_IMPRESSION}, .${CLASSE_IMPRESSION} *`]: { visibility: 'visible' },
        [`.${CLASSE_IMPRESSION}`]: { position: 'fixed', inset: 0, padding: '2cm' },
      },
    }}
  />
);

/** The key on screen, to print or save as a text file, then closed: it is not kept in the page. */
export function DialogueCleSecours({ cle, le, fermer }: { cle: string; le: number; fermer: () => void }) {
  const { t } = useTranslation();
  const { etat } = useStructure();
  const idTitre = useId();
  const structure = etat.structure ? `${etat.structure.nom} (${etat.structure.code})` : '';
  const date = formaterHorodatage(le);
  const texte = t('sauvegardes.cle.fichier', { structure, date, cle });
  return (
    <Dialog open onClose={fermer} aria-labelledby={idTitre} maxWidth="md" fullWidth>
      {stylesImpression}
      <DialogTitle id={idTitre}>{t('sauvegardes.cle.titreDialogue')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} className={CLASSE_IMPRESSION}>
          <Typography variant="h3" component="p">
            {t('sauvegardes.cle.entete', { structure })}
          </Typography>
          <Box
            component="p"
            aria-label={t('sauvegardes.cle.libelle')}
            sx={{
              fontFamily: 'monospace',
              fontSize: '1.5rem',
              letterSpacing: '0.04em',
              wordSpacing: '0.3em',
              p: 2,
              m: 0,
              border: 2,
              borderColor: 'primary.main',
              borderRadius: 1,
              overflowWrap: 'anywhere',
            }}
          >
            {/* Two lines of 8 groups: the text stays the key, the line break is only drawn. */}
            {cle.slice(0, LONGUEUR_LIGNE)}
            <br />
            {cle.slice(LONGUEUR_LIGNE)}
          </Box>
          <DialogContentText>{t('sauvegardes.cle.consignes')}</DialogContentText>
          <Typography variant="body2" color="text.secondary">
            {t('sauvegardes.cle.imprimeeLe', { date })}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={() => telechargerFichier('tremplin-cle-de-secours.txt', texte, 'text/plain;charset=utf-8')}>
          {t('sauvegardes.cle.enregistrer')}
        </Button>
        <Button onClick={() => window.print()}>{t('sauvegardes.cle.imprimer')}</Button>
        <Button variant="contained" onClick={fermer} autoFocus>
          {t('sauvegardes.cle.terminer')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
