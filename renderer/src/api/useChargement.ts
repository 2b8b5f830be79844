import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ErreurApi, Reponse } from '../../../electron/core/contract';

export interface Chargement<T> {
  /** The last value loaded; kept while reloading so screens do not flash. */
  valeur: T | undefined;
  erreur: ErreurApi | null;
  enCours: boolean;
  recharger: () => void;
}

interface Resultat<T> {
  /** The request this result answers; another one means a newer request is under way. */
  requete: object | null;
  valeur: T | undefined;
  erreur: ErreurApi | null;
}

/**
 * Calls `charger` on mount and whenever it changes (memoise it with useCallback) or `recharger`
 * is called. An answer that arrives after a newer request started is dropped.
 */
export function useChargement<T>(charger: () => Promise<Reponse<T>>): Chargement<T> {
  const [version, setVersion] = useState(0);
  const requete = useMemo(() => ({ charger, version }), [charger, version]);
  const [resultat, setResultat] = useState<Resultat<T>>({ requete: null, valeur: undefined, erreur: null });

  useEffect(() => {
    let perime = false;
    void requete.charger().then((r) => {
      if (perime) return;
      setResultat((e) =>
        r.ok ? { requete, valeur: r.valeur, erreur: null } : { requete, valeur: e.valeur, erreur: r.erreur },
      );
    });
    return () => {
      perime = true;
    };
  }, [requete]);

  const recharger = useCallback(() => setVersion((v) => v + 1), []);
  return { valeur: resultat.valeur, erreur: resultat.erreur, enCours: resultat.requete !== requete, recharger };
}
