import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import type { Droit } from '../features/session/droits';
import { MenuUtilisateur } from '../features/session/MenuUtilisateur';
import { useSession } from '../features/session/SessionContexte';
import { useStructure } from '../structure/StructureContexte';
import { ID_CONTENU, LienEvitement } from './LienEvitement';
import { MenuPilotage } from './MenuPilotage';
import { RappelCleSecours } from '../features/sauvegardes/RappelCleSecours';

interface Rubrique {
  chemin: string;
  cle:
    | 'cadre.jeunes'
    | 'cadre.nouveauDossier'
    | 'cadre.derniersContacts'
    | 'cadre.structure'
    | 'partenaires.titre'
    | 'relances.navigation'
    | 'reperages.navigation'
    | 'conservation.navigation'
    | 'comptes.titre'
    | 'audit.titre'
    | 'echange.titre'
    | 'sauvegardes.titre'
    | 'tableauDeBord.titre'
    | 'paquetRegion.titre';
  /** The roles that see it (the others could not use it). */
  droit: Droit;
  /** Which locations belong to the rubrique (a file opened from the list is still « Jeunes »). */
  contient: (chemin: string) => boolean;
}

const RUBRIQUES: readonly Rubrique[] = [
  {
    chemin: '/jeunes',
    cle: 'cadre.jeunes',
    droit: 'accueil',
    contient: (c) => /^\/jeunes(\/(?!nouveau$).*)?$/.test(c),
  },
  {
    chemin: '/jeunes/nouveau',
    cle: 'cadre.nouveauDossier',
    droit: 'accueil',
    contient: (c) => c === '/jeunes/nouveau',
  },
  { chemin: '/contacts', cle: 'cadre.derniersContacts', droit: 'accueil', contient: (c) => c.startsWith('/contacts') },
  { chemin: '/partenaires', cle: 'partenaires.titre', droit: 'suivi', contient: (c) => c.startsWith('/partenaires') },
  {
    chemin: '/orientations/a-relancer',
    cle: 'relances.navigation',
    droit: 'suivi',
    contient: (c) => c.startsWith('/orientations'),
  },
  {
    chemin: '/reperages/a-suivre',
    cle: 'reperages.navigation',
    droit: 'suivi',
    contient: (c) => c.startsWith('/reperages'),
  },
  { chemin: '/structure', cle: 'cadre.structure', droit: 'structure', contient: (c) => c.startsWith('/structure') },
  {
    chemin: '/tableau-de-bord',
    cle: 'tableauDeBord.titre',
    droit: 'direction',
    contient: (c) => c.startsWith('/tableau-de-bord'),
  },
  {
    chemin: '/paquet-region',
    cle: 'paquetRegion.titre',
    droit: 'direction',
    contient: (c) => c.startsWith('/paquet-region'),
  },
  { chemin: '/comptes', cle: 'comptes.titre', droit: 'comptes', contient: (c) => c.startsWith('/comptes') },
  { chemin: '/audit', cle: 'audit.titre', droit: 'direction', contient: (c) => c.startsWith('/audit') },
  { chemin: '/import', cle: 'echange.titre', droit: 'direction', contient: (c) => c.startsWith('/import') },
  {
    chemin: '/conservation',
    cle: 'conservation.navigation',
    droit: 'direction',
    contient: (c) => c.startsWith('/conservation'),
  },
  {
    chemin: '/sauvegardes',
    cle: 'sauvegardes.titre',
    droit: 'sauvegardes',
    contient: (c) => c.startsWith('/sauvegardes'),
  },
];

/** The direction's screens: grouped under « Pilotage » for DIRECTION, so the bar fits at 1280 px. */
const PILOTAGE: ReadonlySet<string> = new Set([
  '/tableau-de-bord',
  '/paquet-region',
  '/import',
  '/conservation',
  '/audit',
  '/comptes',
  '/sauvegardes',
]);

const styleBouton = (actif: boolean) => ({
  px: 1.5,
  whiteSpace: 'nowrap',
  borderRadius: 1,
  bgcolor: actif ? 'rgba(255, 255, 255, 0.16)' : undefined,
  boxShadow: actif ? 'inset 0 -3px 0 #ffffff' : undefined,
});

/** Top bar (app, structure, the role's navigation, the user's menu) around the current page. */
export function Cadre() {
  const { t } = useTranslation();
  const { etat } = useStructure();
  const { peut } = useSession();
  const { pathname } = useLocation();
  const visibles = RUBRIQUES.filter((r) => peut(r.droit));
  const groupees = peut('direction') ? visibles.filter((r) => PILOTAGE.has(r.chemin)) : [];
  return (
    <>
      <LienEvitement />
      <AppBar position="static" component="header" elevation={0}>
        <Toolbar sx={{ gap: 2 }}>
          <Box sx={{ flexShrink: 1, minWidth: '8rem' }}>
            <Typography component="p" sx={{ fontWeight: 700, fontSize: '1.2rem', lineHeight: 1.2 }}>
              {t('cadre.application')}
            </Typography>
            <Typography component="p" variant="body2">
              {etat.structure?.nom}
            </Typography>
          </Box>
          <Box component="nav" aria-label={t('cadre.navigation')} sx={{ display: 'flex', gap: 0.5, flexShrink: 0 }}>
            {visibles
              .filter((r) => !groupees.includes(r))
              .map((r) => {
                const actif = r.contient(pathname);
                return (
                  <Button
                    key={r.chemin}
                    component={Link}
                    to={r.chemin}
                    color="inherit"
                    aria-current={actif ? 'page' : undefined}
                    sx={styleBouton(actif)}
                  >
                    {t(r.cle)}
                  </Button>
                );
              })}
            {groupees.length > 0 && (
              <MenuPilotage
                style={styleBouton}
                entrees={groupees.map((r) => ({ chemin: r.chemin, libelle: t(r.cle), actif: r.contient(pathname) }))}
              />
            )}
          </Box>
          <MenuUtilisateur />
        </Toolbar>
      </AppBar>
      <Container component="main" id={ID_CONTENU} tabIndex={-1} maxWidth="xl" sx={{ py: 3, outline: 'none' }}>
        {peut('sauvegardes') && !pathname.startsWith('/sauvegardes') && <RappelCleSecours />}
        <Outlet />
      </Container>
    </>
  );
}
