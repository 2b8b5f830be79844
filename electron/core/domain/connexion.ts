/** Login throttling and idle lock: pure rules of time, tested with a mocked clock. */

/** From the 3rd failure, each attempt waits longer; at 10 the account is locked until unlocked. */
export const ECHECS_AVANT_DELAI = 3;
export const ECHECS_AVANT_BLOCAGE = 10;
const DELAI_MAX_MS = 5 * 60_000;

export type EtatEchecs = { bloque: true } | { bloque: false; attenteMs: number };

/**
 * After `echecs` failures, the last at `dernierEchec` (ms), how long before the next attempt.
 * 3 failures → 1 s, then doubling (2 s, 4 s… up to 5 min); 10 → blocked.
 */
export function etatApresEchecs(echecs: number, dernierEchec: number | null, maintenant: number): EtatEchecs {
  if (echecs >= ECHECS_AVANT_BLOCAGE) return { bloque: true };
  if (echecs < ECHECS_AVANT_DELAI || dernierEchec === null) return { bloque: false, attenteMs: 0 };
  const delai = Math.min(1000 * 2 ** (echecs - ECHECS_AVANT_DELAI), DELAI_MAX_MS);
  return { bloque: false, attenteMs: Math.max(0, dernierEchec + delai - maintenant) };
}

/** Idle time before the screen locks: 10 minutes by default, 15 at most (setting). */
export const VERROUILLAGE_DEFAUT_MIN = 10;
export const VERROUILLAGE_MAX_MIN = 15;

export function estInactif(derniereActivite: number, maintenant: number, delaiMinutes: number): boolean {
  return maintenant - derniereActivite >= Math.min(delaiMinutes, VERROUILLAGE_MAX_MIN) * 60_000;
}
