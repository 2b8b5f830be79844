import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** Read by screen readers, not shown (e.g. the word behind a visual arrow). */
export function TexteMasque({ children }: { children: ReactNode }) {
  return (
    <Box
      component="span"
      sx={{
        position: 'absolute',
        width: '1px',
        height: '1px',
        p: 0,
        m: '-1px',
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
        whiteSpace: 'nowrap',
        border: 0,
      }}
    >
      {children}
    </Box>
  );
}
