import { describe, expect, it } from 'vitest';
import { essaiCrash } from '../crash/essai';
import { dossierTemporaire } from '../support/core-test';

// 5 trials in CI; `npm run test:crash` runs 100.
describe('arrêt brutal (SIGKILL) pendant des écritures', () => {
  const dossier = dossierTemporaire('tremplin-crash-');
  it.each([1, 2, 3, 4, 5])('essai %i : fichier intègre, rien d’acquitté perdu, rien de partiel', async (graine) => {
    const r = await essaiCrash(dossier, graine);
    expect(r.problemes).toEqual([]);
    expect(r.acquittees).toBeGreaterThan(0);
    expect(r.presentes).toBeGreaterThanOrEqual(r.acquittees);
  });
});
