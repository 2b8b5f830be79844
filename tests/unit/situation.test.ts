import { describe, expect, it } from 'vitest';
import { CATEGORIES_SITUATION, SOUS_TYPES_PAR_CATEGORIE, SOUS_TYPES_SITUATION } from '../../electron/core/domain/codes';
import { formaterMontant, lireMontant } from '../../electron/core/domain/montant';
import {
  erreursSituation,
  estEmploiDurable,
  situationCourante,
  type FaitsSituation,
} from '../../electron/core/domain/situation';
import { erreursFrein, sechevauchent } from '../../electron/core/domain/suivi';

const emp = (sousType: string, dateDebut: string, dateFinPrevue: string | null) =>
  ({ categorie: 'EMP', sousType, dateDebut, dateFinPrevue }) as const;

describe('emploi durable (6 mois prévus, ou CDI / fonction publique / création)', () => {
  it.each([
    // date de début, fin prévue, durable ?
    ['2025-10-01', '2026-03-31', true], // exemple du paquet Région : 31/03 + 1 jour = 01/04 = début + 6 mois
    ['2025-10-01', '2026-03-30', false], // un jour de moins
    ['2025-08-31', '2026-02-27', true], // 31/08 + 6 mois = 28/02 (fin de mois ramenée) ; 27/02 + 1 = 28/02
    ['2025-08-31', '2026-02-26', false],
    ['2023-08-31', '2024-02-28', true], // année bissextile : 31/08/2023 + 6 mois = 29/02/2024
    ['2023-08-31', '2024-02-27', false],
    ['2024-02-29', '2024-08-28', true], // 29/02 + 6 mois = 29/08
    ['2024-02-29', '2024-08-27', false],
    ['2025-03-31', '2025-09-29', true], // 31/03 + 6 mois = 30/09
    ['2025-03-31', '2025-09-28', false],
    ['2025-01-15', '2027-01-14', true],
    ['2025-01-15', null, false], // CDD sans fin prévue : ne peut pas être jugé durable
  ])('CDD du %s au %s → %s', (debut, fin, durable) => expect(estEmploiDurable(emp('CDD', debut, fin))).toBe(durable));

  it.each(['CDI', 'FONCTION_PUBLIQUE', 'CREATION_ENTREPRISE'])('%s est durable sans fin prévue', (sousType) =>
    expect(estEmploiDurable(emp(sousType, '2025-01-15', null))).toBe(true),
  );

  it('seul l’emploi peut être durable (pas une alternance de 2 ans)', () => {
    expect(
      estEmploiDurable({
        categorie: 'ALT',
        sousType: 'APPRENTISSAGE',
        dateDebut: '2025-01-01',
        dateFinPrevue: '2027-01-01',
      }),
    ).toBe(false);
  });
});

describe('situation courante (règle i-milo)', () => {
  const s = (
    id: string,
    categorie: FaitsSituation['categorie'],
    dateDebut: string,
    dateFin: string | null = null,
    dateFinPrevue: string | null = null,
  ) => ({ id, categorie, dateDebut, dateFin, dateFinPrevue });

  it('prend la situation en cours de plus haute priorité', () => {
    const situations = [
      s('de', 'DE', '2025-01-01'),
      s('for', 'FOR', '2025-03-01'),
      s('emp', 'EMP', '2025-02-01', '2025-02-28'),
    ];
    expect(situationCourante(situations, '2025-02-15')?.id).toBe('emp');
    expect(situationCourante(situations, '2025-03-01')?.id).toBe('for');
    expect(situationCourante(situations, '2025-02-28')?.id).toBe('emp'); // le jour de fin compte encore
    expect(situationCourante(situations, '2024-12-31')).toBeNull(); // rien n'a commencé
  });

  it('suit l’ordre EMP, ALT, FOR, IMM, PMSMP, VOL, SCO, DE', () => {
    const ordre = ['DE', 'SCO', 'VOL', 'PMSMP', 'IMM', 'FOR', 'ALT', 'EMP'] as const;
    const situations = ordre.map((c) => s(c, c, '2025-01-01'));
    for (let i = 0; i < ordre.length; i++) {
      expect(situationCourante(situations.slice(0, i + 1), '2025-06-01')?.id).toBe(ordre[i]);
    }
  });

  it('sans fin réelle, la fin prévue borne la situation ; la fin réelle l’emporte sur la prévue', () => {
    const cdd = s('cdd', 'EMP', '2025-10-01', null, '2026-03-31');
    const de = s('de', 'DE', '2025-01-01');
    expect(situationCourante([cdd, de], '2026-03-31')?.id).toBe('cdd');
    expect(situationCourante([cdd, de], '2026-04-01')?.id).toBe('de');
    const prolonge = s('cdd', 'EMP', '2025-10-01', '2026-05-31', '2026-03-31');
    expect(situationCourante([prolonge, de], '2026-05-31')?.id).toBe('cdd');
    const rompu = s('cdd', 'EMP', '2025-10-01', '2025-12-15', '2026-03-31');
    expect(situationCourante([rompu, de], '2025-12-16')?.id).toBe('de');
  });

  it('à priorité égale, la plus récemment commencée', () => {
    expect(situationCourante([s('a', 'EMP', '2025-01-01'), s('b', 'EMP', '2025-03-01')], '2025-06-01')?.id).toBe('b');
  });
});

