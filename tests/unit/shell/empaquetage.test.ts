/**
 * Packaging settings that cannot be exercised here (electron-builder needs the network): the
 * configuration as electron-builder itself loads and validates it, the icons, and the native-module
 * check that build/start-electron.mjs and build/empaqueter.mjs rely on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { environnementSansNodedir, estCompilePourAbi } from '../../../build/liaison-electron.mjs';

const racine = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);

describe('electron-builder.yml', () => {
  const charger = () => getConfig(racine, null, null);
  let config: Awaited<ReturnType<typeof charger>>;
  beforeAll(async () => {
    config = await charger();
  });

  it('est valide pour electron-builder', async () => {
    // On its own copy: validation normalises the object it checks.
    await expect(validateConfiguration(await charger(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('identifie Tremplin et embarque les migrations hors de l’archive', () => {
    expect(config.appId).toBe('fr.missionlocale.tremplin');
    expect(config.productName).toBe('Tremplin');
    // electron-builder normalises the list into one file set.
    expect(config.files).toEqual([
      { filter: expect.arrayContaining(['package.json', 'out/**', '!out/native-electron{,/**}']) },
    ]);
    expect(config.extraResources).toEqual([{ from: 'db/migrations', to: 'migrations' }]);
    expect(config.asarUnpack).toBe('**/*.node');
    expect(config.npmRebuild).toBe(true);
  });

  it('installe par utilisateur, en français, sans effacer les données', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      installerLanguages: ['fr_FR'],
      language: '1036',
      deleteAppDataOnUninstall: false,
    });
  });

  it('produit AppImage et deb dans la catégorie Bureautique', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.linux?.maintainer).toBeTruthy();
  });

  it('désactive le mode Node et les options d’inspection dans l’exécutable', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });
});

describe('icônes', () => {
  it('icon.png est un PNG de 512 × 512', () => {
    const png = readFileSync(new URL('../../../build/icon.png', import.meta.url));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('icon.ico contient les tailles 256 (codée 0), 48, 32 et 16', () => {
    const ico = readFileSync(new URL('../../../build/icon.ico', import.meta.url));
    expect(ico.readUInt16LE(2)).toBe(1);
    const tailles = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i]);
    expect(tailles).toEqual(expect.arrayContaining([0, 16, 32, 48]));
  });
});

describe('module natif pour Electron', () => {
  const binaireNode = require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
  const abiElectron = readFileSync(require.resolve('electron/abi_version'), 'utf8').trim();

  it('reconnaît l’ABI pour laquelle un binaire est compilé', () => {
    expect(estCompilePourAbi(binaireNode, process.versions.modules)).toBe(true);
    expect(abiElectron).not.toBe(process.versions.modules);
    expect(estCompilePourAbi(binaireNode, abiElectron)).toBe(false);
  });

  it('ne prend pas un préfixe pour une ABI (v11 ≠ v115)', () => {
    expect(estCompilePourAbi(binaireNode, process.versions.modules.slice(0, 2))).toBe(false);
  });

  it('retire le réglage nodedir de npm, quelle que soit sa casse', () => {
    const env = environnementSansNodedir({
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      PATH: '/bin',
      npm_config_cache: '/c',
    });
    expect(env).toEqual({ PATH: '/bin', npm_config_cache: '/c' });
  });
});
