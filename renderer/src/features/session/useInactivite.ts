import { useEffect, useRef } from 'react';

const MINUTE_MS = 60_000;
/** What counts as the user's activity: typing and clicking (reading alone does not keep a screen open). */
const GESTES = ['keydown', 'pointerdown'] as const;

interface Options {
  /** False while locked: nothing is watched. */
  actif: boolean;
  delaiMinutes: number;
  /** Tells the core the user is active (at most once a minute). */
  signaler: () => void;
  /** The delay has passed without any gesture. */
  expirer: () => void;
}

/**
 * Watches the user's gestures: the core hears of them at most once a minute (the last gesture of a
 * minute is reported at its end), and `expirer` runs once `delaiMinutes` pass without any.
 */
export function useInactivite({ actif, delaiMinutes, signaler, expirer }: Options): void {
  const rappels = useRef({ signaler, expirer });
  useEffect(() => {
    rappels.current = { signaler, expirer };
  });

  useEffect(() => {
    if (!actif) return;
    const delaiMs = delaiMinutes * MINUTE_MS;
    let derniereActivite = Date.now();
    let dernierSignal = derniereActivite;
    let signalPrevu: ReturnType<typeof setTimeout> | undefined;
    let echeance: ReturnType<typeof setTimeout> | undefined;

    const signalerMaintenant = () => {
      signalPrevu = undefined;
      dernierSignal = Date.now();
      rappels.current.signaler();
    };
    const surGeste = () => {
      derniereActivite = Date.now();
      signalPrevu ??= setTimeout(signalerMaintenant, Math.max(0, dernierSignal + MINUTE_MS - derniereActivite));
    };
    const surveiller = () => {
      const reste = derniereActivite + delaiMs - Date.now();
      if (reste <= 0) rappels.current.expirer();
      else echeance = setTimeout(surveiller, reste);
    };

    echeance = setTimeout(surveiller, delaiMs);
    for (const geste of GESTES) window.addEventListener(geste, surGeste, { capture: true, passive: true });
    return () => {
      clearTimeout(echeance);
      clearTimeout(signalPrevu);
      for (const geste of GESTES) window.removeEventListener(geste, surGeste, { capture: true });
    };
  }, [actif, delaiMinutes]);
}
