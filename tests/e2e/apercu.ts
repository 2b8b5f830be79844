/**
 * Starting and stopping a preview server (electron/web-bridge/preview.ts) on a database file, and
 * opening a session on it through its HTTP API: shared by the global set-up and the fixture.
 */
import { spawn } from 'node:child_process';
import { ENTETE_JETON, META_JETON } from '../../electron/core/contract';
import { MOT_DE_PASSE_DEMO } from '../../electron/core/demo/demo';
import { CLE_TEST_TEXTE } from '../support/cle-test';

const URL_PRETE = /http:\/\/127\.0\.0\.1:\d+\//;
/** The demo's set-up hashes six passwords at OWASP's cost: a slow machine needs time. */
const DELAI_DEMARRAGE_MS = 60_000;

export interface Apercu {
  url: string;
  arreter(): Promise<void>;
}

/** Serves `fichier`: an empty installation (`vierge`), or the demo (filled first if the file is new). */
export async function demarrerApercu(fichier: string, { vierge }: { vierge: boolean }): Promise<Apercu> {
  const args = ['--import', 'tsx', 'electron/web-bridge/preview.ts', '--db', fichier, '--port', '0'];
  // One node process (tsx as a loader, not a wrapper): killing it stops the server, nothing is orphaned.
  const serveur = spawn(process.execPath, vierge ? [...args, '--vierge'] : args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TREMPLIN_CLE: CLE_TEST_TEXTE },
  });
  const termine = new Promise<void>((fin) => serveur.once('exit', () => fin()));
  let sorties = '';

  const url = await new Promise<string>((ok, ko) => {
    const minuteur = setTimeout(
      () => ko(new Error(`Aperçu non prêt après ${DELAI_DEMARRAGE_MS} ms :\n${sorties}`)),
      DELAI_DEMARRAGE_MS,
    );
    const lire = (morceau: Buffer) => {
      sorties += morceau.toString();
      const trouve = URL_PRETE.exec(sorties);
      if (trouve) {
        clearTimeout(minuteur);
        ok(trouve[0]);
      }
    };
    serveur.stdout.on('data', lire);
    serveur.stderr.on('data', lire);
    serveur.once('exit', (code) => {
      clearTimeout(minuteur);
      ko(new Error(`L'aperçu s'est arrêté (code ${code}) :\n${sorties}`));
    });
  });

  return {
    url,
    async arreter() {
      serveur.kill('SIGTERM');
      const force = setTimeout(() => serveur.kill('SIGKILL'), 5_000);
      await termine;
      clearTimeout(force);
    },
  };
}

/**
 * Logs `login` in without the UI, as the page would: the run's token from index.html, then
 * `session:ouvrir`. The session belongs to the server, so the page opened next is logged in.
 */
export async function ouvrirSessionParApi(url: string, login: string, motDePasse = MOT_DE_PASSE_DEMO): Promise<void> {
  const html = await (await fetch(url)).text();
  const jeton = new RegExp(`<meta name="${META_JETON}" content="([0-9a-f]+)"`).exec(html)?.[1];
  if (!jeton) throw new Error('Jeton introuvable dans index.html.');
  const reponse = await fetch(new URL('/api/session:ouvrir', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [ENTETE_JETON]: jeton },
    body: JSON.stringify({ login, motDePasse }),
  });
  const corps = (await reponse.json()) as { ok: boolean; erreur?: { message: string } };
  if (!corps.ok) throw new Error(`Connexion de ${login} refusée : ${corps.erreur?.message}`);
}
