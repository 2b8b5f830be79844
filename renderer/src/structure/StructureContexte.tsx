import { createContext, use, useCallback, type ReactNode } from 'react';
import type { EtatStructure } from '../../../electron/core/contract';
import { useApi } from '../api/contexte';
import { useChargement } from '../api/useChargement';
import { EtatChargement } from '../composants/EtatChargement';

interface ContexteStructure {
  etat: EtatStructure;
  /** After a change (initialisation, new site or adviser), so every screen sees it. */
  recharger: () => void;
}

const Contexte = createContext<ContexteStructure | null>(null);

/** Loads the Mission Locale, its sites and advisers once for the whole app. */
export function StructureProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const chargement = useChargement(useCallback(() => api['structure:lire']({}), [api]));
  return (
    <EtatChargement chargement={chargement}>
      {(etat) => <Contexte value={{ etat, recharger: chargement.recharger }}>{children}</Contexte>}
    </EtatChargement>
  );
}

export function useStructure(): ContexteStructure {
  const contexte = use(Contexte);
  if (contexte === null) throw new Error('useStructure hors de StructureProvider');
  return contexte;
}
