import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportImport as Rapport } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { Section } from '../../composants/Section';
import { TitrePage } from '../../composants/TitrePage';
import { fichiersDuDossier, lireFichiers, type FichierTransmis } from './fichiers';
import { RapportImport } from './RapportImport';

type Phase = 'lecture' | 'analyse' | 'ecriture' | 'termine';

const LIBELLE_PHASE = {
  lecture: 'echange.progression.lecture',
  analyse: 'echange.progression.analyse',
  ecriture: 'echange.progression.ecriture',
} as const;

/** Where the bar stands at each phase: reading fills the first half, byte by byte. */
const DEBUT_PHASE: Record<Phase, number> = { lecture: 0, analyse: 50, ecriture: 75, termine: 100 };

interface Etat {
  fichiers: File[];
  transmis: FichierTransmis[] | null;
  rapport: Rapport | null;
  phase: Phase | null;
  avancement: number;
  erreur: string | null;
}

const INITIAL: Etat = { fichiers: [], transmis: null, rapport: null, phase: null, avancement: 0, erreur: null };

/** DIRECTION imports a `tremplin-import/1` folder: choose → dry run with the report → confirm. */
export function PageImport() {
  const { t } = useTranslation();
  const api = useApi();
  const [etat, setEtat] = useState<Etat>(INITIAL);
  const maj = (modif: Partial<Etat>) => setEtat((e) => ({ ...e, ...modif }));
  const occupe = etat.phase !== null && etat.phase !== 'termine';
  const etape = etat.rapport === null ? 0 : etat.rapport.ecrit ? 3 : etat.rapport.valide ? 2 : 1;

  function choisir(e: ChangeEvent<HTMLInputElement>, dossier: boolean) {
    const liste = [...(e.target.files ?? [])];
    e.target.value = '';
    setEtat({ ...INITIAL, fichiers: dossier ? fichiersDuDossier(liste) : liste });
  }

  async function analyser() {
    maj({ phase: 'lecture', avancement: 0, erreur: null, rapport: null });
    const transmis = await lireFichiers(etat.fichiers, (f) => maj({ avancement: f * DEBUT_PHASE.analyse }));
    maj({ transmis, phase: 'analyse', avancement: DEBUT_PHASE.analyse });
    const r = await api['import:analyser']({ fichiers: transmis });
    if (r.ok) maj({ rapport: r.valeur, phase: 'termine', avancement: 100 });
    else maj({ erreur: r.erreur.message, phase: null });
  }

  async function importer() {
    if (!etat.transmis) return;
    maj({ phase: 'ecriture', avancement: DEBUT_PHASE.ecriture, erreur: null });
    const r = await api['import:executer']({ fichiers: etat.transmis });
    if (r.ok) maj({ rapport: r.valeur, phase: 'termine', avancement: 100 });
    else maj({ erreur: r.erreur.message, phase: null });
  }

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <TitrePage>{t('echange.titre')}</TitrePage>
      <Typography>{t('echange.introduction')}</Typography>
      <Stepper activeStep={etape} aria-label={t('echange.titre')}>
        {(['choisir', 'analyser', 'confirmer'] as const).map((cle) => (
          <Step key={cle}>
            <StepLabel>{t(`echange.etapes.${cle}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Section titre={t('echange.etapes.choisir')}>
        <Stack spacing={2}>
          <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
            <Button variant="outlined" component="label" disabled={occupe}>
              {t('echange.choisirDossier')}
              <input
                hidden
                type="file"
                data-testid="import-dossier"
                ref={(el) => el?.setAttribute('webkitdirectory', '')}
                onChange={(e) => choisir(e, true)}
              />
            </Button>
            <Button variant="outlined" component="label" disabled={occupe}>
              {t('echange.choisirZip')}
              <input
                hidden
                type="file"
                data-testid="import-zip"
                accept=".zip,application/zip"
                onChange={(e) => choisir(e, false)}
              />
            </Button>
          </Box>
          {etat.fichiers.length > 0 && (
            <Typography>
              {t('echange.choix', { count: etat.fichiers.length, noms: etat.fichiers.map((f) => f.name).join(', ') })}
            </Typography>
          )}
          <Box>
            <Button
              variant="contained"
              disabled={etat.fichiers.length === 0 || occupe || etat.rapport !== null}
              onClick={() => void analyser()}
            >
              {t('echange.analyser')}
            </Button>
          </Box>
        </Stack>
      </Section>
      {etat.phase !== null && (
        <Box>
          <Typography id="progression-import">
            {etat.phase !== 'termine'
              ? t(LIBELLE_PHASE[etat.phase])
              : t(etat.rapport?.ecrit ? 'echange.progression.importTermine' : 'echange.progression.analyseTerminee')}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={etat.avancement}
            aria-labelledby="progression-import"
            sx={{ height: 8, borderRadius: 1, mt: 0.5 }}
          />
        </Box>
      )}
      {etat.erreur && (
        <Alert severity="error" role="alert">
          {etat.erreur}
        </Alert>
      )}
      {etat.rapport && (
        <Section titre={t('echange.etapes.analyser')}>
          <Stack spacing={2}>
            <RapportImport rapport={etat.rapport} />
            <Box sx={{ display: 'flex', gap: 1.5 }}>
              {etat.rapport.valide && !etat.rapport.ecrit && (
                <Button variant="contained" loading={occupe} onClick={() => void importer()}>
                  {t('echange.importer')}
                </Button>
              )}
              <Button variant="outlined" disabled={occupe} onClick={() => setEtat(INITIAL)}>
                {t('echange.recommencer')}
              </Button>
            </Box>
          </Stack>
        </Section>
      )}
    </Stack>
  );
}
