import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CANAUX, CONTRAT } from '../../electron/core/contract';
import { creerDispatcher, type Gestionnaires } from '../../electron/core/dispatcher';
import { creerCoreTest, type CoreTest } from '../support/core-test';

let t: CoreTest;
beforeEach(() => (t = creerCoreTest()));
afterEach(() => t.fermer());

describe('contrat', () => {
  it('chaque canal a ses schémas d’entrée et de sortie, et rien d’autre', () => {
    expect(Object.keys(CONTRAT).sort()).toEqual([...CANAUX].sort());
    for (const canal of CANAUX) expect(canal).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it.each(CANAUX)('%s refuse une entrée mal formée avec un message français', async (canal) => {
    for (const mauvaise of [
      42,
      'texte',
      [1, 2],
      { id: 12, saisie: 'x', texte: 7, login: 3, code: null, inconnu: true },
    ]) {
      const r = await t.core.dispatch(canal, mauvaise);
      expect(r.ok, `${canal} ${JSON.stringify(mauvaise)}`).toBe(false);
      if (!r.ok) {
        expect(r.erreur.code).toBe('VALIDATION');
        expect(r.erreur.message).toMatch(/à corriger/);
      }
    }
  });

  it('refuse un canal inconnu', async () => {
    const r = await t.core.dispatch('jeunes:supprimerTout', {});
    expect(r).toEqual({
      ok: false,
      erreur: { code: 'CANAL_INCONNU', message: 'Opération inconnue : jeunes:supprimerTout.' },
    });
  });

  it('une erreur interne répond une enveloppe générique et journalise sans les valeurs saisies', async () => {
    const journal: string[] = [];
    const enPanne = Object.fromEntries(
      CANAUX.map((c) => [
        c,
        () => {
          throw new TypeError('panne simulée');
        },
      ]),
    ) as unknown as Gestionnaires;
    const { dispatch } = creerDispatcher(enPanne, (message, e) => journal.push(`${message} ${(e as Error).message}`));
    const r = await dispatch('conseillers:creer', {
      login: 'secret.login',
      nom: 'Nomprive',
      prenom: 'Prenomprive',
      role: 'CONSEILLER',
    });
    expect(r.ok || r.erreur.code).toBe('INTERNE');
    expect(journal).toEqual(["Échec de l'opération conseillers:creer panne simulée"]);
    expect(journal.join()).not.toMatch(/Nomprive|secret/);
  });
});
