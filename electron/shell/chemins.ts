/**
 * Where the desktop app finds its files, in a source checkout (`npm start`) and once packaged.
 * Pure: main.ts passes what Electron reports, tests pass literals.
 */
import path from 'node:path';

export interface ContexteApplication {
  estPackagee: boolean;
  /** `app.getAppPath()`: the project folder in development, `…/resources/app.asar` once packaged. */
  dossierApp: string;
  /** `process.resourcesPath`: where electron-builder's extraResources land. */
  dossierRessources: string;
  /** `app.getPath('userData')`. */
  dossierDonnees: string;
  /** `TREMPLIN_LIAISON_SQLITE`: a better-sqlite3 build for Electron's ABI, set by `npm start`. */
  liaisonSqlite: string | undefined;
}

export interface CheminsApplication {
  fichierBase: string;
  /** The database key, wrapped by safeStorage for this user (never the key itself). */
  fichierCle: string;
  dossierMigrations: string;
  liaisonNative: string | undefined;
  dossierRenderer: string;
  preload: string;
  fichierEtatFenetre: string;
}

export function cheminsApplication(ctx: ContexteApplication): CheminsApplication {
  return {
    fichierBase: path.join(ctx.dossierDonnees, 'tremplin.sqlite'),
    fichierCle: path.join(ctx.dossierDonnees, 'tremplin.cle'),
    dossierMigrations: ctx.estPackagee
      ? path.join(ctx.dossierRessources, 'migrations')
      : path.join(ctx.dossierApp, 'db', 'migrations'),
    // A packaged app loads only the native module it was built with, whatever the environment says.
    liaisonNative: !ctx.estPackagee && ctx.liaisonSqlite ? path.resolve(ctx.liaisonSqlite) : undefined,
    dossierRenderer: path.join(ctx.dossierApp, 'out', 'renderer'),
    preload: path.join(ctx.dossierApp, 'out', 'preload', 'index.cjs'),
    fichierEtatFenetre: path.join(ctx.dossierDonnees, 'fenetre.json'),
  };
}
