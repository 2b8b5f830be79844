import { useCallback } from 'react';
import type { Partenaire, Reponse } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { useChargement, type Chargement } from '../../api/useChargement';

const AUCUN: Reponse<null> = { ok: true, valeur: null };

/**
 * The directory's partner `id` with its sessions, offers and orientations; null when `id` is ''.
 * While another id loads, the previous partner is kept: compare ids before using it.
 */
export function usePartenaire(id: string): Chargement<Partenaire | null> {
  const api = useApi();
  return useChargement(
    useCallback(
      (): Promise<Reponse<Partenaire | null>> => (id === '' ? Promise.resolve(AUCUN) : api['partenaires:lire']({ id })),
      [api, id],
    ),
  );
}
