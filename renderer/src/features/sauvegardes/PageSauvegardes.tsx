import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErreurApi, EtatSauvegardes, Reponse, Sauvegarde } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { Tableau } from '../../composants/Tableau';
import { TitrePage } from '../../composants/TitrePage';
import { useAnnonce } from '../../composants/useAnnonce';
import { formaterHorodatage } from '../../format';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useSession } from '../session/SessionContexte';
import { DialogueRestaurer } from './DialogueRestaurer';
import { ReglageDossier } from './ReglageDossier';
import { SectionCleSecours } from './SectionCleSecours';

const TAILLE = new Intl.NumberFormat('fr-FR', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

function EtatBase({ etat }: { etat: EtatSauvegardes }) {
  const { t } = useTranslation();
  const { derniereVerification: le, problemes } = etat.integrite;
  return (
    <Stack spacing={1.5}>
      {le === null ? (
        <Alert severity="info">{t('sauvegardes.integrite.jamais')}</Alert>
      ) : problemes.length === 0 ? (
        <Alert severity="success">{t('sauvegardes.integrite.ok', { date: formaterHorodatage(le) })}</Alert>
      ) : (
        <Alert severity="error">{t('sauvegardes.integrite.probleme', { date: formaterHorodatage(le) })}</Alert>
      )}
      {etat.enRetard && (
        <Alert severity="warning">
          {t(etat.sauvegardes.length === 0 ? 'sauvegardes.aucune' : 'sauvegardes.ancienne')}
        </Alert>
      )}
    </Stack>
  );
}

/** ADMIN and DIRECTION: where backups go, which exist, make one now, restore one. */
export function PageSauvegardes() {
  const { t } = useTranslation();
  const api = useApi();
  const { actualiser } = useSession();
  const { annoncer, annonce } = useAnnonce();
  const etat = useChargement(useCallback(() => api['sauvegardes:lister']({}), [api]));
  const [enCours, setEnCours] = useState(false);
  const [erreurAction, setErreurAction] = useState<ErreurApi | null>(null);
  const [aRestaurer, setARestaurer] = useState<Sauvegarde | null>(null);
  const [restauree, setRestauree] = useState<{ date: string; copie: string } | null>(null);

  /** Backup or check now: the list and the state are read again, a refusal shown above the list. */
  async function executer(appel: () => Promise<Reponse<unknown>>) {
    setEnCours(true);
    const r = await appel();
    setEnCours(false);
    setErreurAction(r.ok ? null : r.erreur);
    etat.recharger();
  }

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <TitrePage>{t('sauvegardes.titre')}</TitrePage>
      <Typography>{t('sauvegardes.explication')}</Typography>
      <EtatChargement chargement={etat}>
        {(e) => (
          <>
            <Section
              titre={t('sauvegardes.integrite.titre')}
              actions={
                <Button
                  variant="outlined"
                  loading={enCours}
                  onClick={() => void executer(() => api['integrite:verifier']({}))}
                >
                  {t('sauvegardes.integrite.verifier')}
                </Button>
              }
            >
              <div role="status">
                <EtatBase etat={e} />
              </div>
            </Section>
            <SectionCleSecours />
            <Section titre={t('sauvegardes.dossier.titre')}>
              <ReglageDossier
                etat={e}
                apresEnregistrement={(message) => {
                  annoncer(message);
                  etat.recharger();
                }}
              />
            </Section>
            <Section
              titre={t('sauvegardes.liste.titre')}
              actions={
                <Button
                  variant="contained"
                  loading={enCours}
                  onClick={() =>
                    void executer(async () => {
                      const r = await api['sauvegardes:creer']({});
                      if (r.ok) annoncer(t('sauvegardes.faite', { fichier: r.valeur.fichier }));
                      return r;
                    })
                  }
                >
                  {t('sauvegardes.maintenant')}
                </Button>
              }
            >
              <Stack spacing={2}>
                <ResumeErreur erreur={erreurAction} />
                <Tableau
                  titre={t('sauvegardes.liste.titre')}
                  vide={t('sauvegardes.liste.vide')}
                  entetes={[
                    t('sauvegardes.liste.date'),
                    t('sauvegardes.liste.nature'),
                    t('sauvegardes.liste.taille'),
                    t('sauvegardes.liste.etat'),
                    t('sauvegardes.liste.action'),
                  ]}
                  lignes={e.sauvegardes.map((s) => ({
                    id: s.fichier,
                    cellules: [
                      formaterHorodatage(s.horodatage),
                      t(`sauvegardes.natures.${s.nature}`),
                      TAILLE.format(s.taille / 1_000_000),
                      s.intacte ? t('sauvegardes.liste.intacte') : t('sauvegardes.liste.abimee'),
                      <Button
                        key="restaurer"
                        size="small"
                        disabled={!s.intacte}
                        aria-label={t('sauvegardes.liste.restaurerDu', { date: formaterHorodatage(s.horodatage) })}
                        onClick={() => setARestaurer(s)}
                      >
                        {t('sauvegardes.liste.restaurer')}
                      </Button>,
                    ],
                  }))}
                />
              </Stack>
            </Section>
          </>
        )}
      </EtatChargement>
      {aRestaurer && (
        <DialogueRestaurer
          sauvegarde={aRestaurer}
          fermer={() => setARestaurer(null)}
          apresRestauration={(r) => {
            setRestauree({ date: formaterHorodatage(aRestaurer.horodatage), copie: r.copieAvant ?? '—' });
            setARestaurer(null);
          }}
        />
      )}
      {restauree && (
        <Dialog open aria-labelledby="restauration-terminee">
          <DialogTitle id="restauration-terminee">{t('sauvegardes.restauration.terminee')}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('sauvegardes.restauration.termineeExplication', restauree)}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={actualiser} autoFocus>
              {t('sauvegardes.restauration.reconnecter')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      {annonce}
    </Stack>
  );
}
