/**
 * The main window's size, position and maximised state, kept between sessions in a JSON file.
 * What to restore is a pure decision: a saved position is reused only if the window still fits
 * entirely on a current display (a laptop undocked from its second screen must not open off-screen).
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EtatFenetre {
  /** The bounds of the window when not maximised. */
  bornes: Rectangle;
  maximisee: boolean;
}

/** Bounds for the BrowserWindow: no x/y lets Electron centre the window on the primary display. */
export interface PlacementFenetre {
  bornes: Rectangle | Pick<Rectangle, 'width' | 'height'>;
  maximisee: boolean;
}

export const TAILLE_PAR_DEFAUT = { width: 1280, height: 800 } as const;

function estEntier(valeur: unknown): valeur is number {
  return typeof valeur === 'number' && Number.isSafeInteger(valeur);
}

/** The saved state if the JSON has the expected shape, whatever wrote it. */
export function lireEtat(sauvegarde: unknown): EtatFenetre | null {
  if (typeof sauvegarde !== 'object' || sauvegarde === null) return null;
  const { bornes, maximisee } = sauvegarde as Record<string, unknown>;
  if (typeof maximisee !== 'boolean' || typeof bornes !== 'object' || bornes === null) return null;
  const { x, y, width, height } = bornes as Record<string, unknown>;
  if (!estEntier(x) || !estEntier(y) || !estEntier(width) || !estEntier(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return { bornes: { x, y, width, height }, maximisee };
}

function contient(zone: Rectangle, r: Rectangle): boolean {
  return (
    r.x >= zone.x && r.y >= zone.y && r.x + r.width <= zone.x + zone.width && r.y + r.height <= zone.y + zone.height
  );
}

/**
 * Where to open the window, given the saved state (any JSON value, or null), the work areas of the
 * current displays and that of the primary display.
 */
export function placementFenetre(
  sauvegarde: unknown,
  zonesEcrans: readonly Rectangle[],
  zonePrincipale: Rectangle,
): PlacementFenetre {
  const etat = lireEtat(sauvegarde);
  if (etat !== null && zonesEcrans.some((zone) => contient(zone, etat.bornes))) return etat;
  return {
    bornes: {
      width: Math.min(TAILLE_PAR_DEFAUT.width, zonePrincipale.width),
      height: Math.min(TAILLE_PAR_DEFAUT.height, zonePrincipale.height),
    },
    maximisee: etat?.maximisee ?? false,
  };
}

/** The saved state as JSON, or null when there is none or it cannot be read. */
export function lireFichierEtat(fichier: string): unknown {
  try {
    return JSON.parse(readFileSync(fichier, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** Best effort: failing to remember the window's size must never prevent closing it. */
export function ecrireFichierEtat(fichier: string, etat: EtatFenetre): void {
  try {
    writeFileSync(fichier, JSON.stringify(etat));
  } catch {
    // Read-only or full disk: the next start simply uses the default placement.
  }
}
