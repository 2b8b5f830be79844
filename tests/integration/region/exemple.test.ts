/** The worked example of paquet-region.md (N = 2025), figure by figure. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creerCoreTest, type CoreTest } from '../../support/core-test';
import { construireExemple, figures, valeur } from '../../support/region';

let t: CoreTest;
let f: Map<string, number>;

beforeAll(async () => {
  t = creerCoreTest();
  await construireExemple(t);
  f = figures(t, 2025);
});
afterAll(() => t.fermer());

describe('exemple de paquet-region.md (N = 2025)', () => {
  it('public : contact, accompagnés (avec leur date de référence), premiers accueils, événements', () => {
    expect(valeur(f, 'JEUNES_CONTACT')).toBe(2);
    expect(valeur(f, 'JEUNES_ACCOMPAGNES')).toBe(2);
    expect(valeur(f, 'JEUNES_ACCOMPAGNES', 'tous', 'tranche_age', '18_21')).toBe(1); // A, 19 ans le 15/01
    expect(valeur(f, 'JEUNES_ACCOMPAGNES', 'tous', 'tranche_age', 'MOINS_18')).toBe(1); // B, 16 ans le 05/03
    expect(valeur(f, 'JEUNES_ACCOMPAGNES', 'tous', 'niveau', 'NIV3')).toBe(1);
    expect(valeur(f, 'JEUNES_ACCOMPAGNES', 'tous', 'niveau', 'NON_RENSEIGNE')).toBe(1);
    expect(valeur(f, 'JEUNES_ACCOMPAGNES', 'tous', 'qpv', 'oui')).toBe(1);
    expect(valeur(f, 'PREMIERS_ACCUEILS')).toBe(1);
    expect(valeur(f, 'EVENEMENTS', 'tous', 'type', 'EI')).toBe(1);
    expect(valeur(f, 'EVENEMENTS', 'tous', 'type', 'AT')).toBe(1);
    expect(valeur(f, 'EVENEMENTS', 'tous', 'type', 'TEL')).toBe(2);
    for (const autre of ['IC', 'MED', 'ECRIT', 'ACC']) expect(valeur(f, 'EVENEMENTS', 'tous', 'type', autre)).toBe(0);
  });

  it('entrées : formation, emploi, emploi durable, alternance, solution', () => {
    expect(valeur(f, 'JEUNES_ENTRES_FORMATION')).toBe(1);
    expect(valeur(f, 'JEUNES_ENTRES_FORMATION', 'accompagnes')).toBe(0);
    expect(valeur(f, 'JEUNES_ENTRES_EMPLOI')).toBe(1);
    expect(valeur(f, 'JEUNES_ENTRES_EMPLOI', 'accompagnes')).toBe(0);
    expect(valeur(f, 'JEUNES_ENTRES_EMPLOI_DURABLE')).toBe(1);
    expect(valeur(f, 'JEUNES_ENTRES_ALTERNANCE')).toBe(1);
    expect(valeur(f, 'JEUNES_ENTRES_ALTERNANCE', 'tous', 'tranche_age', '22_25')).toBe(1);
    expect(valeur(f, 'JEUNES_ENTRES_ALTERNANCE', 'accompagnes')).toBe(1);
    expect(valeur(f, 'JEUNES_ENTRES_SOLUTION')).toBe(3);
    expect(valeur(f, 'JEUNES_ENTRES_SOLUTION', 'accompagnes')).toBe(1);
    expect(valeur(f, 'ENTREES_FORMATION', 'tous', 'financeur', 'REGION')).toBe(1);
    expect(valeur(f, 'PREMIERS_ACCUEILS_SOLUTION_6M')).toBe(0);
  });
});
