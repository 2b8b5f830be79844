import { Route, Routes } from 'react-router';
import { PageIntrouvable } from '../../cadre/PageIntrouvable';
import { ListePartenaires } from './ListePartenaires';
import { ModifierPartenaire } from './ModifierPartenaire';
import { NouveauPartenaire } from './NouveauPartenaire';
import { PagePartenaire } from './PagePartenaire';

/** The directory's screens, under /partenaires. */
export function RoutesPartenaires() {
  return (
    <Routes>
      <Route index element={<ListePartenaires />} />
      <Route path="nouveau" element={<NouveauPartenaire />} />
      <Route path=":id" element={<PagePartenaire />} />
      <Route path=":id/modifier" element={<ModifierPartenaire />} />
      <Route path="*" element={<PageIntrouvable />} />
    </Routes>
  );
}
