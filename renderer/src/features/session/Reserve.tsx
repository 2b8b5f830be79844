import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { aLeDroit, pageDAccueil, type Droit } from './droits';
import { useSession } from './SessionContexte';

/**
 * A screen for the roles that use it; anyone else goes to their own home page (someone who logs in
 * where the previous user left off, or follows a link made for another role).
 */
export function Reserve({ droit, children }: { droit: Droit; children: ReactNode }) {
  const { utilisateur } = useSession();
  return aLeDroit(utilisateur.role, droit) ? children : <Navigate to={pageDAccueil(utilisateur.role)} replace />;
}

/** `/`: the user's home page. */
export function Accueil() {
  const { utilisateur } = useSession();
  return <Navigate to={pageDAccueil(utilisateur.role)} replace />;
}
