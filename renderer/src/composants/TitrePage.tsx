import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's h1. It names the window and takes the focus when the page changes, so keyboard and
 * screen reader users start reading from the new page's title rather than from a vanished link.
 */
export function TitrePage({ children }: { children: string }) {
  const { t } = useTranslation();
  const titre = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('cadre.titreFenetre', { page: children });
    titre.current?.focus();
  }, [children, t]);
  return (
    <Typography variant="h1" tabIndex={-1} ref={titre} sx={{ mb: 2 }}>
      {children}
    </Typography>
  );
}
