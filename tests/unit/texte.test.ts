import { describe, expect, it } from 'vitest';
import {
  auPlusUneFaute,
  cleNom,
  jetonCorrespond,
  normaliser,
  normaliserTelephone,
} from '../../electron/core/domain/texte';

describe('normaliser', () => {
  it('retire accents, casse, ligatures et ponctuation', () => {
    expect(normaliser('  Hélène LEFÈVRE-Œuvray ')).toBe('helene lefevre oeuvray');
    expect(normaliser("N'Diaye")).toBe('n diaye');
    expect(cleNom('Jean-Pierre')).toBe(cleNom('jean pierre'));
    expect(cleNom('Maëlys')).toBe('maelys');
  });
});

describe('auPlusUneFaute', () => {
  it.each([
    ['helene', 'helene', true],
    ['helene', 'heleen', true],
    ['helene', 'helen', true],
    ['helene', 'hellene', true],
    ['helene', 'heline', true],
    ['helene', 'ehlene', true],
    ['helene', 'hlne', false],
    ['helene', 'heleni', true],
    ['helene', 'halina', false],
    ['martin', 'martins', true],
    ['martin', 'mratni', false],
  ])('%s / %s → %s', (a, b, attendu) => {
    expect(auPlusUneFaute(a, b)).toBe(attendu);
    expect(auPlusUneFaute(b, a)).toBe(attendu);
  });
});

describe('jetonCorrespond', () => {
  it.each([
    ['helene', 'helene', true],
    ['hel', 'helene', true],
    ['helen', 'helene', true],
    ['helenne', 'helene', true],
    ['hlene', 'helene', true],
    ['heleb', 'helene', true],
    ['lefebvre', 'lefevre', true],
    ['martin', 'helene', false],
    ['heloise', 'helene', false],
  ])('%s / %s → %s', (jeton, mot, attendu) => expect(jetonCorrespond(jeton, mot)).toBe(attendu));

  it('ne tolère pas de faute sur les jetons courts (trop de faux positifs)', () => {
    expect(jetonCorrespond('leo', 'lea')).toBe(false);
    expect(jetonCorrespond('le', 'lea')).toBe(true);
  });
});

describe('normaliserTelephone', () => {
  it.each([
    ['06 12 34 56 78', '0612345678'],
    ['06.12.34.56.78', '0612345678'],
    ['06-12-34-56-78', '0612345678'],
    ['+33 6 12 34 56 78', '0612345678'],
    ['+33612345678', '0612345678'],
  ])('%s → %s', (t, attendu) => expect(normaliserTelephone(t)).toBe(attendu));
  it.each(['612345678', '06123456789', '+3361234567', '06 12 34 56 7a', '0033612345678'])('refuse %s', (t) =>
    expect(normaliserTelephone(t)).toBeNull(),
  );
});
