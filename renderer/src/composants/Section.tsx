import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/** A titled block of a page (h2), announced as a region named by its title. */
export function Section({ titre, children, actions }: { titre: string; children: ReactNode; actions?: ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2.5, height: '100%' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2 }}>
        <Typography variant="h2" id={id}>
          {titre}
        </Typography>
        {actions}
      </Box>
      {children}
    </Paper>
  );
}
