/**
 * Serves the built renderer under `app://tremplin/…`. Which file a URL may read is decided by a pure
 * function, so Node tests cover traversal attempts; nothing outside the renderer folder is ever read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { estUrlAutorisee, politiqueContenu } from './securite';

/** The parts of `node:path` the decision uses: tests pass `path.win32` to check Windows paths too. */
export type ModuleChemins = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'extname' | 'sep'>;

/**
 * The absolute path of the renderer file a request URL designates, or null when it is refused:
 * another origin, undecodable path, NUL byte or backslash, or anything resolving outside the folder.
 * Paths without an extension get index.html, so a history-router deep link survives a reload.
 */
export function resoudreFichierApp(url: string, dossierRenderer: string, chemins: ModuleChemins = path): string | null {
  if (!estUrlAutorisee(url)) return null;
  let relatif: string;
  try {
    // The URL parser already folds `..` and `%2e%2e`; decoding may reveal more (`..%2f`), checked below.
    relatif = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (relatif.includes('\0') || relatif.includes('\\')) return null;
  const racine = chemins.resolve(dossierRenderer);
  const cible = chemins.resolve(racine, relatif);
  const depuisRacine = chemins.relative(racine, cible);
  const horsDossier =
    depuisRacine === '..' || depuisRacine.startsWith(`..${chemins.sep}`) || chemins.isAbsolute(depuisRacine);
  if (horsDossier) return null;
  return chemins.extname(cible) === '' ? chemins.resolve(racine, 'index.html') : cible;
}

const TYPES_MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts need an exact JavaScript type: Chromium refuses them otherwise (strict MIME check). */
export function typeMime(fichier: string): string {
  return TYPES_MIME[path.extname(fichier).toLowerCase()] ?? 'application/octet-stream';
}

/** The response to an `app://` request: the file with its type and the CSP, or a bare error status. */
export async function repondreRequeteApp(
  requete: { method: string; url: string },
  dossierRenderer: string,
): Promise<Response> {
  if (requete.method !== 'GET') return new Response(null, { status: 405 });
  const fichier = resoudreFichierApp(requete.url, dossierRenderer);
  if (fichier === null) return new Response(null, { status: 404 });
  let contenu: Uint8Array<ArrayBuffer>;
  try {
    contenu = new Uint8Array(await readFile(fichier));
  } catch {
    return new Response(null, { status: 404 });
  }
  return new Response(contenu, {
    status: 200,
    headers: {
      'content-type': typeMime(fichier),
      // Custom-scheme responses are not seen by session.webRequest: the CSP travels with each file.
      'content-security-policy': politiqueContenu(),
      'x-content-type-options': 'nosniff',
    },
  });
}
