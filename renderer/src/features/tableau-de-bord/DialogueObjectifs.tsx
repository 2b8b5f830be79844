import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objectif, TableauDeBordRegion } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';

type Chiffre = TableauDeBordRegion['chiffres'][number];
const cle = (o: { code: string; variante: string }) => `${o.code} ${o.variante}`;

interface Props {
  annee: number;
  chiffres: readonly Chiffre[];
  objectifs: readonly Objectif[];
  onFermer: () => void;
  onEnregistre: () => void;
}

/** The year's targets, one per key figure; an empty field means no target. */
export function DialogueObjectifs({ annee, chiffres, objectifs, onFermer, onEnregistre }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [saisie, setSaisie] = useState<Record<string, string>>(() =>
    Object.fromEntries(objectifs.map((o) => [cle(o), String(o.valeur)])),
  );
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, setEnCours] = useState(false);
  const invalides = chiffres.filter((c) => {
    const v = (saisie[cle(c)] ?? '').trim();
    return v !== '' && !/^\d{1,9}$/.test(v);
  });

  async function enregistrer(e: FormEvent) {
    e.preventDefault();
    if (invalides.length > 0) return;
    const liste = chiffres.flatMap((c) => {
      const v = (saisie[cle(c)] ?? '').trim();
      return v === '' ? [] : [{ code: c.code, variante: c.variante, valeur: Number(v) }];
    });
    setEnCours(true);
    const r = await api['objectifs:enregistrer']({ annee, objectifs: liste });
    setEnCours(false);
    if (r.ok) onEnregistre();
    else setErreur(r.erreur.message);
  }

  return (
    <Dialog open onClose={onFermer} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void enregistrer(e)} noValidate>
        <DialogTitle>{t('tableauDeBord.objectifs.dialogue', { annee })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2">{t('tableauDeBord.objectifs.aide')}</Typography>
            {chiffres.map((c) => {
              const invalide = invalides.includes(c);
              return (
                <TextField
                  key={cle(c)}
                  label={c.libelle}
                  value={saisie[cle(c)] ?? ''}
                  onChange={(e) => setSaisie((s) => ({ ...s, [cle(c)]: e.target.value }))}
                  error={invalide}
                  helperText={invalide ? t('tableauDeBord.objectifs.invalide', { indicateur: c.libelle }) : undefined}
                  slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                />
              );
            })}
            {erreur && (
              <Alert severity="error" role="alert">
                {erreur}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onFermer}>{t('commun.annuler')}</Button>
          <Button type="submit" variant="contained" loading={enCours}>
            {t('tableauDeBord.objectifs.enregistrer')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
