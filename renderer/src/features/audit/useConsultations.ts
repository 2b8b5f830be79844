import { useCallback } from 'react';
import type { Reponse, Sortie } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';

type Consultations = Sortie<'audit:consultations'>;
const AUCUNE: Promise<Reponse<Consultations>> = Promise.resolve({ ok: true, valeur: [] });

/**
 * « Qui a consulté ce dossier », for DIRECTION only (`permis`): others call nothing. The file's screen
 * reloads it after each change it makes, since changes are audited too.
 */
export function useConsultations(jeuneId: string, permis: boolean) {
  const api = useApi();
  return useChargement(
    useCallback(() => (permis ? api['audit:consultations']({ jeuneId }) : AUCUNE), [api, jeuneId, permis]),
  );
}