describe('cohérence d’une situation', () => {
  const base = { sousType: null, dateDebut: '2025-01-10', dateFinPrevue: null, dateFin: null, financeur: null };

  it('accepte chaque sous-type dans sa catégorie et le refuse ailleurs', () => {
    for (const categorie of CATEGORIES_SITUATION.codes) {
      for (const sousType of SOUS_TYPES_SITUATION.codes) {
        const financeur = categorie === 'FOR' ? 'REGION' : null;
        const valide = SOUS_TYPES_PAR_CATEGORIE[categorie].includes(sousType);
        const erreurs = erreursSituation({ ...base, categorie, sousType, financeur });
        expect(
          erreurs.some((e) => e.champ === 'sousType'),
          `${categorie}/${sousType}`,
        ).toBe(!valide);
      }
    }
  });

  it('exige un sous-type là où la catégorie en a, et aucun ailleurs', () => {
    expect(erreursSituation({ ...base, categorie: 'EMP' })).toEqual([
      { champ: 'sousType', message: 'obligatoire pour « Emploi ».' },
    ]);
    expect(erreursSituation({ ...base, categorie: 'IMM' })).toEqual([]);
  });

  it('exige un financeur pour une formation, et seulement là', () => {
    expect(erreursSituation({ ...base, categorie: 'FOR', sousType: 'E2C' })).toEqual([
      { champ: 'financeur', message: 'obligatoire pour une formation.' },
    ]);
    expect(erreursSituation({ ...base, categorie: 'DE', financeur: 'REGION' })[0]?.champ).toBe('financeur');
  });

  it('refuse une fin prévue ou réelle avant le début (le jour même est accepté)', () => {
    const erreurs = erreursSituation({ ...base, categorie: 'DE', dateFinPrevue: '2025-01-09', dateFin: '2025-01-10' });
    expect(erreurs).toEqual([{ champ: 'dateFinPrevue', message: 'antérieure à la date de début.' }]);
  });
});

describe('montants', () => {
  it.each([
    ['1000', 100000],
    ['1000,00', 100000],
    ['1000.5', 100050],
    ['0', 0],
    ['0,07', 7],
  ])('%s → %i centimes', (texte, centimes) => expect(lireMontant(texte)).toBe(centimes));
  it.each(['-10', '10,123', '1 000', '1.000,00', '', 'dix', '+5', '5,'])('refuse %j', (texte) =>
    expect(lireMontant(texte)).toBeNull(),
  );
  it('écrit les euros à la française', () => {
    expect(formaterMontant(100000).replace(/\s/g, ' ')).toBe('1 000,00 €');
  });
});

describe('freins et périodes', () => {
  it('date de statut obligatoire pour un frein levé ou non levé, jamais avant l’identification', () => {
    expect(erreursFrein({ statut: 'LEVE', dateIdentification: '2025-01-10', dateStatut: null })[0]?.champ).toBe(
      'dateStatut',
    );
    expect(erreursFrein({ statut: 'NON_LEVE', dateIdentification: '2025-01-10', dateStatut: null })).toHaveLength(1);
    expect(erreursFrein({ statut: 'EN_COURS', dateIdentification: '2025-01-10', dateStatut: null })).toEqual([]);
    expect(
      erreursFrein({ statut: 'LEVE', dateIdentification: '2025-01-10', dateStatut: '2025-01-09' })[0]?.message,
    ).toMatch(/antérieure/);
    expect(erreursFrein({ statut: 'LEVE', dateIdentification: '2025-01-10', dateStatut: '2025-01-10' })).toEqual([]);
  });

  it('deux périodes se chevauchent dès un jour commun ; une période ouverte court toujours', () => {
    expect(sechevauchent({ debut: '2025-01-01', fin: '2025-03-31' }, { debut: '2025-03-31', fin: null })).toBe(true);
    expect(sechevauchent({ debut: '2025-01-01', fin: '2025-03-31' }, { debut: '2025-04-01', fin: null })).toBe(false);
    expect(sechevauchent({ debut: '2025-01-01', fin: null }, { debut: '2024-01-01', fin: '2024-12-31' })).toBe(false);
    expect(sechevauchent({ debut: '2025-01-01', fin: null }, { debut: '2030-01-01', fin: null })).toBe(true);
  });
});
