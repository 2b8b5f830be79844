import { describe, expect, it } from 'vitest';
import { estSiretValide } from '../../electron/core/contract';
import { groupeNiveau, NIVEAUX_FORMATION } from '../../electron/core/domain/codes';
import { differences } from '../../electron/core/domain/historique';
import { erreursDatesJeune, estDoublonProbable } from '../../electron/core/domain/jeune';
import { interpreterRequete } from '../../electron/core/services/recherche-jeunes';

describe('âge au premier accueil (14 à 30 ans acceptés)', () => {
  it.each([
    ['2010-11-02', '2024-11-02', true],
    ['2010-11-03', '2024-11-02', false],
    ['1993-11-03', '2024-11-02', true],
    ['1993-11-02', '2024-11-02', false],
  ])('né le %s, accueilli le %s → accepté %s', (naissance, accueil, accepte) => {
    expect(erreursDatesJeune({ dateNaissance: naissance, datePremierAccueil: accueil }).length === 0).toBe(accepte);
  });
  it('refuse une naissance après le premier accueil', () => {
    expect(erreursDatesJeune({ dateNaissance: '2025-01-02', datePremierAccueil: '2025-01-01' })[0]?.message).toMatch(
      /postérieure/,
    );
  });
});

describe('estDoublonProbable', () => {
  const helene = { nom: 'Lefèvre', nomUsage: null, prenom: 'Hélène' };
  it.each([
    [{ nom: 'LEFEVRE', nomUsage: null, prenom: 'helene' }, 'accents et casse'],
    [{ nom: 'Le-Fèvre', nomUsage: null, prenom: 'Hélène' }, 'trait d’union'],
    [{ nom: 'Lefèvre', nomUsage: null, prenom: 'Hélèna' }, 'une faute'],
    [{ nom: 'Lefevres', nomUsage: null, prenom: 'Helene' }, 'une lettre en plus'],
    [{ nom: 'Hélène', nomUsage: null, prenom: 'Lefèvre' }, 'nom et prénom inversés'],
    [{ nom: 'Dupont', nomUsage: 'Lefèvre', prenom: 'Hélène' }, "nom d'usage"],
  ])('reconnaît %j (%s)', (autre, _raison) => expect(estDoublonProbable(helene, autre)).toBe(true));
  it.each([
    [{ nom: 'Lefèvre', nomUsage: null, prenom: 'Hugo' }],
    [{ nom: 'Lefebvre', nomUsage: null, prenom: 'Héléna' }],
    [{ nom: 'Martin', nomUsage: null, prenom: 'Hélène' }],
  ])('distingue %j', (autre) => expect(estDoublonProbable(helene, autre)).toBe(false));
});

describe('differences (historique)', () => {
  it('liste les champs changés, vide = null, booléens en texte', () => {
    const avant = { nom: 'A', email: null, qpv: false, commune: 'Bordeaux' };
    const apres = { nom: 'A', email: 'a@b.fr', qpv: true, commune: '' };
    expect(differences(avant, apres, ['nom', 'email', 'qpv', 'commune'])).toEqual([
      { champ: 'email', ancienne: null, nouvelle: 'a@b.fr' },
      { champ: 'qpv', ancienne: 'false', nouvelle: 'true' },
      { champ: 'commune', ancienne: 'Bordeaux', nouvelle: null },
    ]);
  });
});

describe('interpreterRequete', () => {
  it.each([
    ['', { type: 'vide' }],
    ['10/03/2005', { type: 'date', date: '2005-03-10' }],
    ['2005-03-10', { type: 'date', date: '2005-03-10' }],
    ['06 12 34', { type: 'telephone', chiffres: '061234' }],
    ['+33 6 12 34 56 78', { type: 'telephone', chiffres: '0612345678' }],
    ['Hélène', { type: 'nom', texte: 'helene' }],
    ['31/02/2005', { type: 'nom', texte: '31 02 2005' }],
  ])('%j', (texte, attendu) => expect(interpreterRequete(texte)).toEqual(attendu));
});

it('SIRET : 14 chiffres et clé de Luhn', () => {
  expect(estSiretValide('73282932000074')).toBe(true);
  expect(estSiretValide('73282932000075')).toBe(false);
  expect(estSiretValide('7328293200007')).toBe(false);
});

it('groupe de niveau de chaque code (domaine.md)', () => {
  expect(NIVEAUX_FORMATION.codes.map(groupeNiveau)).toEqual([
    'INFRA3',
    'NIV3',
    'NIV3',
    'NIV4',
    'NIV4',
    'NIV5PLUS',
    'NIV5PLUS',
    'NIV5PLUS',
  ]);
  expect(groupeNiveau(null)).toBe('NON_RENSEIGNE');
});
