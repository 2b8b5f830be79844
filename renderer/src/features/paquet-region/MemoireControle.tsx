import { createContext, use, useState, type ReactNode } from 'react';
import type { QualiteRegion } from '../../../../electron/core/contract';

/** The last quality check of the wizard: its year, its result, when it ran, the page of its list. */
export interface ControleGarde {
  annee: number;
  qualite: QualiteRegion;
  /** `Date.now()` of the check. */
  le: number;
  page: number;
}

type Memoire = [ControleGarde | null, (c: ControleGarde | null) => void];

const MemoireContexte = createContext<Memoire | null>(null);

/**
 * Keeps the wizard's check while the director opens files of its list and comes back. Mounted
 * inside the open session: the list names youths, so it goes with the session (logout).
 */
export function MemoireControleProvider({ children }: { children: ReactNode }) {
  const memoire = useState<ControleGarde | null>(null);
  return <MemoireContexte value={memoire}>{children}</MemoireContexte>;
}

/** The kept check and its setter (inside `MemoireControleProvider`, mounted by the app). */
export function useMemoireControle(): Memoire {
  const memoire = use(MemoireContexte);
  if (memoire === null) throw new Error('useMemoireControle : hors de MemoireControleProvider.');
  return memoire;
}
