import Chip from '@mui/material/Chip';
import { ETATS_PROPOSITION, libelle, type EtatProposition } from '../../../../electron/core/domain/codes';
import { estUneFin } from './libellesOrientation';

/** An orientation's state: realised stands out, refusals and abandons are grey, the others blue. */
export function PastilleEtat({ etat }: { etat: EtatProposition }) {
  const realisee = etat === 'REALISEE';
  return (
    <Chip
      size="small"
      label={libelle(ETATS_PROPOSITION, etat)}
      color={realisee ? 'success' : estUneFin(etat) ? 'default' : 'primary'}
      variant={realisee ? 'filled' : 'outlined'}
    />
  );
}
