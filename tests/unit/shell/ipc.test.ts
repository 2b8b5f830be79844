import { describe, expect, it, vi } from 'vitest';
import { CANAUX, PREFIXE_IPC } from '../../../electron/core/contract/canaux';
import type { Reponse } from '../../../electron/core/contract/reponse';
import {
  ECHEC_INATTENDU,
  enregistrerIpc,
  REFUS_ORIGINE,
  type EvenementIpc,
  type IncidentIpc,
  type IpcMainMinimal,
} from '../../../electron/shell/ipc';

type Traitement = Parameters<IpcMainMinimal['handle']>[1];

function monter(dispatch: (canal: string, entree: unknown) => Promise<Reponse<unknown>>) {
  const traitements = new Map<string, Traitement>();
  const handle = vi.fn((canal: string, traitement: Traitement) => {
    if (traitements.has(canal)) throw new Error(`Attempted to register a second handler for '${canal}'`);
    traitements.set(canal, traitement);
  });
  const core = { dispatch: vi.fn(dispatch) };
  const incidents: IncidentIpc[] = [];
  enregistrerIpc({ handle }, core, { signaler: (i) => incidents.push(i) });
  return { handle, traitements, core, incidents };
}

const repondre = async (canal: string, entree: unknown): Promise<Reponse<unknown>> => ({
  ok: true,
  valeur: { canal, entree },
});

/** An event as Electron builds it: the main frame is the very object `sender.mainFrame` points to. */
function evenement(url: string, cadre: 'principal' | 'sous-cadre' | 'disparu' = 'principal'): EvenementIpc {
  const principal = { url };
  if (cadre === 'disparu') return { sender: { mainFrame: principal }, senderFrame: null };
  return { sender: { mainFrame: principal }, senderFrame: cadre === 'principal' ? principal : { url } };
}

describe('enregistrerIpc', () => {
  it('enregistre exactement un gestionnaire par canal du contrat, préfixé', () => {
    const { handle, traitements } = monter(repondre);
    expect(handle).toHaveBeenCalledTimes(CANAUX.length);
    expect([...traitements.keys()].sort()).toEqual(CANAUX.map((c) => PREFIXE_IPC + c).sort());
  });

  it('transmet au cœur l’appel du cadre principal de l’application', async () => {
    const { traitements, core } = monter(repondre);
    for (const canal of CANAUX) {
      const reponse = await traitements.get(PREFIXE_IPC + canal)!(evenement('app://tremplin/index.html'), { x: 1 });
      expect(reponse).toEqual({ ok: true, valeur: { canal, entree: { x: 1 } } });
      expect(core.dispatch).toHaveBeenLastCalledWith(canal, { x: 1 });
    }
    expect(core.dispatch).toHaveBeenCalledTimes(CANAUX.length);
  });

  it.each([
    ['une autre origine', evenement('https://evil.example/')],
    ['un hôte voisin', evenement('app://tremplin.evil/index.html')],
    ['file://', evenement('file:///work/main/out/renderer/index.html')],
    ['un sous-cadre de la bonne origine', evenement('app://tremplin/index.html', 'sous-cadre')],
    ['un cadre disparu', evenement('app://tremplin/index.html', 'disparu')],
  ])('refuse %s sans appeler le cœur', async (_cas, ev) => {
    const { traitements, core, incidents } = monter(repondre);
    const reponse = await traitements.get(`${PREFIXE_IPC}jeunes:lire`)!(ev, { id: 'x' });
    expect(reponse).toEqual(REFUS_ORIGINE);
    expect(reponse).toEqual({
      ok: false,
      erreur: { code: 'INTERNE', message: 'Appel refusé : origine non autorisée.' },
    });
    expect(core.dispatch).not.toHaveBeenCalled();
    expect(incidents).toEqual([{ type: 'refus', canal: 'jeunes:lire', url: ev.senderFrame?.url }]);
  });

  it('répond par une enveloppe sans détail quand le cœur lève une exception', async () => {
    const panne = new Error('SQLITE_CORRUPT: /home/conseil/.config/Tremplin/tremplin.sqlite');
    const { traitements, incidents } = monter(() => Promise.reject(panne));
    const reponse = await traitements.get(`${PREFIXE_IPC}jeunes:rechercher`)!(evenement('app://tremplin/'), {});
    expect(reponse).toEqual(ECHEC_INATTENDU);
    expect(JSON.stringify(reponse)).not.toContain('SQLITE');
    expect(incidents).toEqual([{ type: 'exception', canal: 'jeunes:rechercher', erreur: panne }]);
  });
});
