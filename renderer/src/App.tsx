import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import type { ReactNode } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import type { TremplinApi } from '../../electron/core/contract';
import { ApiProvider } from './api/contexte';
import { Cadre } from './cadre/Cadre';
import { PageIntrouvable } from './cadre/PageIntrouvable';
import { PageAudit } from './features/audit/PageAudit';
import { PageComptes } from './features/comptes/PageComptes';
import { PageConservation } from './features/conservation/PageConservation';
import { PageImport } from './features/import/PageImport';
import { MemoireControleProvider } from './features/paquet-region/MemoireControle';
import { PagePaquetRegion } from './features/paquet-region/PagePaquetRegion';
import { PageTableauDeBord } from './features/tableau-de-bord/PageTableauDeBord';
import { DerniersContacts } from './features/contacts/DerniersContacts';
import { FicheJeune } from './features/jeunes/FicheJeune';
import { ListeJeunes } from './features/jeunes/ListeJeunes';
import { ModifierDossier } from './features/jeunes/ModifierDossier';
import { NouveauDossier } from './features/jeunes/NouveauDossier';
import { OrientationsARelancer } from './features/orientations/OrientationsARelancer';
import { RoutesPartenaires } from './features/partenaires/RoutesPartenaires';
import { PageASuivre } from './features/reperages/PageASuivre';
import { PageGuides } from './features/reperages/PageGuides';
import type { Droit } from './features/session/droits';
import { PageSauvegardes } from './features/sauvegardes/PageSauvegardes';
import { PorteSession } from './features/session/PorteSession';
import { Accueil, Reserve } from './features/session/Reserve';
import { PageStructure } from './features/structure/PageStructure';
import { StructureProvider } from './structure/StructureContexte';
import { theme } from './theme';

/** Every screen and the role's right it needs (the core checks each call again). */
const ECRANS: readonly { chemin: string; droit: Droit; element: ReactNode }[] = [
  { chemin: 'jeunes', droit: 'accueil', element: <ListeJeunes /> },
  { chemin: 'jeunes/nouveau', droit: 'accueil', element: <NouveauDossier /> },
  { chemin: 'jeunes/:id', droit: 'accueil', element: <FicheJeune /> },
  { chemin: 'jeunes/:id/modifier', droit: 'suivi', element: <ModifierDossier /> },
  { chemin: 'contacts', droit: 'accueil', element: <DerniersContacts /> },
  { chemin: 'partenaires/*', droit: 'suivi', element: <RoutesPartenaires /> },
  { chemin: 'orientations/a-relancer', droit: 'suivi', element: <OrientationsARelancer /> },
  { chemin: 'reperages/a-suivre', droit: 'suivi', element: <PageASuivre /> },
  { chemin: 'reperages/guides', droit: 'suivi', element: <PageGuides /> },
  { chemin: 'structure', droit: 'structure', element: <PageStructure /> },
  { chemin: 'comptes', droit: 'comptes', element: <PageComptes /> },
  { chemin: 'audit', droit: 'direction', element: <PageAudit /> },
  { chemin: 'conservation', droit: 'direction', element: <PageConservation /> },
  { chemin: 'import', droit: 'direction', element: <PageImport /> },
  { chemin: 'sauvegardes', droit: 'sauvegardes', element: <PageSauvegardes /> },
  { chemin: 'tableau-de-bord', droit: 'direction', element: <PageTableauDeBord /> },
  { chemin: 'paquet-region', droit: 'direction', element: <PagePaquetRegion /> },
];

function Pages() {
  return (
    <Routes>
      <Route element={<Cadre />}>
        <Route index element={<Accueil />} />
        {ECRANS.map(({ chemin, droit, element }) => (
          <Route key={chemin} path={chemin} element={<Reserve droit={droit}>{element}</Reserve>} />
        ))}
        <Route path="*" element={<PageIntrouvable />} />
      </Route>
    </Routes>
  );
}

export function App({ api }: { api: TremplinApi }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="fr">
        <ApiProvider api={api}>
          {/* Hash routes: the app is served from app:// in Electron and from a static server in the preview. */}
          <HashRouter>
            <StructureProvider>
              <PorteSession>
                <MemoireControleProvider>
                  <Pages />
                </MemoireControleProvider>
              </PorteSession>
            </StructureProvider>
          </HashRouter>
        </ApiProvider>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
