/**
 * Every test gets its own preview server (electron/web-bridge/preview.ts) on a fresh database in a
 * temp folder: an empty one (`donnees: 'vierge'`, first-run screen) or the demo Mission Locale.
 * `baseURL` points at it, so pages open with `page.goto('/#/jeunes')`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base } from '@playwright/test';

export { expect };

const URL_PRETE = /http:\/\/127\.0\.0\.1:\d+\//;
const DELAI_DEMARRAGE_MS = 30_000;

interface Apercu {
  url: string;
  arreter(): Promise<void>;
}

async function demarrerApercu(donnees: 'vierge' | 'demo'): Promise<Apercu> {
  const dossier = mkdtempSync(join(tmpdir(), 'tremplin-e2e-'));
  const args = [
    '--import',
    'tsx',
    'electron/web-bridge/preview.ts',
    '--db',
    join(dossier, 'e2e.sqlite'),
    '--port',
    '0',
  ];
  // One node process (tsx as a loader, not a wrapper): killing it stops the server, nothing is orphaned.
  const serveur = spawn(process.execPath, donnees === 'vierge' ? [...args, '--vierge'] : args, {
    stdio: ['ignore', 'pipe', 'pipe'],
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
      rmSync(dossier, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<{ donnees: 'vierge' | 'demo'; apercu: string }>({
  donnees: ['demo', { option: true }],
  apercu: async ({ donnees }, use) => {
    const apercu = await demarrerApercu(donnees);
    try {
      await use(apercu.url);
    } finally {
      await apercu.arreter();
    }
  },
  baseURL: async ({ apercu }, use) => use(apercu),
  // A screen that works but logs an error (CSP refusal, failed request, React warning) fails its test.
  page: async ({ page }, use) => {
    const erreurs: string[] = [];
    page.on('pageerror', (e) => erreurs.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') erreurs.push(m.text());
    });
    await use(page);
    expect(erreurs, 'erreurs dans la console du navigateur').toEqual([]);
  },
});
