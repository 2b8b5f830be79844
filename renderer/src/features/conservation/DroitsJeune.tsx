import DeleteForeverIcon from '@mui/icons-material/DeleteForeverOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ErreurApi, Jeune } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { Section } from '../../composants/Section';
import { nomJeune } from '../../format';
import { telechargerFichier, telechargerPdf } from '../orientations/ficheLiaison';
import { DialogueMotDePasse } from '../session/DialogueMotDePasse';

/** « Droits du jeune (RGPD) », DIRECTION only: hand over all their data, or erase the file. */
export function DroitsJeune({ jeune, apresExport }: { jeune: Jeune; apresExport: (message: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [effacer, setEffacer] = useState(false);
  const [enCours, setEnCours] = useState<'pdf' | 'json' | null>(null);
  const [erreur, setErreur] = useState<ErreurApi | null>(null);

  async function exporter(format: 'pdf' | 'json') {
    setEnCours(format);
    const r = await api['jeunes:exporterDonnees']({ id: jeune.id });
    setEnCours(null);
    setErreur(r.ok ? null : r.erreur);
    if (!r.ok) return;
    const fichier = `${r.valeur.nomFichier}.${format}`;
    if (format === 'pdf') telechargerPdf(fichier, r.valeur.pdfBase64);
    else telechargerFichier(fichier, r.valeur.json, 'application/json');
    apresExport(t('conservation.droits.exporte', { fichier }));
  }

  return (
    <Section titre={t('conservation.droits.titre')}>
      <Stack spacing={2}>
        <Typography variant="body2" color="text.secondary">
          {t('conservation.droits.explication')}
        </Typography>
        {erreur && <Alert severity="error">{erreur.message}</Alert>}
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button
            variant="outlined"
            startIcon={<DownloadIcon />}
            loading={enCours === 'pdf'}
            onClick={() => void exporter('pdf')}
          >
            {t('conservation.droits.exporterPdf')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<DownloadIcon />}
            loading={enCours === 'json'}
            onClick={() => void exporter('json')}
          >
            {t('conservation.droits.exporterJson')}
          </Button>
          <Button color="error" variant="outlined" startIcon={<DeleteForeverIcon />} onClick={() => setEffacer(true)}>
            {t('conservation.droits.effacer')}
          </Button>
        </Stack>
      </Stack>
      {effacer && (
        <DialogueMotDePasse
          titre={t('conservation.droits.confirmerEffacement', { nom: nomJeune(jeune) })}
          description={t('conservation.droits.explicationEffacement')}
          libelleEnvoi={t('conservation.droits.effacer')}
          fermer={() => setEffacer(false)}
          envoyer={async (motDePasse) => {
            const r = await api['jeunes:effacer']({ id: jeune.id, motDePasse });
            if (!r.ok) return r.erreur;
            void navigate('/jeunes');
            return null;
          }}
        />
      )}
    </Section>
  );
}
