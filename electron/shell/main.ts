/**
 * Electron entry point. Launched with a CLI command (`tremplin init …`), it runs headless and exits;
 * otherwise it opens the single hardened window, served from app://tremplin, which reaches the core
 * only through the IPC contract.
 */
import { readFileSync } from 'node:fs';
import { app, dialog, ipcMain, Menu, session, type BrowserWindow } from 'electron';
import { CODES_SORTIE, estCommandeCli, executerCli } from '../core/cli/cli';
import { restaurerSauvegarde } from '../../db/sauvegarde/restaurer';
import type { AccesBase } from '../../db/chiffrement';
import { ouvrirCore, type Core } from '../core/core';
import { ouvrirLectureSeule } from '../../db/client';
import { cleDuPoste, ErreurCle, trouverCleSecours } from '../core/securite/cle-base';
import { diagnostiquerBase, expliquerDiagnostic } from '../core/demarrage';
import { dossierParDefaut } from '../core/services/sauvegardes';
import { cheminsApplication } from './chemins';
import { coffreSysteme } from './coffre';
import { creerFenetrePrincipale } from './fenetre';
import { durcirSession, protegerContenus } from './garde-fous';
import { enregistrerIpc, type IncidentIpc } from './ipc';
import { modeleMenu } from './menu';
import { declarerSchemaApp, servirRenderer } from './protocole';

const chemins = cheminsApplication({
  estPackagee: app.isPackaged,
  dossierApp: app.getAppPath(),
  dossierRessources: process.resourcesPath,
  dossierDonnees: app.getPath('userData'),
  liaisonSqlite: process.env.TREMPLIN_LIAISON_SQLITE,
});

// `electron .` puts the project folder before the user's arguments; the packaged executable does not.
const argumentsCli = process.argv.slice(app.isPackaged ? 1 : 2);

/** This workstation's key for its own database (safeStorage needs the app ready). */
function accesDuPoste(): AccesBase {
  const cle = cleDuPoste({ fichierCle: chemins.fichierCle, fichierBase: chemins.fichierBase, coffre: coffreSysteme });
  return { cle, liaisonNative: chemins.liaisonNative };
}

/**
 * A database whose key is not on this workstation (copied from another computer, new profile): the
 * director picks the recovery key file saved from the app; it is checked against the database
 * before being kept, wrapped, for the next launches.
 */
