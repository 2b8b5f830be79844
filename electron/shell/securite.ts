/**
 * Security decisions of the desktop shell, as pure functions (no electron import) so Node tests
 * cover them: which URLs the window may show, which frames may call the API, the CSP.
 */

/** The renderer is served from this privileged custom scheme, never from file:// or the network. */
export const SCHEMA_APP = 'app';
export const HOTE_APP = 'tremplin';
export const ORIGINE_APP = `${SCHEMA_APP}://${HOTE_APP}`;

/**
 * Content-Security-Policy of the renderer, in Electron (meta tag) and in the preview (header).
 * `style-src 'unsafe-inline'` is needed by Emotion (MUI's CSS-in-JS); scripts stay 'self' only.
 */
export function politiqueContenu(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-src 'none'",
  ].join('; ');
}

/** The only pages the window may display: the app's own, under its custom scheme. */
export function estUrlAutorisee(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${SCHEMA_APP}:` && u.host === HOTE_APP && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** What the main process knows of the frame that sent an IPC message. */
export interface ExpediteurIpc {
  url: string;
  /** True when the sender is the window's top-level frame (not an iframe). */
  estCadrePrincipal: boolean;
}

/** An IPC call is served only from the app's own page, in its main frame. */
export function estExpediteurAutorise(expediteur: ExpediteurIpc | null): boolean {
  return expediteur !== null && expediteur.estCadrePrincipal && estUrlAutorisee(expediteur.url);
}
