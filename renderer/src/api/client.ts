import { NOM_API_FENETRE, type TremplinApi } from '../../../electron/core/contract';
import { creerApiHttp, lireJeton } from './transportHttp';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser preview. */
    readonly [NOM_API_FENETRE]?: TremplinApi;
  }
}

/** The preload's API in Electron, the HTTP twin elsewhere. */
export function creerApi(): TremplinApi {
  return window[NOM_API_FENETRE] ?? creerApiHttp(lireJeton(document));
}
