import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Utilisateur } from '../../../../electron/core/contract';
import { ApiProvider, useApi } from '../../api/contexte';
import { surveillerSession } from './apiSurveillee';
import { aLeDroit } from './droits';
import { SessionContexte } from './SessionContexte';
import { useInactivite } from './useInactivite';
import { Verrouillage } from './Verrouillage';

interface Props {
  utilisateur: Utilisateur;
  /** The core's view: locked after idleness (or by hand). */
  verrouillee: boolean;
  delaiVerrouillageMinutes: number;
  /** Reads the session again (after a change, or a call refused for want of a session). */
  actualiser: () => void;
  children: ReactNode;
}

/**
 * The app of a logged-in user: the session's context, an API that brings back the login or lock
 * screen on refusal, the idle lock, and the lock screen over the app (which keeps its state).
 */
export function SessionOuverte({ utilisateur, verrouillee, delaiVerrouillageMinutes, actualiser, children }: Props) {
  const api = useApi();
  const navigate = useNavigate();
  // Locked by the screen's own timer, even if the core has not answered yet.
  const [verrouLocal, setVerrouLocal] = useState(false);
  const apiSurveillee = useMemo(() => surveillerSession(api, actualiser), [api, actualiser]);
  const ecranVerrouille = verrouillee || verrouLocal;
  // Reopened on a locked session (a reload): the app waits for the password before loading anything.
  const [appOuverte, setAppOuverte] = useState(!ecranVerrouille);
  if (!appOuverte && !ecranVerrouille) setAppOuverte(true);

  const verrouiller = useCallback(() => {
    setVerrouLocal(true);
    void api['session:verrouiller']({}).then(actualiser);
  }, [api, actualiser]);
  const seDeconnecter = useCallback(() => {
    // The next person starts from their own home page, not from the last file opened.
    void api['session:fermer']({}).then(() => {
      void navigate('/');
      actualiser();
    });
  }, [api, actualiser, navigate]);
  const deverrouille = useCallback(() => {
    setVerrouLocal(false);
    actualiser();
  }, [actualiser]);

  useInactivite({
    actif: !ecranVerrouille,
    delaiMinutes: delaiVerrouillageMinutes,
    signaler: () => void apiSurveillee['session:activite']({}),
    expirer: verrouiller,
  });

  const contexte = useMemo(
    () => ({
      utilisateur,
      delaiVerrouillageMinutes,
      peut: (droit: Parameters<typeof aLeDroit>[1]) => aLeDroit(utilisateur.role, droit),
      verrouiller,
      seDeconnecter,
      actualiser,
    }),
    [utilisateur, delaiVerrouillageMinutes, verrouiller, seDeconnecter, actualiser],
  );

  return (
    <SessionContexte value={contexte}>
      <ApiProvider api={apiSurveillee}>
        {appOuverte && children}
        {ecranVerrouille && (
          <Verrouillage utilisateur={utilisateur} deverrouille={deverrouille} seDeconnecter={seDeconnecter} />
        )}
      </ApiProvider>
    </SessionContexte>
  );
}
