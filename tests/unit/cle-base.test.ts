import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleDuPoste,
  formaterCleSecours,
  lireCleSecours,
  trouverCleSecours,
  type Coffre,
} from '../../electron/core/securite/cle-base';
import { dossierTemporaire } from '../support/core-test';

/** A reversible wrapping bound to a "user": what safeStorage does, without the operating system. */
function coffre(utilisateur: number, disponible = true): Coffre {
  const xor = (b: Buffer) => Buffer.from(b.map((o) => o ^ utilisateur));
  return {
    disponible: () => disponible,
    envelopper: (texte) => Buffer.concat([Buffer.from([utilisateur]), xor(Buffer.from(texte))]),
    ouvrir: (enveloppe) => {
      if (enveloppe[0] !== utilisateur) throw new Error('autre utilisateur');
      return xor(enveloppe.subarray(1)).toString();
    },
  };
}

describe('clé de secours', () => {
  const cle = Buffer.from('00112233445566778899aabbccddeeff0123456789abcdeffedcba9876543210', 'hex');

  it('s’écrit en 16 groupes de 4 et se relit quelle que soit la casse, les tirets ou les espaces', () => {
    const texte = formaterCleSecours(cle);
    expect(texte).toBe('0011-2233-4455-6677-8899-AABB-CCDD-EEFF-0123-4567-89AB-CDEF-FEDC-BA98-7654-3210');
    expect(lireCleSecours(texte).equals(cle)).toBe(true);
    expect(lireCleSecours(texte.toLowerCase().replace(/-/g, ' ')).equals(cle)).toBe(true);
  });

  it.each([
    ['trop courte', '0011-2233'],
    ['lettre hors A-F', formaterCleSecours(cle).replace('A', 'G')],
    ['un caractère de trop', `${formaterCleSecours(cle)}0`],
    ['vide', ''],
  ])('refuse une clé %s avec un message qui dit le format', (_cas, texte) => {
    expect(() => lireCleSecours(texte)).toThrow(
      expect.objectContaining({ code: 'CLE_SECOURS_INVALIDE', message: expect.stringMatching(/64 caractères/) }),
    );
  });

  it('se retrouve dans le fichier enregistré depuis Tremplin, entourée de texte', () => {
    const fichier = `Tremplin — clé de secours de la base de ML (ML33)\n\n${formaterCleSecours(cle)}\n\nProduite le 27/11/2026.`;
    expect(trouverCleSecours(fichier).equals(cle)).toBe(true);
    expect(trouverCleSecours(` ${cle.toString('hex')} \n`).equals(cle)).toBe(true);
  });
});

describe('clé du poste', () => {
  function chemins() {
    const dossier = dossierTemporaire();
    return { fichierCle: join(dossier, 'tremplin.cle'), fichierBase: join(dossier, 'tremplin.sqlite') };
  }

  it('premier lancement : une clé neuve, gardée enveloppée (jamais en clair), la même ensuite', () => {
    const c = chemins();
    const premiere = cleDuPoste({ ...c, coffre: coffre(7) });
    expect(premiere).toHaveLength(32);
    const surDisque = readFileSync(c.fichierCle);
    expect(surDisque.includes(premiere.toString('hex'))).toBe(false);
    writeFileSync(c.fichierBase, 'base créée avec cette clé');
    expect(cleDuPoste({ ...c, coffre: coffre(7) }).equals(premiere)).toBe(true);
  });

  it('une base en clair d’avant le chiffrement reçoit une clé neuve (elle sera chiffrée)', () => {
    const c = chemins();
    writeFileSync(c.fichierBase, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84)]));
    expect(cleDuPoste({ ...c, coffre: coffre(7) })).toHaveLength(32);
    expect(existsSync(c.fichierCle)).toBe(true);
  });

  it('une base chiffrée sans clé sur ce poste demande la clé de secours, sans en créer une autre', () => {
    const c = chemins();
    writeFileSync(c.fichierBase, 'base chiffrée venue d’un autre poste');
    expect(() => cleDuPoste({ ...c, coffre: coffre(7) })).toThrow(
      expect.objectContaining({ code: 'CLE_SECOURS_REQUISE' }),
    );
    expect(existsSync(c.fichierCle)).toBe(false);
  });

  it('une clé enveloppée pour un autre utilisateur est illisible : la clé de secours la remplace', () => {
    const c = chemins();
    const cle = cleDuPoste({ ...c, coffre: coffre(7) });
    writeFileSync(c.fichierBase, 'base');
    expect(() => cleDuPoste({ ...c, coffre: coffre(9) })).toThrow(
      expect.objectContaining({ code: 'CLE_POSTE_ILLISIBLE' }),
    );
    expect(cleDuPoste({ ...c, coffre: coffre(9), cleSecours: cle }).equals(cle)).toBe(true);
    expect(cleDuPoste({ ...c, coffre: coffre(9) }).equals(cle)).toBe(true);
  });

  it('refuse de démarrer quand le système ne peut pas protéger la clé', () => {
    const c = chemins();
    expect(() => cleDuPoste({ ...c, coffre: coffre(7, false) })).toThrow(
      expect.objectContaining({ code: 'COFFRE_INDISPONIBLE' }),
    );
    expect(existsSync(c.fichierCle)).toBe(false);
  });
});
