/** The privileged `app://` scheme that serves the built renderer (never file:// nor the network). */
import { protocol } from 'electron';
import { repondreRequeteApp } from './fichiers-app';
import { SCHEMA_APP } from './securite';

/** Must run before the app is ready. */
export function declarerSchemaApp(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: SCHEMA_APP,
      // standard: real origin and relative URLs; secure: secure context; no bypassCSP, no CORS opening.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function servirRenderer(dossierRenderer: string): void {
  protocol.handle(SCHEMA_APP, (requete) => repondreRequeteApp(requete, dossierRenderer));
}
