/** The DIRECTION channels of the Region package, through the dispatcher (the package itself: direction.test.ts). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { creerCoreTest, type CoreTest } from '../../support/core-test';
import { construireExemple } from '../../support/region';

let t: CoreTest;
beforeAll(async () => {
  t = creerCoreTest();
  await construireExemple(t);
});
afterAll(() => t.fermer());

it('qualité (chaque dossier nommé) et tableau de bord ; une année invalide est refusée', async () => {
  const qualite = await t.reussir('region:qualite', { annee: 2025 });
  expect(qualite.comptes.situations_sans_accompagnement).toBe(2);
  expect(qualite.dossiers).toHaveLength(3);
  expect(qualite.dossiers.every((d) => d.nom.startsWith('Test'))).toBe(true);

  const tableau = await t.reussir('region:tableauDeBord', { annee: 2025 });
  const accompagnes = tableau.chiffres.find((c) => c.code === 'JEUNES_ACCOMPAGNES')!;
  expect(accompagnes).toMatchObject({ valeur: 2, precedente: 1 }); // C's EI on 20/12/2024
  expect(accompagnes.mensuel).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

  expect((await t.appeler('region:qualite', { annee: 25 })).ok).toBe(false);
});
