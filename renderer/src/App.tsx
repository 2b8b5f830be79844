import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import type { TremplinApi } from '../../electron/core/contract';
import { ApiProvider } from './api/contexte';
import { Cadre } from './cadre/Cadre';
import { PageIntrouvable } from './cadre/PageIntrouvable';
import { PremierLancement } from './features/accueil/PremierLancement';
import { DerniersContacts } from './features/contacts/DerniersContacts';
import { FicheJeune } from './features/jeunes/FicheJeune';
import { ListeJeunes } from './features/jeunes/ListeJeunes';
import { ModifierDossier } from './features/jeunes/ModifierDossier';
import { NouveauDossier } from './features/jeunes/NouveauDossier';
import { OrientationsARelancer } from './features/orientations/OrientationsARelancer';
import { RoutesPartenaires } from './features/partenaires/RoutesPartenaires';
import { PageStructure } from './features/structure/PageStructure';
import { StructureProvider, useStructure } from './structure/StructureContexte';
import { theme } from './theme';

/** An installation without a structure shows only the first-run screen. */
function Pages() {
  const { etat } = useStructure();
  if (etat.structure === null) return <PremierLancement />;
  return (
    <Routes>
      <Route element={<Cadre />}>
        <Route index element={<Navigate to="/jeunes" replace />} />
        <Route path="jeunes" element={<ListeJeunes />} />
        <Route path="jeunes/nouveau" element={<NouveauDossier />} />
        <Route path="jeunes/:id" element={<FicheJeune />} />
        <Route path="jeunes/:id/modifier" element={<ModifierDossier />} />
        <Route path="contacts" element={<DerniersContacts />} />
        <Route path="partenaires/*" element={<RoutesPartenaires />} />
        <Route path="orientations/a-relancer" element={<OrientationsARelancer />} />
        <Route path="structure" element={<PageStructure />} />
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
              <Pages />
            </StructureProvider>
          </HashRouter>
        </ApiProvider>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
