/**
 * Runtime guards applied to the session and to every web contents: no navigation away from the
 * app, no new windows, no browser permission (camera, notifications, geolocation…).
 * Only electron types are imported, so tests check the guards with fakes.
 */
import type { Session, WebContents } from 'electron';
import { estUrlAutorisee } from './securite';

export function durcirSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contenus, _permission, repondre) => repondre(false));
  session.setPermissionCheckHandler(() => false);
}

type EvenementNavigation = { url: string; preventDefault(): void };

function bloquerSiEtrangere(evenement: EvenementNavigation): void {
  if (!estUrlAutorisee(evenement.url)) evenement.preventDefault();
}

/** Applied from `app.on('web-contents-created')`, so no web contents escapes it. */
export function protegerContenus(contenus: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contenus.on('will-navigate', bloquerSiEtrangere);
  contenus.on('will-redirect', bloquerSiEtrangere);
  contenus.setWindowOpenHandler(() => ({ action: 'deny' }));
}
