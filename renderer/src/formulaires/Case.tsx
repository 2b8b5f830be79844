import Grid from '@mui/material/Grid';
import type { ReactNode } from 'react';

/** One field of a form's grid: full width on narrow screens, `largeur` twelfths from md up. */
export function Case({ children, largeur = 6 }: { children: ReactNode; largeur?: 4 | 6 | 12 }) {
  return <Grid size={{ xs: 12, md: largeur }}>{children}</Grid>;
}
