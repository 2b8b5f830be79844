import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JeuneLigne } from '../../../../electron/core/contract';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { nomJeune } from '../../format';

interface Props {
  jeunes: readonly JeuneLigne[];
  /** true: « Créer quand même »; false: cancelled, or left to open one of the files. */
  repondre: (creer: boolean) => void;
}

function DialogueDoublons({ jeunes, repondre }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      onClose={() => repondre(false)}
      aria-labelledby="titre-doublons"
      aria-describedby="texte-doublons"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="titre-doublons">{t('doublons.titre')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="texte-doublons">{t('doublons.explication')}</DialogContentText>
        <List>
          {jeunes.map((j) => {
            const nom = nomJeune(j);
            return (
              <ListItem
                key={j.id}
                divider
                secondaryAction={
                  <Button
                    component={Link}
                    to={`/jeunes/${j.id}`}
                    onClick={() => repondre(false)}
                    aria-label={t('doublons.ouvrirNomme', { nom })}
                  >
                    {t('doublons.ouvrir')}
                  </Button>
                }
              >
                <ListItemText
                  primary={nom}
                  secondary={[
                    t('doublons.neLe', { date: formaterDate(j.dateNaissance) }),
                    j.commune ?? t('doublons.communeInconnue'),
                  ].join(' · ')}
                  sx={{ pr: 18 }}
                />
              </ListItem>
            );
          })}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => repondre(false)}>{t('commun.annuler')}</Button>
        <Button variant="contained" onClick={() => repondre(true)}>
          {t('doublons.creerQuandMeme')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * Asks, through a dialog, whether the similar files found are another person.
 * `demander` resolves when the adviser chooses, so the caller's flow reads top to bottom.
 */
export function useConfirmationDoublons() {
  const [question, setQuestion] = useState<Props | null>(null);
  const demander = useCallback(
    (jeunes: readonly JeuneLigne[]) =>
      new Promise<boolean>((resolve) =>
        setQuestion({
          jeunes,
          repondre: (creer) => {
            setQuestion(null);
            resolve(creer);
          },
        }),
      ),
    [],
  );
  const dialogue = question && <DialogueDoublons {...question} />;
  return { demander, dialogue };
}
