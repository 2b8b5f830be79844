import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStructure } from '../../structure/StructureContexte';

interface Props {
  /** Width of the column: a short form (login) or two accounts side by side. */
  largeur: 'xs' | 'sm' | 'md';
  /** `div` inside a dialog, which must not hold a second `main` landmark. */
  contenu?: 'main' | 'div';
  children: ReactNode;
}

/** A screen outside the app (first run, first accounts, login, lock): the app's name, one column. */
export function EcranSimple({ largeur, contenu = 'main', children }: Props) {
  const { t } = useTranslation();
  const { etat } = useStructure();
  return (
    <>
      <AppBar position="static" component="header" elevation={0}>
        <Toolbar>
          <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2 }}>
            <Typography component="p" sx={{ fontWeight: 700, fontSize: '1.2rem' }}>
              {t('cadre.application')}
            </Typography>
            {etat.structure && (
              <Typography component="p" variant="body2">
                {etat.structure.nom}
              </Typography>
            )}
          </Box>
        </Toolbar>
      </AppBar>
      <Container component={contenu} maxWidth={largeur} sx={{ py: 4 }}>
        {children}
      </Container>
    </>
  );
}
