import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  entrees: readonly { chemin: string; libelle: string; actif: boolean }[];
  /** Styles of the bar's buttons, so the menu button looks like its neighbours. */
  style: (actif: boolean) => object;
}

/** « Pilotage »: the direction's screens behind one button of the top bar (each item is a link). */
export function MenuPilotage({ entrees, style }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [ancre, setAncre] = useState<HTMLElement | null>(null);
  const actif = entrees.some((e) => e.actif);
  return (
    <>
      <Button
        color="inherit"
        id={`${id}-bouton`}
        aria-haspopup="menu"
        aria-expanded={ancre !== null}
        aria-controls={ancre ? `${id}-menu` : undefined}
        aria-current={actif ? 'page' : undefined}
        endIcon={<ArrowDropDownIcon />}
        onClick={(e) => setAncre(e.currentTarget)}
        sx={style(actif)}
      >
        {t('pilotage.menu')}
      </Button>
      <Menu
        id={`${id}-menu`}
        anchorEl={ancre}
        open={ancre !== null}
        onClose={() => setAncre(null)}
        slotProps={{ list: { 'aria-labelledby': `${id}-bouton` } }}
      >
        {entrees.map((e) => (
          <MenuItem
            key={e.chemin}
            component={Link}
            to={e.chemin}
            selected={e.actif}
            aria-current={e.actif ? 'page' : undefined}
            onClick={() => setAncre(null)}
          >
            {e.libelle}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
