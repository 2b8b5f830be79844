/** The single main window: hardened web preferences, placement remembered between sessions. */
import { BrowserWindow, screen } from 'electron';
import { ecrireFichierEtat, lireFichierEtat, placementFenetre } from './etat-fenetre';
import { ORIGINE_APP } from './securite';

export interface OptionsFenetre {
  preload: string;
  fichierEtat: string;
  outilsDeveloppement: boolean;
}

export const TITRE_FENETRE = 'Tremplin';

export function creerFenetrePrincipale(options: OptionsFenetre): BrowserWindow {
  const placement = placementFenetre(
    lireFichierEtat(options.fichierEtat),
    screen.getAllDisplays().map((ecran) => ecran.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const fenetre = new BrowserWindow({
    ...placement.bornes,
    minWidth: 800,
    minHeight: 600,
    title: TITRE_FENETRE,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: options.outilsDeveloppement,
    },
  });
  // The page's <title> must not rename the window.
  fenetre.on('page-title-updated', (evenement) => evenement.preventDefault());
  fenetre.once('ready-to-show', () => {
    if (placement.maximisee) fenetre.maximize();
    fenetre.show();
  });
  fenetre.on('close', () =>
    ecrireFichierEtat(options.fichierEtat, { bornes: fenetre.getNormalBounds(), maximisee: fenetre.isMaximized() }),
  );
  fenetre.loadURL(`${ORIGINE_APP}/index.html`).catch((erreur: unknown) => {
    console.error('[tremplin] Chargement de l’interface impossible :', erreur);
  });
  return fenetre;
}
