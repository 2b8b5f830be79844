import { CANAUX, type CodeErreur, type Reponse, type TremplinApi } from '../../../../electron/core/contract';

/** Refusals that mean the session changed under the screen: logged out, or locked. */
const CODES_SESSION: readonly CodeErreur[] = ['NON_CONNECTE', 'VERROUILLE'];

/**
 * The same API, telling `surPerte` whenever a call is refused for want of an open, unlocked session,
 * so that any screen's call brings back the login or the lock screen.
 */
export function surveillerSession(api: TremplinApi, surPerte: () => void): TremplinApi {
  const surveillee = Object.fromEntries(
    CANAUX.map((canal) => [
      canal,
      async (entree: unknown) => {
        const reponse = await (api[canal] as (e: unknown) => Promise<Reponse<unknown>>)(entree);
        if (!reponse.ok && CODES_SESSION.includes(reponse.erreur.code)) surPerte();
        return reponse;
      },
    ]),
  );
  // As in transportHttp: the mapped type cannot be built key by key; each entry keeps its channel's signature.
  return Object.freeze(surveillee) as unknown as TremplinApi;
}
