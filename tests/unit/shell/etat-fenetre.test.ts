import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ecrireFichierEtat,
  lireFichierEtat,
  placementFenetre,
  TAILLE_PAR_DEFAUT,
  type Rectangle,
} from '../../../electron/shell/etat-fenetre';

const PRINCIPAL: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
const SECOND: Rectangle = { x: 1920, y: 0, width: 1280, height: 984 };
const ECRANS = [PRINCIPAL, SECOND];
const PAR_DEFAUT = { bornes: { ...TAILLE_PAR_DEFAUT }, maximisee: false };

describe('placementFenetre', () => {
  it('sans sauvegarde : taille par défaut, centrée (sans position)', () => {
    expect(placementFenetre(null, ECRANS, PRINCIPAL)).toEqual(PAR_DEFAUT);
  });

  it('restaure une fenêtre entièrement sur l’écran principal', () => {
    const etat = { bornes: { x: 100, y: 50, width: 1400, height: 900 }, maximisee: false };
    expect(placementFenetre(etat, ECRANS, PRINCIPAL)).toEqual(etat);
  });

  it('restaure une fenêtre agrandie sur le second écran', () => {
    const etat = { bornes: { x: 2000, y: 10, width: 1100, height: 900 }, maximisee: true };
    expect(placementFenetre(etat, ECRANS, PRINCIPAL)).toEqual(etat);
  });

  it('recentre une fenêtre restée sur un écran débranché, en gardant l’agrandissement', () => {
    const etat = { bornes: { x: 2000, y: 10, width: 1100, height: 900 }, maximisee: true };
    expect(placementFenetre(etat, [PRINCIPAL], PRINCIPAL)).toEqual({ ...PAR_DEFAUT, maximisee: true });
  });

  it('recentre une fenêtre qui déborde d’un écran', () => {
    const etats = [
      { bornes: { x: 1500, y: 0, width: 1000, height: 800 }, maximisee: false },
      { bornes: { x: -50, y: 0, width: 1000, height: 800 }, maximisee: false },
      { bornes: { x: 0, y: 0, width: 1920, height: 1080 }, maximisee: false },
    ];
    for (const etat of etats) expect(placementFenetre(etat, ECRANS, PRINCIPAL)).toEqual(PAR_DEFAUT);
  });

  it('réduit la taille par défaut à un petit écran', () => {
    const petit: Rectangle = { x: 0, y: 0, width: 1366, height: 728 };
    expect(placementFenetre(null, [petit], petit).bornes).toEqual({ width: 1280, height: 728 });
  });

  it.each([
    ['une chaîne', 'fenetre'],
    ['un tableau', [1, 2, 3, 4]],
    ['sans maximisee', { bornes: { x: 0, y: 0, width: 800, height: 600 } }],
    ['maximisee non booléen', { bornes: { x: 0, y: 0, width: 800, height: 600 }, maximisee: 'oui' }],
    ['sans bornes', { maximisee: false }],
    ['une largeur nulle', { bornes: { x: 0, y: 0, width: 0, height: 600 }, maximisee: false }],
    ['une hauteur négative', { bornes: { x: 0, y: 0, width: 800, height: -600 }, maximisee: false }],
    ['des décimales', { bornes: { x: 0.5, y: 0, width: 800, height: 600 }, maximisee: false }],
    ['un texte en coordonnée', { bornes: { x: '0', y: 0, width: 800, height: 600 }, maximisee: false }],
  ])('ignore une sauvegarde invalide : %s', (_cas, sauvegarde) => {
    expect(placementFenetre(sauvegarde, ECRANS, PRINCIPAL)).toEqual(PAR_DEFAUT);
  });
});

describe('fichier d’état', () => {
  const dossier = mkdtempSync(path.join(tmpdir(), 'tremplin-fenetre-'));
  afterAll(() => rmSync(dossier, { recursive: true, force: true }));

  it('relit ce qu’il a écrit', () => {
    const fichier = path.join(dossier, 'fenetre.json');
    const etat = { bornes: { x: 10, y: 20, width: 1000, height: 700 }, maximisee: true };
    ecrireFichierEtat(fichier, etat);
    expect(lireFichierEtat(fichier)).toEqual(etat);
  });

  it('donne null pour un fichier absent ou abîmé', () => {
    const abime = path.join(dossier, 'abime.json');
    writeFileSync(abime, '{"bornes":');
    expect(lireFichierEtat(abime)).toBeNull();
    expect(lireFichierEtat(path.join(dossier, 'absent.json'))).toBeNull();
  });

  it('n’échoue pas quand l’écriture est impossible', () => {
    const etat = { bornes: { x: 0, y: 0, width: 800, height: 600 }, maximisee: false };
    expect(() => ecrireFichierEtat(path.join(dossier, 'absent', 'fenetre.json'), etat)).not.toThrow();
  });
});
