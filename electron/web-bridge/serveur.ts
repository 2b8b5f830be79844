/**
 * The browser twin of the Electron IPC (preview and end-to-end tests only, never packaged): serves
 * the built renderer and the same dispatcher over HTTP, on 127.0.0.1 only. Each run has a random
 * token that the page receives in index.html; other local pages cannot read it, so they cannot call
 * the API (and the Host check defeats DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { ENTETE_JETON, META_JETON } from '../core/contract';
import type { Core } from '../core/core';
import { politiqueContenu } from '../shell/securite';

const TAILLE_MAX_REQUETE = 1_000_000;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface OptionsPasserelle {
  core: Pick<Core, 'dispatch'>;
  dossierStatique: string;
  /** 0 = a free port chosen by the system. */
  port?: number;
}

export interface Passerelle {
  url: string;
  jeton: string;
  fermer(): Promise<void>;
}

/** The file under `racine` that a URL path names, or null when it would leave the folder. */
export function fichierStatique(racine: string, chemin: string): string | null {
  let decode: string;
  try {
    decode = decodeURIComponent(chemin.split('?')[0]!);
  } catch {
    return null;
  }
  if (decode.includes('\0')) return null;
  const relatif = normalize(decode === '/' ? '/index.html' : decode).replace(/^([/\\])+/, '');
  const complet = join(racine, relatif);
  return complet.startsWith(racine.endsWith(sep) ? racine : racine + sep) ? complet : null;
}

function egaliteConstante(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

function repondre(res: ServerResponse, statut: number, type: string, corps: string | Buffer): void {
  res.writeHead(statut, {
    'Content-Type': type,
    'Content-Security-Policy': `${politiqueContenu()}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(corps);
}

async function lireCorps(req: IncomingMessage): Promise<string | null> {
  const morceaux: Buffer[] = [];
  let taille = 0;
  for await (const morceau of req) {
    taille += (morceau as Buffer).length;
    if (taille > TAILLE_MAX_REQUETE) return null;
    morceaux.push(morceau as Buffer);
  }
  return Buffer.concat(morceaux).toString('utf8');
}

export async function demarrerPasserelle(options: OptionsPasserelle): Promise<Passerelle> {
  const jeton = randomBytes(32).toString('hex');
  let hotesAutorises: string[] = [];

  async function servirApi(req: IncomingMessage, res: ServerResponse, canal: string): Promise<void> {
    const recu = req.headers[ENTETE_JETON];
    if (typeof recu !== 'string' || !egaliteConstante(recu, jeton)) {
      repondre(res, 403, 'text/plain; charset=utf-8', 'Jeton absent ou invalide.');
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      repondre(res, 415, 'text/plain; charset=utf-8', 'JSON attendu.');
      return;
    }
    const corps = await lireCorps(req);
    if (corps === null) {
      repondre(res, 413, 'text/plain; charset=utf-8', 'Requête trop volumineuse.');
      return;
    }
    let entree: unknown;
    try {
      entree = corps === '' ? {} : JSON.parse(corps);
    } catch {
      repondre(res, 400, 'text/plain; charset=utf-8', 'JSON invalide.');
      return;
    }
    const reponse = await options.core.dispatch(canal, entree);
    repondre(res, 200, 'application/json; charset=utf-8', JSON.stringify(reponse));
  }

  async function servirFichier(res: ServerResponse, chemin: string): Promise<void> {
    const fichier = fichierStatique(options.dossierStatique, chemin);
    if (fichier === null) {
      repondre(res, 404, 'text/plain; charset=utf-8', 'Introuvable.');
      return;
    }
    try {
      const contenu = await readFile(fichier);
      const type = TYPES[extname(fichier)] ?? 'application/octet-stream';
      if (extname(fichier) === '.html') {
        const html = contenu
          .toString('utf8')
          .replace('</head>', `<meta name="${META_JETON}" content="${jeton}" /></head>`);
        repondre(res, 200, type, html);
      } else {
        repondre(res, 200, type, contenu);
      }
    } catch {
      repondre(res, 404, 'text/plain; charset=utf-8', 'Introuvable.');
    }
  }

  const serveur = createServer((req, res) => {
    if (!hotesAutorises.includes(req.headers.host ?? '')) {
      repondre(res, 421, 'text/plain; charset=utf-8', 'Hôte non autorisé.');
      return;
    }
    const chemin = req.url ?? '/';
    const traitement =
      req.method === 'POST' && chemin.startsWith('/api/')
        ? servirApi(req, res, decodeURIComponent(chemin.slice('/api/'.length)))
        : req.method === 'GET'
          ? servirFichier(res, chemin)
          : Promise.resolve(repondre(res, 405, 'text/plain; charset=utf-8', 'Méthode non autorisée.'));
    traitement.catch(() => {
      if (!res.headersSent) repondre(res, 500, 'text/plain; charset=utf-8', 'Erreur interne.');
    });
  });

  await new Promise<void>((ok, ko) => {
    serveur.once('error', ko);
    serveur.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = serveur.address() as AddressInfo;
  hotesAutorises = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/`,
    jeton,
    fermer: () => new Promise<void>((ok) => serveur.close(() => ok())),
  };
}
