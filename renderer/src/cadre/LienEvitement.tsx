import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';

export const ID_CONTENU = 'contenu';

/**
 * « Aller au contenu », first stop of the Tab key. A plain `#contenu` link would change the hash
 * route, so it moves the focus itself.
 */
export function LienEvitement() {
  const { t } = useTranslation();
  return (
    <Link
      href={`#${ID_CONTENU}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(ID_CONTENU)?.focus();
      }}
      sx={{
        position: 'absolute',
        left: 8,
        top: -100,
        zIndex: (theme) => theme.zIndex.tooltip,
        p: 1,
        bgcolor: 'background.paper',
        '&:focus': { top: 8 },
      }}
    >
      {t('cadre.allerAuContenu')}
    </Link>
  );
}
