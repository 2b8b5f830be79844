import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cheminsApplication, type ContexteApplication } from '../../../electron/shell/chemins';

const DEV: ContexteApplication = {
  estPackagee: false,
  dossierApp: '/projets/tremplin',
  dossierRessources: '/opt/electron/resources',
  dossierDonnees: '/home/conseil/.config/Tremplin',
  liaisonSqlite: '/projets/tremplin/out/native-electron/better-sqlite3/build/Release/better_sqlite3.node',
};
const PACKAGEE: ContexteApplication = {
  ...DEV,
  estPackagee: true,
  dossierApp: '/opt/Tremplin/resources/app.asar',
  dossierRessources: '/opt/Tremplin/resources',
};

describe('cheminsApplication', () => {
  it('en développement : migrations des sources et liaison native fournie par npm start', () => {
    expect(cheminsApplication(DEV)).toEqual({
      fichierBase: '/home/conseil/.config/Tremplin/tremplin.sqlite',
      fichierCle: '/home/conseil/.config/Tremplin/tremplin.cle',
      dossierMigrations: '/projets/tremplin/db/migrations',
      liaisonNative: DEV.liaisonSqlite,
      dossierRenderer: '/projets/tremplin/out/renderer',
      preload: '/projets/tremplin/out/preload/index.cjs',
      fichierEtatFenetre: '/home/conseil/.config/Tremplin/fenetre.json',
    });
  });

  it('empaquetée : migrations des ressources, et aucune liaison native venue de l’environnement', () => {
    const chemins = cheminsApplication(PACKAGEE);
    expect(chemins.dossierMigrations).toBe('/opt/Tremplin/resources/migrations');
    expect(chemins.liaisonNative).toBeUndefined();
    expect(chemins.dossierRenderer).toBe('/opt/Tremplin/resources/app.asar/out/renderer');
    expect(chemins.fichierBase).toBe('/home/conseil/.config/Tremplin/tremplin.sqlite');
  });

  it('ignore une variable vide et rend absolu un chemin relatif', () => {
    expect(cheminsApplication({ ...DEV, liaisonSqlite: '' }).liaisonNative).toBeUndefined();
    expect(cheminsApplication({ ...DEV, liaisonSqlite: undefined }).liaisonNative).toBeUndefined();
    expect(cheminsApplication({ ...DEV, liaisonSqlite: 'natif/b.node' }).liaisonNative).toBe(
      path.resolve('natif/b.node'),
    );
  });
});
