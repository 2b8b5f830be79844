import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repondreRequeteApp, resoudreFichierApp, typeMime } from '../../../electron/shell/fichiers-app';
import { politiqueContenu } from '../../../electron/shell/securite';

const RACINE = '/srv/tremplin/out/renderer';
const dans = (relatif: string) => path.posix.join(RACINE, relatif);

/** Attempts to read outside the renderer folder, as a hostile page or link could write them. */
const URLS_HOSTILES = [
  'app://tremplin/../../etc/passwd',
  'app://tremplin/%2e%2e/%2e%2e/etc/passwd',
  'app://tremplin/..%2f..%2fetc%2fpasswd',
  'app://tremplin/%2e%2e%2f%2e%2e%2fsecret.txt',
  'app://tremplin/assets/..%2F..%2F..%2Fsecret.txt',
  'app://tremplin/%252e%252e%252fsecret.txt',
  'app://tremplin/..%5c..%5csecret.txt',
  'app://tremplin/%2Fetc%2Fpasswd',
  'app://tremplin//etc/passwd',
  'app://tremplin/index.html%00.png',
  'app://tremplin/%E0%A4%A',
];

describe('resoudreFichierApp', () => {
  it.each([
    ['app://tremplin/', 'index.html'],
    ['app://tremplin/index.html', 'index.html'],
    ['app://tremplin/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://tremplin/assets/roboto%20latin.woff2', 'assets/roboto latin.woff2'],
    ['app://tremplin/assets/index-abc.js?v=2#x', 'assets/index-abc.js'],
    ['app://tremplin/jeunes/0190f0a2', 'index.html'],
  ])('%s → %s', (url, attendu) => {
    expect(resoudreFichierApp(url, RACINE)).toBe(dans(attendu));
  });

  it.each(URLS_HOSTILES)('ne sort jamais du dossier : %s', (url) => {
    const fichier = resoudreFichierApp(url, RACINE);
    if (fichier !== null) expect(fichier.startsWith(`${RACINE}/`)).toBe(true);
  });

  it.each([
    'app://tremplin/..%2f..%2fetc%2fpasswd',
    'app://tremplin/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://tremplin/..%5c..%5csecret.txt',
    'app://tremplin/index.html%00.png',
    'app://tremplin/%E0%A4%A',
  ])('refuse le chemin décodé qui remonte ou est malformé : %s', (url) => {
    expect(resoudreFichierApp(url, RACINE)).toBeNull();
  });

  it('lit un chemin absolu encodé comme relatif au dossier', () => {
    expect(resoudreFichierApp('app://tremplin/%2Fetc%2Fpasswd', RACINE)).toBe(dans('index.html'));
    expect(resoudreFichierApp('app://tremplin/%2Fetc%2Fpasswd.txt', RACINE)).toBe(dans('etc/passwd.txt'));
  });

  it.each([
    'app://evil/index.html',
    'app://tremplin.evil/index.html',
    `file://${RACINE}/index.html`,
    'https://tremplin/index.html',
  ])('refuse une autre origine : %s', (url) => {
    expect(resoudreFichierApp(url, RACINE)).toBeNull();
  });

  describe('sous Windows', () => {
    const racine = 'C:\\Users\\conseil\\AppData\\Local\\Programs\\Tremplin\\resources\\app.asar\\out\\renderer';

    it('résout un fichier de l’application', () => {
      expect(resoudreFichierApp('app://tremplin/assets/a.js', racine, path.win32)).toBe(`${racine}\\assets\\a.js`);
    });

    it.each([
      'app://tremplin/C:/Windows/win.ini',
      'app://tremplin/C%3A%2FWindows%2Fwin.ini',
      'app://tremplin/D:/donnees/tremplin.sqlite',
      'app://tremplin/C%3A%5CWindows%5Cwin.ini',
      'app://tremplin/%5C%5Cserveur%5Cpartage%5Cx.txt',
      'app://tremplin/..%2f..%2f..%2ftremplin.sqlite',
    ])('refuse %s', (url) => {
      expect(resoudreFichierApp(url, racine, path.win32)).toBeNull();
    });
  });
});

describe('typeMime', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index.js', 'text/javascript; charset=utf-8'],
    ['assets/INDEX.CSS', 'text/css; charset=utf-8'],
    ['assets/roboto.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['inconnu.bin', 'application/octet-stream'],
  ])('%s → %s', (fichier, type) => {
    expect(typeMime(fichier)).toBe(type);
  });
});

describe('repondreRequeteApp', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'tremplin-renderer-'));
  const renderer = path.join(base, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Tremplin</title>');
  writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'ne doit pas sortir');
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const get = (url: string) => repondreRequeteApp({ method: 'GET', url }, renderer);

  it('sert index.html avec son type, la CSP et nosniff', async () => {
    const reponse = await get('app://tremplin/');
    expect(reponse.status).toBe(200);
    expect(reponse.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(reponse.headers.get('content-security-policy')).toBe(politiqueContenu());
    expect(reponse.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await reponse.text()).toContain('<title>Tremplin</title>');
  });

  it('sert un script avec un type JavaScript', async () => {
    const reponse = await get('app://tremplin/assets/app.js');
    expect(reponse.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('répond 404 à une tentative de sortie du dossier, sans lire le fichier', async () => {
    const reponse = await get('app://tremplin/..%2fsecret.txt');
    expect(reponse.status).toBe(404);
    expect(await reponse.text()).toBe('');
  });

  it('répond 404 à un fichier absent et à une autre origine', async () => {
    expect((await get('app://tremplin/assets/absent.js')).status).toBe(404);
    expect((await get('app://autre/index.html')).status).toBe(404);
  });

  it('répond 405 à autre chose que GET', async () => {
    expect((await repondreRequeteApp({ method: 'POST', url: 'app://tremplin/index.html' }, renderer)).status).toBe(405);
  });
});
