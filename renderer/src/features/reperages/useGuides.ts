import { useCallback } from 'react';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';

/** The guidance texts of the three screening domains (Tremplin's or the office's). */
export function useGuides() {
  const api = useApi();
  return useChargement(useCallback(() => api['reperages:guides']({}), [api]));
}
