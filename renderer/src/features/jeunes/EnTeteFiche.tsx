import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { LIBELLES_CHAMPS_JEUNE as L, type Jeune } from '../../../../electron/core/contract';
import { libelle, STATUTS_DOSSIER } from '../../../../electron/core/domain/codes';
import { TitrePage } from '../../composants/TitrePage';
import { nomJeune } from '../../format';

function Pastilles({ jeune }: { jeune: Jeune }) {
  return (
    <Stack direction="row" spacing={1}>
      <Chip label={libelle(STATUTS_DOSSIER, jeune.statut)} color={jeune.statut === 'ACTIF' ? 'success' : 'default'} />
      {jeune.qpv && <Chip label={L.qpv} variant="outlined" color="primary" />}
      {jeune.zrr && <Chip label={L.zrr} variant="outlined" color="primary" />}
    </Stack>
  );
}

/** The youth's name, status and zoning badges, and what follows them on the line (current situation). */
export function EnTeteFiche({ jeune, children }: { jeune: Jeune; children?: ReactNode }) {
  return (
    <div>
      <TitrePage>{nomJeune(jeune)}</TitrePage>
      <Stack direction="row" spacing={3} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Pastilles jeune={jeune} />
        {children}
      </Stack>
    </div>
  );
}
