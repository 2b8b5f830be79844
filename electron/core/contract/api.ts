/**
 * The API as the renderer sees it: one async function per channel. The Electron preload exposes it
 * as `window.tremplin`; the browser preview builds the same object over HTTP.
 */
import type { Canal } from './canaux';
import type { Entree, Sortie } from './contrat';
import type { Reponse } from './reponse';

export type TremplinApi = { readonly [C in Canal]: (entree: Entree<C>) => Promise<Reponse<Sortie<C>>> };

/** Name under which the preload exposes the API in the renderer's main world. */
export const NOM_API_FENETRE = 'tremplin';

/** HTTP twin (preview and tests): `POST <origin>/api/<canal>` with JSON body and this header. */
export const ENTETE_JETON = 'x-tremplin-jeton';
/** The preview injects the per-run token in index.html as `<meta name="tremplin-jeton" content="…">`. */
export const META_JETON = 'tremplin-jeton';
