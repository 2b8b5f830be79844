import { useCallback, type ReactNode } from 'react';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { useStructure } from '../../structure/StructureContexte';
import { PremierLancement } from '../accueil/PremierLancement';
import { Connexion } from './Connexion';
import { PremiersComptes } from './PremiersComptes';
import { SessionOuverte } from './SessionOuverte';

/**
 * What stands before the app: on a new installation the structure, then the first accounts; then
 * the login. `children` (the app) only shows to a logged-in user.
 */
export function PorteSession({ children }: { children: ReactNode }) {
  const api = useApi();
  const { etat: structure } = useStructure();
  const session = useChargement(useCallback(() => api['session:etat']({}), [api]));
  return (
    <EtatChargement chargement={session}>
      {({ utilisateur, verrouillee, comptesACreer, delaiVerrouillageMinutes }) => {
        if (structure.structure === null) return <PremierLancement />;
        if (comptesACreer) return <PremiersComptes apresCreation={session.recharger} />;
        if (utilisateur === null) return <Connexion apresConnexion={session.recharger} />;
        return (
          <SessionOuverte
            utilisateur={utilisateur}
            verrouillee={verrouillee}
            delaiVerrouillageMinutes={delaiVerrouillageMinutes}
            actualiser={session.recharger}
          >
            {children}
          </SessionOuverte>
        );
      }}
    </EtatChargement>
  );
}
