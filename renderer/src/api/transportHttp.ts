/**
 * The API over HTTP, for the browser preview and the e2e tests: same object shape as the Electron
 * preload's, built from the channel list so a new channel needs no code here.
 */
import {
  CANAUX,
  ENTETE_JETON,
  META_JETON,
  type Canal,
  type ErreurApi,
  type Reponse,
  type TremplinApi,
} from '../../../electron/core/contract';
import i18n from '../i18n';

function echec(message: string): Reponse<never> {
  const erreur: ErreurApi = { code: 'INTERNE', message };
  return { ok: false, erreur };
}

function estReponse(corps: unknown): corps is Reponse<unknown> {
  return typeof corps === 'object' && corps !== null && typeof (corps as { ok?: unknown }).ok === 'boolean';
}

/** The per-run token the preview writes into index.html; without it every call is refused. */
export function lireJeton(document: Document): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${META_JETON}"]`)?.content ?? '';
}

async function appeler(canal: Canal, entree: unknown, jeton: string): Promise<Reponse<unknown>> {
  let reponse: Response;
  try {
    reponse = await fetch(`/api/${encodeURIComponent(canal)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [ENTETE_JETON]: jeton },
      body: JSON.stringify(entree ?? {}),
    });
  } catch {
    return echec(i18n.t('erreurs.serveurInjoignable'));
  }
  // Errors come back inside the envelope whatever the HTTP status; anything else is a transport fault.
  const corps: unknown = await reponse.json().catch(() => null);
  return estReponse(corps) ? corps : echec(i18n.t('erreurs.reponseIllisible', { statut: reponse.status }));
}

export function creerApiHttp(jeton: string): TremplinApi {
  const api = Object.fromEntries(CANAUX.map((canal) => [canal, (entree: unknown) => appeler(canal, entree, jeton)]));
  // The mapped type cannot be built key by key; each entry has the channel's signature by construction.
  return Object.freeze(api) as unknown as TremplinApi;
}
