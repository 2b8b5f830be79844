import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaquetRegionProduit } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { ChoixAnnee } from '../../composants/ChoixAnnee';
import { Section } from '../../composants/Section';
import { TitrePage } from '../../composants/TitrePage';
import { ConfirmationMotDePasse } from './ConfirmationMotDePasse';
import { ControleQualite } from './ControleQualite';
import { useMemoireControle } from './MemoireControle';
import { ResultatPaquet } from './ResultatPaquet';

const ETAPES = ['qualite', 'confirmer', 'production', 'telecharger'] as const;
type Etape = (typeof ETAPES)[number];

/**
 * DIRECTION's Region package wizard: year and data-quality check → password → production (one
 * request: an indeterminate bar, honestly) → the ZIP and its manifest. The check (and the page of its
 * list) is kept while the director fixes files from its list and comes back (`MemoireControle`);
 * « Contrôler les données » runs it again.
 */
export function PagePaquetRegion() {
  const { t } = useTranslation();
  const api = useApi();
  const [garde, garder] = useMemoireControle();
  const [annee, setAnnee] = useState(() => garde?.annee ?? new Date().getFullYear() - 1);
  const [etape, setEtape] = useState<Etape>('qualite');
  const qualite = garde?.annee === annee ? garde.qualite : null;
  const [paquet, setPaquet] = useState<PaquetRegionProduit | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  const [controleEnCours, setControleEnCours] = useState(false);

  async function controler() {
    setControleEnCours(true);
    setErreur(null);
    const r = await api['region:qualite']({ annee });
    setControleEnCours(false);
    if (r.ok) garder({ annee, qualite: r.valeur, le: Date.now(), page: 0 });
    else setErreur(r.erreur.message);
  }

  async function produire(motDePasse: string) {
    setEtape('production');
    setErreur(null);
    const r = await api['region:paquet']({ annee, motDePasse });
    if (r.ok) {
      setPaquet(r.valeur);
      setEtape('telecharger');
    } else {
      setErreur(r.erreur.message);
      setEtape('confirmer');
    }
  }

  function recommencer() {
    setEtape('qualite');
    garder(null);
    setPaquet(null);
  }

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <TitrePage>{t('paquetRegion.titre')}</TitrePage>
      <Typography>{t('paquetRegion.introduction')}</Typography>
      <Stepper activeStep={ETAPES.indexOf(etape)} aria-label={t('paquetRegion.titre')}>
        {ETAPES.map((cle) => (
          <Step
            key={cle}
            completed={ETAPES.indexOf(cle) < ETAPES.indexOf(etape) || (cle === 'telecharger' && !!paquet)}
          >
            <StepLabel>{t(`paquetRegion.etapes.${cle}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {etape === 'qualite' && (
        <Section titre={t('paquetRegion.etapes.qualite')}>
          <Stack spacing={2}>
            <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
              <ChoixAnnee
                annee={annee}
                onChange={(a) => {
                  setAnnee(a);
                  garder(null);
                }}
              />
              <Button variant="outlined" loading={controleEnCours} onClick={() => void controler()}>
                {t('paquetRegion.controler')}
              </Button>
            </Box>
            {garde && qualite && (
              <>
                <Typography variant="body2" color="text.secondary">
                  {t('paquetRegion.controleDu', {
                    heure: new Date(garde.le).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }),
                  })}
                </Typography>
                <ControleQualite
                  qualite={qualite}
                  annee={annee}
                  page={garde.page}
                  onPage={(page) => garder({ ...garde, page })}
                />
              </>
            )}
            {qualite && (
              <Box>
                <Button variant="contained" onClick={() => setEtape('confirmer')}>
                  {t('paquetRegion.continuer')}
                </Button>
              </Box>
            )}
          </Stack>
        </Section>
      )}
      {etape === 'confirmer' && (
        <Section titre={t('paquetRegion.etapes.confirmer')}>
          <ConfirmationMotDePasse
            erreur={erreur}
            onConfirmer={(m) => void produire(m)}
            onRetour={() => {
              setErreur(null);
              setEtape('qualite');
            }}
          />
        </Section>
      )}
      {etape === 'production' && (
        <Section titre={t('paquetRegion.etapes.production')}>
          <Typography id="progression-paquet">{t('paquetRegion.enCours', { annee })}</Typography>
          <LinearProgress aria-labelledby="progression-paquet" sx={{ height: 8, borderRadius: 1, mt: 1 }} />
        </Section>
      )}
      {etape === 'telecharger' && paquet && (
        <Section
          titre={t('paquetRegion.etapes.telecharger')}
          actions={<Button onClick={recommencer}>{t('paquetRegion.recommencer')}</Button>}
        >
          <Stack spacing={2}>
            <Alert severity="success" role="status">
              {t('paquetRegion.pret', { annee })}
            </Alert>
            <ResultatPaquet paquet={paquet} />
          </Stack>
        </Section>
      )}
      {erreur && etape === 'qualite' && (
        <Alert severity="error" role="alert">
          {erreur}
        </Alert>
      )}
    </Stack>
  );
}
