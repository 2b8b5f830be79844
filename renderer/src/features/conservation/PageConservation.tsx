import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as LienRouteur } from 'react-router';
import type { ErreurApi } from '../../../../electron/core/contract';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Tableau } from '../../composants/Tableau';
import { TitrePage } from '../../composants/TitrePage';
import { useAnnonce } from '../../composants/useAnnonce';
import { DialogueMotDePasse } from '../session/DialogueMotDePasse';

/**
 * « Conservation des dossiers » (DIRECTION): files past the retention limits, to archive or anonymise
 * (the password asked again), or to keep — a new contact takes a file out of the list.
 */
export function PageConservation() {
  const { t } = useTranslation();
  const api = useApi();
  const file = useChargement(useCallback(() => api['conservation:aRevoir']({}), [api]));
  const [choisis, setChoisis] = useState<ReadonlySet<string>>(new Set());
  const [confirmer, setConfirmer] = useState(false);
  const [erreur, setErreur] = useState<ErreurApi | null>(null);
  const { annoncer, annonce } = useAnnonce();
  const titre = t('conservation.titre');

  const apres = (message: string) => {
    setChoisis(new Set());
    file.recharger();
    annoncer(message);
  };
  const basculer = (id: string, coche: boolean) =>
    setChoisis((actuels) => {
      const suivants = new Set(actuels);
      if (coche) suivants.add(id);
      else suivants.delete(id);
      return suivants;
    });

  async function archiver() {
    const r = await api['conservation:archiver']({ ids: [...choisis] });
    setErreur(r.ok ? null : r.erreur);
    if (r.ok) apres(t('conservation.archives', { count: r.valeur.archives }));
  }

  return (
    <Stack spacing={2.5}>
      <div>
        <TitrePage>{titre}</TitrePage>
        <Typography color="text.secondary" sx={{ maxWidth: '90ch' }}>
          {t('conservation.explication')}
        </Typography>
      </div>
      {erreur && (
        <Alert severity="error" role="alert" onClose={() => setErreur(null)}>
          {erreur.message}
        </Alert>
      )}
      <Paper sx={{ p: 2.5 }}>
        <EtatChargement chargement={file}>
          {(lignes) => (
            <Stack spacing={2}>
              {lignes.length > 0 && (
                <Stack direction="row" spacing={2}>
                  <Button variant="outlined" onClick={() => setChoisis(new Set(lignes.map((l) => l.id)))}>
                    {t('conservation.toutSelectionner')}
                  </Button>
                  <Button variant="contained" disabled={choisis.size === 0} onClick={() => void archiver()}>
                    {t('conservation.archiver')}
                  </Button>
                  <Button
                    color="error"
                    variant="outlined"
                    disabled={choisis.size === 0}
                    onClick={() => setConfirmer(true)}
                  >
                    {t('conservation.anonymiser')}
                  </Button>
                </Stack>
              )}
              <Tableau
                titre={titre}
                vide={t('conservation.aucun')}
                entetes={[
                  t('conservation.colonnes.choix'),
                  t('conservation.colonnes.jeune'),
                  t('conservation.colonnes.naissance'),
                  t('conservation.colonnes.dernierContact'),
                  t('conservation.colonnes.raison'),
                  t('conservation.colonnes.referent'),
                ]}
                lignes={lignes.map((l) => {
                  const nom = `${l.prenom} ${l.nom}`;
                  return {
                    id: l.id,
                    cellules: [
                      <Checkbox
                        checked={choisis.has(l.id)}
                        onChange={(e) => basculer(l.id, e.target.checked)}
                        slotProps={{ input: { 'aria-label': t('conservation.selection', { nom }) } }}
                      />,
                      <Link component={LienRouteur} to={`/jeunes/${l.id}`}>
                        {nom}
                      </Link>,
                      formaterDate(l.dateNaissance),
                      l.dernierContact
                        ? formaterDate(l.dernierContact)
                        : t('conservation.aucunContact', { date: formaterDate(l.datePremierAccueil) }),
                      l.raisons.map((r) => t(`conservation.raisons.${r}`)).join(' ; '),
                      l.referentNom,
                    ],
                  };
                })}
              />
            </Stack>
          )}
        </EtatChargement>
      </Paper>
      {confirmer && (
        <DialogueMotDePasse
          titre={t('conservation.confirmerAnonymisation', { count: choisis.size })}
          description={t('conservation.explicationAnonymisation')}
          libelleEnvoi={t('conservation.anonymiser')}
          fermer={() => setConfirmer(false)}
          envoyer={async (motDePasse) => {
            const r = await api['conservation:anonymiser']({ ids: [...choisis], motDePasse });
            if (!r.ok) return r.erreur;
            setConfirmer(false);
            apres(t('conservation.anonymises', { count: r.valeur.anonymises }));
            return null;
          }}
        />
      )}
      {annonce}
    </Stack>
  );
}
