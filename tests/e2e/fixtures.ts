/**
 * Every test gets its own preview server (electron/web-bridge/preview.ts) on its own database in a
 * temp folder: an empty one (`donnees: 'vierge'`: structure, first accounts, login, as on a new
 * installation) or a copy of the demo Mission Locale built once by the global set-up, where `compte`
 * is logged in before the test starts. `baseURL` points at it: pages open with `page.goto('/#/jeunes')`.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { MOT_DE_PASSE_DEMO } from '../../electron/core/demo/demo';
import { demarrerApercu, ouvrirSessionParApi } from './apercu';
import { PageConnexion } from './pages/PageConnexion';
import { VARIABLE_BASE_DEMO } from './preparer-demo';

export { expect };

/** The demo's accounts (electron/core/demo/demo.ts), all with the demo's password. */
export type CompteDemo = 'admin' | 'a.petit' | 'c.durand' | 'k.benali' | 's.morel' | 'l.accueil';

interface Options {
  donnees: 'vierge' | 'demo';
  /** With the demo: who is logged in (through the HTTP API, fast) before the test; null: nobody. */
  compte: CompteDemo | null;
}

function baseDemo(): string {
  const fichier = process.env[VARIABLE_BASE_DEMO];
  if (!fichier) throw new Error('Base de démonstration absente : le set-up global (preparer-demo.ts) n’a pas tourné.');
  return fichier;
}

/** Logs a demo account in through the login screen, as a person does (the fast way: `compte`). */
export function connecter(page: Page, login: CompteDemo): Promise<void> {
  return new PageConnexion(page).connecter(login, MOT_DE_PASSE_DEMO);
}

export const test = base.extend<Options & { apercu: string }>({
  donnees: ['demo', { option: true }],
  compte: ['a.petit', { option: true }],
  apercu: async ({ donnees, compte }, use) => {
    const dossier = mkdtempSync(join(tmpdir(), 'tremplin-e2e-'));
    const fichier = join(dossier, 'e2e.sqlite');
    if (donnees === 'demo') copyFileSync(baseDemo(), fichier);
    const apercu = await demarrerApercu(fichier, { vierge: donnees === 'vierge' });
    try {
      if (donnees === 'demo' && compte !== null) await ouvrirSessionParApi(apercu.url, compte);
      await use(apercu.url);
    } finally {
      await apercu.arreter();
      rmSync(dossier, { recursive: true, force: true });
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
