/**
 * The API's IPC handlers: one `ipcMain.handle` per contract channel, nothing generic. Each handler
 * refuses any caller but the app's own page in its main frame before anything reaches the core.
 * No runtime electron import: tests drive it with a fake ipcMain.
 */
import { CANAUX, PREFIXE_IPC, type Canal } from '../core/contract/canaux';
import type { Reponse } from '../core/contract/reponse';
import type { Core } from '../core/core';
import { estExpediteurAutorise } from './securite';

/** What a handler reads of Electron's IpcMainInvokeEvent. */
export interface EvenementIpc {
  sender: { mainFrame: unknown };
  senderFrame: { url: string } | null;
}

/** The part of Electron's ipcMain used here. */
export interface IpcMainMinimal {
  handle(canal: string, traitement: (evenement: EvenementIpc, entree: unknown) => Promise<Reponse<unknown>>): void;
}

/** Something the log should know; never sent to the renderer. */
export type IncidentIpc =
  { type: 'refus'; canal: Canal; url: string | undefined } | { type: 'exception'; canal: Canal; erreur: unknown };

export interface OptionsIpc {
  signaler?: (incident: IncidentIpc) => void;
}

export const REFUS_ORIGINE: Reponse<never> = {
  ok: false,
  erreur: { code: 'INTERNE', message: 'Appel refusé : origine non autorisée.' },
};

export const ECHEC_INATTENDU: Reponse<never> = {
  ok: false,
  erreur: {
    code: 'INTERNE',
    message: 'Une erreur inattendue est survenue. Réessayez ; si elle persiste, prévenez le support.',
  },
};

export function enregistrerIpc(ipcMain: IpcMainMinimal, core: Pick<Core, 'dispatch'>, options: OptionsIpc = {}): void {
  for (const canal of CANAUX) {
    ipcMain.handle(PREFIXE_IPC + canal, async (evenement, entree) => {
      const cadre = evenement.senderFrame;
      const autorise = estExpediteurAutorise(
        cadre === null ? null : { url: cadre.url, estCadrePrincipal: cadre === evenement.sender.mainFrame },
      );
      if (!autorise) {
        options.signaler?.({ type: 'refus', canal, url: cadre?.url });
        return REFUS_ORIGINE;
      }
      try {
        return await core.dispatch(canal, entree);
      } catch (erreur) {
        // The dispatcher answers envelopes; should it throw anyway, no stack trace crosses to the page.
        options.signaler?.({ type: 'exception', canal, erreur });
        return ECHEC_INATTENDU;
      }
    });
  }
}
