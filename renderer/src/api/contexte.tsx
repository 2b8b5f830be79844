import { createContext, use, type ReactNode } from 'react';
import type { TremplinApi } from '../../../electron/core/contract';

const ApiContexte = createContext<TremplinApi | null>(null);

export function ApiProvider({ api, children }: { api: TremplinApi; children: ReactNode }) {
  return <ApiContexte value={api}>{children}</ApiContexte>;
}

export function useApi(): TremplinApi {
  const api = use(ApiContexte);
  if (api === null) throw new Error('useApi hors de ApiProvider');
  return api;
}
