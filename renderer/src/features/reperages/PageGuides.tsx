import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErreurApi, GuideReperage } from '../../../../electron/core/contract';
import { DOMAINES_REPERAGE, type DomaineReperage } from '../../../../electron/core/domain/codes';
import { useApi } from '../../api/contexte';
import { EtatChargement } from '../../composants/EtatChargement';
import { TitrePage } from '../../composants/TitrePage';
import { useAnnonce } from '../../composants/useAnnonce';
import { useSession } from '../session/SessionContexte';
import { TexteGuide } from './TexteGuide';
import { useGuides } from './useGuides';

interface PropsGuide {
  guide: GuideReperage;
  modifiable: boolean;
  apresChangement: (message: string) => void;
}

/** One domain's guide; DIRECTION rewrites it for the office, or restores Tremplin's text. */
function Guide({ guide, modifiable, apresChangement }: PropsGuide) {
  const { t } = useTranslation();
  const api = useApi();
  const [brouillon, setBrouillon] = useState<string | null>(null);
  const [erreur, setErreur] = useState<ErreurApi | null>(null);
  const [enCours, setEnCours] = useState(false);
  const domaine = DOMAINES_REPERAGE.libelles[guide.domaine];

  async function enregistrer(texte: string | null) {
    setEnCours(true);
    const r = await api['reperages:modifierGuide']({ domaine: guide.domaine, texte });
    setEnCours(false);
    setErreur(r.ok ? null : r.erreur);
    if (r.ok) {
      setBrouillon(null);
      apresChangement(t(texte === null ? 'reperages.guides.retabli' : 'reperages.guides.enregistre', { domaine }));
    }
  }

  const origine = guide.parDefaut
    ? t('reperages.guides.texteTremplin')
    : t('reperages.guides.texteStructure', {
        nom: guide.modifieParNom ?? '—',
        date: guide.modifieLe ? new Date(guide.modifieLe).toLocaleDateString('fr-FR') : '',
      });

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {origine}
      </Typography>
      {brouillon === null ? (
        <TexteGuide texte={guide.texte} />
      ) : (
        <TextField
          label={t('reperages.guides.champ', { domaine })}
          value={brouillon}
          onChange={(e) => setBrouillon(e.target.value)}
          multiline
          minRows={12}
          error={erreur?.champs?.texte !== undefined}
          helperText={erreur?.champs?.texte}
        />
      )}
      {erreur && !erreur.champs && <Alert severity="error">{erreur.message}</Alert>}
      {modifiable && (
        <Stack direction="row" spacing={2}>
          {brouillon === null ? (
            <Button variant="outlined" onClick={() => setBrouillon(guide.texte)}>
              {t('reperages.guides.modifier')}
            </Button>
          ) : (
            <>
              <Button variant="contained" loading={enCours} onClick={() => void enregistrer(brouillon)}>
                {t('reperages.guides.enregistrer')}
              </Button>
              <Button onClick={() => setBrouillon(null)}>{t('commun.annuler')}</Button>
            </>
          )}
          {!guide.parDefaut && brouillon === null && (
            <Button loading={enCours} onClick={() => void enregistrer(null)}>
              {t('reperages.guides.retablir')}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}

/** « Guides du repérage »: one tab per domain, in plain French; DIRECTION may adapt them. */
export function PageGuides() {
  const { t } = useTranslation();
  const { utilisateur } = useSession();
  const guides = useGuides();
  const [domaine, setDomaine] = useState<DomaineReperage>('ILLETTRISME');
  const { annoncer, annonce } = useAnnonce();
  return (
    <Stack spacing={2.5}>
      <div>
        <TitrePage>{t('reperages.guides.titre')}</TitrePage>
        <Typography color="text.secondary">{t('reperages.guides.explication')}</Typography>
      </div>
      <Paper sx={{ p: 2.5 }}>
        <Tabs value={domaine} onChange={(_e, d: DomaineReperage) => setDomaine(d)} sx={{ mb: 2 }}>
          {DOMAINES_REPERAGE.codes.map((d) => (
            <Tab key={d} value={d} label={DOMAINES_REPERAGE.libelles[d]} />
          ))}
        </Tabs>
        <EtatChargement chargement={guides}>
          {(liste) => {
            const guide = liste.find((g) => g.domaine === domaine)!;
            return (
              <Guide
                key={`${guide.domaine}-${guide.modifieLe ?? 0}`}
                guide={guide}
                modifiable={utilisateur.role === 'DIRECTION'}
                apresChangement={(message) => {
                  guides.recharger();
                  annoncer(message);
                }}
              />
            );
          }}
        </EtatChargement>
      </Paper>
      {annonce}
    </Stack>
  );
}
