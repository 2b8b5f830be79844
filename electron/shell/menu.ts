/**
 * The application menu, in French (Electron's role labels would otherwise follow the OS language).
 * Developer entries exist only outside the packaged app.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface OptionsMenu {
  outilsDeveloppement: boolean;
  surAPropos: () => void;
}

export function modeleMenu({ outilsDeveloppement, surAPropos }: OptionsMenu): MenuItemConstructorOptions[] {
  const developpement: MenuItemConstructorOptions[] = outilsDeveloppement
    ? [
        { type: 'separator' },
        { role: 'reload', label: 'Recharger' },
        { role: 'toggleDevTools', label: 'Outils de développement' },
      ]
    : [];
  return [
    { label: 'Fichier', submenu: [{ role: 'quit', label: 'Quitter' }] },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { role: 'resetZoom', label: 'Taille réelle' },
        { role: 'zoomIn', label: 'Zoom avant' },
        { role: 'zoomOut', label: 'Zoom arrière' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Plein écran' },
        ...developpement,
      ],
    },
    { label: 'Aide', submenu: [{ label: 'À propos de Tremplin', click: surAPropos }] },
  ];
}
