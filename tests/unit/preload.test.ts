/**
 * The preload's surface: exactly one function per contract channel, frozen, each invoking its
 * prefixed channel with the input only. Checked on the source (electron mocked) and on the real
 * sandbox bundle, built here with the project's electron-vite preload settings.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigFromFile, PreloadConfigFactory } from 'electron-vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NOM_API_FENETRE } from '../../electron/core/contract/api';
import { CANAUX, PREFIXE_IPC } from '../../electron/core/contract/canaux';

type Api = Record<string, (...args: unknown[]) => Promise<unknown>>;

/** Fakes of what the preload takes from electron; `invoke` echoes its arguments. */
function fauxElectron() {
  return {
    contextBridge: { exposeInMainWorld: vi.fn<(nom: string, api: unknown) => void>() },
    ipcRenderer: { invoke: vi.fn(async (...args: unknown[]) => ({ ok: true, valeur: args })) },
  };
}

/** The surface checks, shared by the source and the bundle. */
function verifierSurface(electron: ReturnType<typeof fauxElectron>): void {
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [nom, expose] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(nom).toBe(NOM_API_FENETRE);
  expect(nom).toBe('tremplin');
  const api = expose as Api;
  expect(Object.keys(api).sort()).toEqual([...CANAUX].sort());
  expect(Object.isFrozen(api)).toBe(true);
  expect(() => {
    (api as Record<string, unknown>).invoke = () => undefined;
  }).toThrow(TypeError);
  for (const canal of CANAUX) expect(typeof api[canal]).toBe('function');
}

async function verifierAppels(electron: ReturnType<typeof fauxElectron>): Promise<void> {
  const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as Api;
  for (const canal of CANAUX) {
    electron.ipcRenderer.invoke.mockClear();
    const entree = { canal, n: 1 };
    // Extra arguments are dropped: only the input crosses to the main process.
    const reponse = await api[canal]!(entree, 'en trop');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(PREFIXE_IPC + canal, entree);
    expect(reponse).toEqual({ ok: true, valeur: [PREFIXE_IPC + canal, entree] });
  }
}

const electronMocke = vi.hoisted(() => ({ courant: null as unknown }));
vi.mock('electron', () => electronMocke.courant as object);

describe('preload (source, electron simulé)', () => {
  const electron = fauxElectron();
  beforeAll(async () => {
    electronMocke.courant = electron;
    await import('../../electron/preload/index');
  });

  it('expose sous « tremplin » un objet figé avec exactement une fonction par canal', () => {
    verifierSurface(electron);
  });

  it('chaque fonction invoque son canal préfixé avec la seule entrée', async () => {
    await verifierAppels(electron);
  });
});

describe('preload (fichier construit pour le bac à sable)', () => {
  const racine = fileURLToPath(new URL('../..', import.meta.url));
  const dossier = mkdtempSync(path.join(tmpdir(), 'tremplin-preload-'));
  let code = '';

  beforeAll(async () => {
    const { config } = await loadConfigFromFile(
      { command: 'build', mode: 'production' },
      path.join(racine, 'electron.vite.config.ts'),
      racine,
      'silent',
    );
    if (!config.preload) throw new Error('electron.vite.config.ts sans section preload');
    const vite = await new PreloadConfigFactory(config.preload, { mode: 'production' }, { root: racine }).build();
    vite.logLevel = 'silent';
    vite.build = { ...vite.build, outDir: dossier, emptyOutDir: true };
    await build(vite);
    code = readFileSync(path.join(dossier, 'index.cjs'), 'utf8');
  }, 60_000);
  afterAll(() => rmSync(dossier, { recursive: true, force: true }));

  it('est du CommonJS qui ne requiert que electron', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect([...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it('exécuté comme dans le bac à sable, expose la même surface', async () => {
    const electron = fauxElectron();
    const requireBacASable = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`module interdit dans le preload : ${id}`);
    };
    const module = { exports: {} };
    new Function('require', 'module', 'exports', code)(requireBacASable, module, module.exports);
    verifierSurface(electron);
    await verifierAppels(electron);
  });
});
