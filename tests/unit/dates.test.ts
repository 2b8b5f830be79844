import { describe, expect, it } from 'vitest';
import {
  ageRevolu,
  ajouterJours,
  ajouterMois,
  estDateIso,
  formaterDate,
  lireDate,
} from '../../electron/core/domain/dates';

describe('lireDate (JJ/MM/AAAA ou AAAA-MM-JJ, jour existant)', () => {
  it.each([
    ['10/03/2005', '2005-03-10'],
    ['2005-03-10', '2005-03-10'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/1999', '1999-12-31'],
  ])('lit %s', (texte, attendu) => expect(lireDate(texte)).toBe(attendu));

  it.each([
    '31/02/2024',
    '29/02/2025',
    '2024-13-01',
    '00/01/2024',
    '1/3/2005',
    '10-03-2005',
    '2005/03/10',
    '10/03/05',
    ' 10/03/2005',
    '',
  ])('refuse %j', (texte) => expect(lireDate(texte)).toBeNull());

  it('estDateIso refuse un jour inexistant', () => {
    expect(estDateIso('2024-02-29')).toBe(true);
    expect(estDateIso('2023-02-29')).toBe(false);
    expect(estDateIso('29/02/2024')).toBe(false);
  });
});

describe('ajouterMois (add_months de domaine.md)', () => {
  it.each([
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-07-20', -6, '2025-01-20'],
    ['2025-01-10', -6, '2024-07-10'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-02-10', 6, '2025-08-10'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('%s + %i mois = %s', (date, mois, attendu) => expect(ajouterMois(date, mois)).toBe(attendu));
});

describe('ajouterJours', () => {
  it('passe les fins de mois et d’année', () => {
    expect(ajouterJours('2026-03-31', 1)).toBe('2026-04-01');
    expect(ajouterJours('2025-12-31', 1)).toBe('2026-01-01');
    expect(ajouterJours('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('ageRevolu', () => {
  it('compte les années révolues (exemple du paquet Région)', () => {
    expect(ageRevolu('2005-03-10', '2025-01-15')).toBe(19);
    expect(ageRevolu('2008-09-01', '2025-03-05')).toBe(16);
    expect(ageRevolu('1999-12-31', '2025-01-10')).toBe(25);
  });
  it('change le jour anniversaire, pas la veille', () => {
    expect(ageRevolu('2007-06-15', '2025-06-14')).toBe(17);
    expect(ageRevolu('2007-06-15', '2025-06-15')).toBe(18);
  });
  it('né un 29 février : anniversaire le 1er mars les années communes', () => {
    expect(ageRevolu('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageRevolu('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageRevolu('2008-02-29', '2028-02-29')).toBe(20);
  });
});

it('formaterDate écrit JJ/MM/AAAA', () => {
  expect(formaterDate('2005-03-10')).toBe('10/03/2005');
});
