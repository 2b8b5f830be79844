/** The DIRECTION channels of the Region package, through the dispatcher as the wizard will call them. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { creerCoreTest, type CoreTest } from '../../support/core-test';
import { construireExemple } from '../../support/region';

let t: CoreTest;
beforeAll(async () => {
  t = creerCoreTest();
  await construireExemple(t);
});
afterAll(() => t.fermer());

it('qualité, tableau de bord et paquet en mémoire ; une année invalide est refusée', async () => {
  const qualite = await t.reussir('region:qualite', { annee: 2025 });
  expect(qualite.comptes.situations_sans_accompagnement).toBe(2);
  expect(qualite.dossiers).toHaveLength(3);

  const tableau = await t.reussir('region:tableauDeBord', { annee: 2025 });
  const accompagnes = tableau.chiffres.find((c) => c.code === 'JEUNES_ACCOMPAGNES')!;
  expect(accompagnes).toMatchObject({ valeur: 2, precedente: 1 }); // C's EI on 20/12/2024
  expect(accompagnes.mensuel).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

  const paquet = await t.reussir('region:paquet', { annee: 2025 });
  expect(paquet.nom).toBe('indicateurs-ML33-TEST-2025');
  const manifest = JSON.parse(Buffer.from(paquet.fichiers.at(-1)!.base64, 'base64').toString('utf8'));
  for (const f of manifest.fichiers) {
    const contenu = Buffer.from(paquet.fichiers.find((x) => x.nom === f.nom)!.base64, 'base64');
    expect(createHash('sha256').update(contenu).digest('hex')).toBe(f.sha256);
  }
  expect((await t.appeler('region:paquet', { annee: 25 })).ok).toBe(false);
});
