import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fichierStatique, demarrerPasserelle, type Passerelle } from '../../electron/web-bridge/serveur';
import { creerCoreTest, dossierTemporaire, type CoreTest } from '../support/core-test';

let t: CoreTest;
let passerelle: Passerelle;
let racine: string;

beforeAll(async () => {
  t = creerCoreTest();
  racine = join(dossierTemporaire(), 'renderer');
  mkdirSync(join(racine, 'assets'), { recursive: true });
  writeFileSync(join(racine, 'index.html'), '<!doctype html><html><head><title>T</title></head><body></body></html>');
  writeFileSync(join(racine, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(racine, '..', 'secret.txt'), 'secret');
  passerelle = await demarrerPasserelle({ core: t.core, dossierStatique: racine });
});
afterAll(async () => {
  await passerelle.fermer();
  t.fermer();
});

const api = (canal: string, corps: unknown, entetes: Record<string, string> = {}) =>
  fetch(new URL(`api/${canal}`, passerelle.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tremplin-jeton': passerelle.jeton, ...entetes },
    body: JSON.stringify(corps),
  });

describe('passerelle HTTP (aperçu et tests)', () => {
  it('écoute sur 127.0.0.1, port aléatoire', () => {
    expect(passerelle.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('sert index.html avec le jeton de la session et la CSP', async () => {
    const r = await fetch(passerelle.url);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain(`<meta name="tremplin-jeton" content="${passerelle.jeton}" />`);
    expect(r.headers.get('content-security-policy')).toMatch(/script-src 'self'.*frame-ancestors 'none'/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('appelle le dispatcher avec le jeton et renvoie l’enveloppe', async () => {
    const r = await api('structure:lire', {});
    expect(await r.json()).toEqual({ ok: true, valeur: { structure: null, sites: [], conseillers: [] } });
    const refus = await api('jeunes:lire', { id: 'x' });
    expect(await refus.json()).toMatchObject({ ok: false, erreur: { code: 'VALIDATION' } });
  });

  it('refuse un appel sans jeton ou avec un faux jeton', async () => {
    expect((await api('structure:lire', {}, { 'x-tremplin-jeton': 'faux' })).status).toBe(403);
    const sans = await fetch(new URL('api/structure:lire', passerelle.url), {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(sans.status).toBe(403);
  });

  it('refuse un autre hôte (rebinding DNS), une autre méthode, du JSON invalide', async () => {
    const { request } = await import('node:http');
    const statut = await new Promise<number>((ok) => {
      const req = request(passerelle.url, { headers: { host: 'attaquant.example:80' } }, (res) =>
        ok(res.statusCode ?? 0),
      );
      req.end();
    });
    expect(statut).toBe(421);
    expect((await fetch(passerelle.url, { method: 'DELETE' })).status).toBe(405);
    const invalide = await fetch(new URL('api/structure:lire', passerelle.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tremplin-jeton': passerelle.jeton },
      body: '{pas du json',
    });
    expect(invalide.status).toBe(400);
  });

  it('ne sert rien hors du dossier de l’interface', () => {
    expect(fichierStatique(racine, '/assets/app.js')).toBe(join(racine, 'assets', 'app.js'));
    expect(fichierStatique(racine, '/')).toBe(join(racine, 'index.html'));
    for (const chemin of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%00', '/%E0%A4%A']) {
      const f = fichierStatique(racine, chemin);
      expect(f === null || f.startsWith(racine + '/'), chemin).toBe(true);
    }
  });
});
