import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { creerCoreTest, type CoreTest } from '../support/core-test';
import { STRUCTURE_TEST } from '../support/fabriques';

let t: CoreTest;
beforeEach(() => (t = creerCoreTest()));
afterEach(() => t.fermer());

describe('structure, sites et conseillers', () => {
  it('premier lancement : pas de structure, puis identité et siège créés', async () => {
    expect(await t.reussir('structure:lire', {})).toEqual({ structure: null, sites: [], conseillers: [] });
    const etat = await t.reussir('structure:initialiser', { ...STRUCTURE_TEST, siret: '732 829 320 00074' });
    expect(etat.structure).toEqual({ code: 'ML33-TEST', nom: 'Mission Locale de test', siret: '73282932000074' });
    expect(etat.sites).toEqual([
      expect.objectContaining({ libelle: 'Siège', type: 'SIEGE', code: 'SIEGE', actif: true }),
    ]);
  });

  it('refuse un SIRET à la clé fausse et un code mal formé, sans rien écrire', async () => {
    const r = await t.appeler('structure:initialiser', { ...STRUCTURE_TEST, code: 'ML 33!', siret: '73282932000075' });
    expect(r.ok || r.erreur.champs).toEqual({
      code: expect.stringMatching(/lettres, chiffres/),
      siret: expect.stringMatching(/clé de contrôle/),
    });
    expect(r.ok || r.erreur.message).toMatch(/Code de la structure : .*SIRET : /);
    expect((await t.reussir('structure:lire', {})).structure).toBeNull();
  });

  it('une base appartient à une seule structure : même code = mise à jour, autre code = refus', async () => {
    await t.reussir('structure:initialiser', STRUCTURE_TEST);
    const maj = await t.reussir('structure:initialiser', {
      ...STRUCTURE_TEST,
      nom: 'Mission Locale renommée',
      siret: '',
    });
    expect(maj.structure).toEqual({ code: 'ML33-TEST', nom: 'Mission Locale renommée', siret: null });
    expect(maj.sites).toHaveLength(1);
    const r = await t.appeler('structure:initialiser', { ...STRUCTURE_TEST, code: 'ML40' });
    expect(r.ok || r.erreur).toMatchObject({
      code: 'CONFLIT',
      message: expect.stringMatching(/appartient déjà à la structure ML33-TEST/),
    });
  });

  it('sites aux codes uniques, conseillers aux identifiants uniques', async () => {
    await t.reussir('structure:initialiser', STRUCTURE_TEST);
    const a = await t.reussir('sites:creer', { libelle: 'Antenne Libourne', type: 'ANTENNE' });
    const b = await t.reussir('sites:creer', { libelle: 'Antenne  libourne', type: 'PERMANENCE' });
    expect([a.code, b.code]).toEqual(['ANTENNE-LIBOURNE', 'ANTENNE-LIBOURNE-2']);
    await t.reussir('conseillers:creer', { login: 'c.durand', nom: 'Durand', prenom: 'Camille', role: 'CONSEILLER' });
    const r = await t.appeler('conseillers:creer', {
      login: 'c.durand',
      nom: 'Dupont',
      prenom: 'Claire',
      role: 'ACCUEIL',
    });
    expect(r.ok || r.erreur).toMatchObject({ code: 'CONFLIT', champs: { login: 'Déjà utilisé.' } });
    const mauvais = await t.appeler('conseillers:creer', {
      login: 'C Durand',
      nom: '',
      prenom: 'x',
      role: 'CHEF' as 'ADMIN',
    });
    expect(Object.keys(mauvais.ok ? {} : (mauvais.erreur.champs ?? {})).sort()).toEqual(['login', 'nom', 'role']);
  });
});
