import { createContext, use } from 'react';
import type { Utilisateur } from '../../../../electron/core/contract';
import type { Droit } from './droits';

export interface ContexteSession {
  utilisateur: Utilisateur;
  delaiVerrouillageMinutes: number;
  peut: (droit: Droit) => boolean;
  /** Hides the data at once, until the password is typed again. */
  verrouiller: () => void;
  seDeconnecter: () => void;
  /** Reads the session again after one of its settings changed (idle-lock delay). */
  actualiser: () => void;
}

export const SessionContexte = createContext<ContexteSession | null>(null);

/** The logged-in user and the session's actions: only below an open session. */
export function useSession(): ContexteSession {
  const contexte = use(SessionContexte);
  if (contexte === null) throw new Error('useSession hors de SessionOuverte');
  return contexte;
}