function accesParCleSecours(probleme: string): AccesBase {
  const choix = dialog.showMessageBoxSync({
    type: 'warning',
    title: 'Tremplin',
    message: 'La clé de la base n’est pas sur ce poste',
    detail: `${probleme}\n\nChoisissez le fichier de la clé de secours (enregistré depuis Tremplin, page Sauvegardes), ou un fichier texte où vous l'avez recopiée.`,
    buttons: ['Choisir le fichier de la clé de secours…', 'Quitter'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  const fichiers =
    choix === 0
      ? dialog.showOpenDialogSync({
          title: 'Clé de secours',
          properties: ['openFile'],
          filters: [{ name: 'Texte', extensions: ['txt'] }],
        })
      : undefined;
  if (!fichiers?.[0]) throw new Error("Tremplin s'arrête sans rien modifier.");
  const cleSecours = trouverCleSecours(readFileSync(fichiers[0], 'utf8'));
  // Refuses a wrong key before keeping it: the database stays untouched.
  ouvrirLectureSeule(chemins.fichierBase, chemins.dossierMigrations, {
    cle: cleSecours,
    liaisonNative: chemins.liaisonNative,
  }).close();
  cleDuPoste({ fichierCle: chemins.fichierCle, fichierBase: chemins.fichierBase, coffre: coffreSysteme, cleSecours });
  return { cle: cleSecours, liaisonNative: chemins.liaisonNative };
}

function accesAuDemarrage(): AccesBase {
  try {
    return accesDuPoste();
  } catch (e) {
    if (e instanceof ErreurCle && (e.code === 'CLE_SECOURS_REQUISE' || e.code === 'CLE_POSTE_ILLISIBLE'))
      return accesParCleSecours(e.message);
    throw e;
  }
}

if (estCommandeCli(argumentsCli)) {
  // Before any lock: a script may run while an adviser has the window open (SQLite handles both).
  void app
    .whenReady()
    .then(() =>
      executerCli(argumentsCli, {
        dossierMigrations: chemins.dossierMigrations,
        liaisonNative: chemins.liaisonNative,
        fichierParDefaut: chemins.fichierBase,
        cleHote: (fichier) => (fichier === chemins.fichierBase ? accesDuPoste().cle : null),
      }),
    )
    .then(
      (code) => app.exit(code),
      (erreur: unknown) => {
        console.error(erreur);
        app.exit(CODES_SORTIE.echec);
      },
    );
} else if (!app.requestSingleInstanceLock()) {
  // Tremplin is already open: that instance takes the focus ('second-instance'), this one leaves.
  app.quit();
} else {
  demarrerInterface();
}

function demarrerInterface(): void {
  declarerSchemaApp();
  app.enableSandbox();
  // Chromium's own texts (context menu, form validation, date fields) and Intl's default locale.
  app.commandLine.appendSwitch('lang', 'fr-FR');
  app.on('web-contents-created', (_evenement, contenus) => protegerContenus(contenus));

  let fenetre: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (fenetre === null) return;
    if (fenetre.isMinimized()) fenetre.restore();
    fenetre.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() => {
      fenetre = ouvrirInterface();
    })
    .catch((erreur: unknown) => arreter(erreur));
}

/**
 * `quick_check` before any window exists (nothing to freeze yet) and before opening for writing; a
 * damaged file is never reset: the person may restore the latest intact backup, or leave.
 */
function controlerBase(acces: AccesBase): void {
  const d = diagnostiquerBase(chemins.fichierBase, chemins.dossierMigrations, acces);
  if (d.sain) return;
  const boutons = d.sauvegarde ? ['Restaurer la dernière sauvegarde', 'Quitter'] : ['Quitter'];
  const choix = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Tremplin',
    message: 'La base de données est abîmée ou illisible',
    detail: expliquerDiagnostic(d),
    buttons: boutons,
    defaultId: 0,
    cancelId: boutons.length - 1,
    noLink: true,
  });
  if (!d.sauvegarde || choix !== 0) throw new Error("Tremplin s'arrête sans rien modifier.");
  restaurerSauvegarde({
    source: d.sauvegarde,
    fichierBase: chemins.fichierBase,
    dossierSauvegardes: dossierParDefaut(chemins.fichierBase),
    dossierMigrations: chemins.dossierMigrations,
    instant: new Date(),
    acces,
  });
}

function ouvrirInterface(): BrowserWindow | null {
  let core: Core;
  try {
    const acces = accesAuDemarrage();
    controlerBase(acces);
    core = ouvrirCore({
      fichierBase: chemins.fichierBase,
      dossierMigrations: chemins.dossierMigrations,
      acces,
      entretienAutomatique: true,
    });
  } catch (erreur) {
    // A newer, locked or damaged database: say so and touch nothing.
    arreter(erreur);
    return null;
  }
  app.on('will-quit', () => core.fermer());
  durcirSession(session.defaultSession);
  servirRenderer(chemins.dossierRenderer);
  enregistrerIpc(ipcMain, core, { signaler: journaliserIncident });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(modeleMenu({ outilsDeveloppement: !app.isPackaged, surAPropos: afficherAPropos })),
  );
  return creerFenetrePrincipale({
    preload: chemins.preload,
    fichierEtat: chemins.fichierEtatFenetre,
    outilsDeveloppement: !app.isPackaged,
  });
}

function arreter(erreur: unknown): void {
  dialog.showErrorBox('Tremplin ne peut pas démarrer', erreur instanceof Error ? erreur.message : String(erreur));
  app.exit(1);
}

/** Class and message only: inputs may hold personal data and stay out of the log. */
function journaliserIncident(incident: IncidentIpc): void {
  if (incident.type === 'refus') {
    console.warn(`[tremplin] Appel refusé sur ${incident.canal} depuis ${incident.url ?? 'un cadre disparu'}.`);
  } else {
    const detail = incident.erreur instanceof Error ? `${incident.erreur.name}: ${incident.erreur.message}` : '';
    console.error(`[tremplin] Exception sur ${incident.canal}. ${detail}`);
  }
}

function afficherAPropos(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: 'À propos de Tremplin',
    message: 'Tremplin',
    detail: `Version ${app.getVersion()}\nSuivi des jeunes accompagnés par la Mission Locale.`,
    buttons: ['Fermer'],
  });
}
