import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { libelle, ROLES } from '../../../../electron/core/domain/codes';
import { useAnnonce } from '../../composants/useAnnonce';
import { nomConseiller } from '../../format';
import { DialogueChangerMotDePasse } from './DialogueChangerMotDePasse';
import { useSession } from './SessionContexte';

/** Right of the top bar: « Verrouiller » (a padlock), and the user's menu (name and role, password, logout). */
export function MenuUtilisateur() {
  const { t } = useTranslation();
  const { utilisateur, verrouiller, seDeconnecter } = useSession();
  const idMenu = useId();
  const [ancre, setAncre] = useState<HTMLElement | null>(null);
  const [changerMotDePasse, setChangerMotDePasse] = useState(false);
  const { annoncer, annonce } = useAnnonce();
  const fermerMenu = () => setAncre(null);

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, ml: 'auto', flexShrink: 0 }}>
      <Tooltip title={t('session.menu.verrouiller')}>
        <IconButton color="inherit" aria-label={t('session.menu.verrouiller')} onClick={verrouiller}>
          <LockOutlinedIcon />
        </IconButton>
      </Tooltip>
      <Button
        color="inherit"
        endIcon={<ExpandMoreIcon />}
        aria-haspopup="menu"
        aria-expanded={ancre !== null}
        aria-controls={ancre ? idMenu : undefined}
        onClick={(e) => setAncre(e.currentTarget)}
        sx={{ textAlign: 'left', whiteSpace: 'nowrap' }}
      >
        <Box>
          <Typography component="span" sx={{ display: 'block', fontWeight: 500, lineHeight: 1.2 }}>
            {nomConseiller(utilisateur)}
          </Typography>
          <Typography component="span" variant="body2" sx={{ display: 'block', lineHeight: 1.2 }}>
            {libelle(ROLES, utilisateur.role)}
          </Typography>
        </Box>
      </Button>
      <Menu id={idMenu} anchorEl={ancre} open={ancre !== null} onClose={fermerMenu}>
        <MenuItem
          onClick={() => {
            fermerMenu();
            setChangerMotDePasse(true);
          }}
        >
          {t('session.menu.changerMotDePasse')}
        </MenuItem>
        <MenuItem
          onClick={() => {
            fermerMenu();
            seDeconnecter();
          }}
        >
          {t('session.menu.seDeconnecter')}
        </MenuItem>
      </Menu>
      {changerMotDePasse && (
        <DialogueChangerMotDePasse
          fermer={() => setChangerMotDePasse(false)}
          apresChangement={(message) => {
            setChangerMotDePasse(false);
            annoncer(message);
          }}
        />
      )}
      {annonce}
    </Box>
  );
}
