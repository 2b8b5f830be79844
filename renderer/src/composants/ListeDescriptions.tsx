import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Description {
  terme: string;
  /** Empty text or null reads « Non renseigné ». */
  definition: ReactNode;
}

/** Label/value pairs as a `<dl>`, labels in a narrow column. */
export function ListeDescriptions({ elements }: { elements: readonly Description[] }) {
  const { t } = useTranslation();
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, max-content) 1fr', columnGap: 2, rowGap: 1, m: 0 }}
    >
      {elements.map(({ terme, definition }) => (
        <Box key={terme} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {terme}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {definition === null || definition === '' ? (
              <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
                {t('commun.nonRenseigne')}
              </Box>
            ) : (
              definition
            )}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
