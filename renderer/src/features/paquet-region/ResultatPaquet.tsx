import DownloadIcon from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PaquetRegionProduit } from '../../../../electron/core/contract';
import { Tableau } from '../../composants/Tableau';
import { octetsBase64, telechargerBase64 } from '../orientations/ficheLiaison';

interface Manifeste {
  fichiers: { nom: string; sha256: string; lignes?: number }[];
}

/** The package produced: the ZIP to download, and what its manifest lists. */
export function ResultatPaquet({ paquet }: { paquet: PaquetRegionProduit }) {
  const { t } = useTranslation();
  const manifeste = paquet.fichiers.find((f) => f.nom === 'manifest.json');
  const { fichiers } = manifeste
    ? (JSON.parse(new TextDecoder().decode(octetsBase64(manifeste.base64))) as Manifeste)
    : { fichiers: [] };
  return (
    <Stack spacing={2}>
      <Box>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          onClick={() => telechargerBase64(`${paquet.nom}.zip`, paquet.zipBase64, 'application/zip')}
        >
          {t('paquetRegion.telechargerZip', { nom: paquet.nom })}
        </Button>
      </Box>
      <Typography variant="h3">{t('paquetRegion.manifeste')}</Typography>
      <Tableau
        titre={t('paquetRegion.manifeste')}
        entetes={[
          t('paquetRegion.colonnesFichiers.nom'),
          t('paquetRegion.colonnesFichiers.sha256'),
          t('paquetRegion.colonnesFichiers.lignes'),
        ]}
        vide=""
        lignes={fichiers.map((f) => ({
          id: f.nom,
          cellules: [f.nom, <code key="h">{f.sha256.slice(0, 12)}…</code>, f.lignes?.toLocaleString('fr-FR') ?? '—'],
        }))}
      />
    </Stack>
  );
}
