/**
 * Sandboxed preload: exposes to the page, as `window.tremplin`, one function per contract channel
 * and nothing else (no generic invoke, no listener). Bundled alone into CommonJS, it may import only
 * `electron` and contract files that have no runtime imports; a test checks the built file.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { NOM_API_FENETRE, type TremplinApi } from '../core/contract/api';
import { CANAUX, PREFIXE_IPC } from '../core/contract/canaux';

// Only the input crosses over, and only the main process's answer comes back: the IPC event stays here.
const api = Object.freeze(
  Object.fromEntries(
    CANAUX.map((canal) => [canal, (entree: unknown) => ipcRenderer.invoke(PREFIXE_IPC + canal, entree)]),
  ),
) as TremplinApi;

contextBridge.exposeInMainWorld(NOM_API_FENETRE, api);
