import { describe, expect, it } from 'vitest';
import { decoder, detecterSeparateur, lireCsv } from '../../electron/core/echange/lecture-csv';
import { ecrireValeur, lireValeur, protegerFormule, retirerProtection } from '../../electron/core/echange/valeurs';

const BOOLEEN = { type: 'booleen' } as const;
const MONTANT = { type: 'montant' } as const;

describe('valeurs de tremplin-import/1', () => {
  it.each([
    ['oui', 1],
    ['O', 1],
    ['1', 1],
    ['TRUE', 1],
    ['non', 0],
    ['n', 0],
    ['0', 0],
    ['False', 0],
  ])('booléen %s → %s', (texte, valeur) => {
    expect(lireValeur(BOOLEEN, texte)).toEqual({ ok: true, valeur });
  });

  it.each([
    ['0', 0],
    ['12', 1200],
    ['12,5', 1250],
    ['12.05', 1205],
  ])('montant %s → %s centimes', (texte, centimes) => {
    expect(lireValeur(MONTANT, texte)).toEqual({ ok: true, valeur: centimes });
    expect(lireValeur(MONTANT, ecrireValeur(MONTANT, centimes))).toEqual({ ok: true, valeur: centimes });
  });

  it.each(['-1', '+1', '1 000', '1.000,00', '1,234', ',5', 'douze'])('montant refusé : %s', (texte) => {
    expect(lireValeur(MONTANT, texte).ok).toBe(false);
  });

  it.each(['=1+1', '+33', '-x', '@a', '\tx', '\rx'])('formule %j : protégée à l’export, rendue à l’import', (v) => {
    expect(protegerFormule(v)).toBe(`'${v}`);
    expect(retirerProtection(protegerFormule(v))).toBe(v);
  });

  it('ne touche pas une apostrophe ordinaire', () => {
    expect(protegerFormule("l'atelier")).toBe("l'atelier");
    expect(retirerProtection("'atelier")).toBe("'atelier");
  });
});

describe('lecture CSV', () => {
  it('UTF-8 avec BOM, Windows-1252 sinon', () => {
    expect(decoder(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ texte: 'A', encodage: 'UTF-8' });
    expect(decoder(new Uint8Array([0x9c, 0x80]))).toEqual({ texte: 'œ€', encodage: 'Windows-1252' });
  });

  it('séparateur le plus fréquent de l’en-tête, « ; » à égalité', () => {
    expect(detecterSeparateur('a,b;c,d\n;;;;')).toBe(',');
    expect(detecterSeparateur('a,b;c\n')).toBe(';');
  });

  it('numérote les lignes physiques : lignes vides comptées, enregistrement sur plusieurs lignes à sa première', () => {
    const lu = lireCsv(new TextEncoder().encode('a;b\r\n\r\n"x\r\ny";2\r\n;\r\n z ; " w "\r\n'));
    expect(lu.enregistrements).toEqual([
      { ligne: 3, valeurs: ['x\r\ny', '2'] },
      { ligne: 6, valeurs: ['z', 'w'] },
    ]);
  });
});
