/**
 * Each indicator at the boundaries paquet-region.md names: the accompaniment window, the year's ends,
 * 31/08 + 6 months and leap years, birthdays on the reference date, RQTH on that date, barriers
 * lifted on 31/12 or 01/01, the orientation delay after a screening.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { creerCoreTest, type CoreTest } from '../../support/core-test';
import { STRUCTURE_TEST } from '../../support/fabriques';
import { figures, jeune, lier, proposition, reperage, situation, valeur } from '../../support/region';

let t: CoreTest;
beforeEach(async () => {
  t = creerCoreTest();
  await t.reussir('structure:initialiser', STRUCTURE_TEST);
});
afterEach(() => t.fermer());

const emploi = (dateDebut: string, dateFinPrevue = '2026-06-30') =>
  ({ categorie: 'EMP', sousType: 'CDD', dateDebut, dateFinPrevue }) as const;

describe('accompagné à ce titre : fenêtre [add_months(début, -6), début]', () => {
  it.each([
    ['2025-07-20', '2025-01-20', 1], // exactement add_months(début, -6)
    ['2025-07-20', '2025-01-19', 0], // un jour avant
    ['2025-07-20', '2025-07-20', 1], // le jour même de l'entrée
    ['2025-07-20', '2025-07-21', 0], // après l'entrée
    ['2025-08-31', '2025-02-28', 1], // 31/08 - 6 mois = 28/02
    ['2025-08-31', '2025-02-27', 0],
    ['2024-08-31', '2024-02-29', 1], // année bissextile : 29/02
    ['2024-08-31', '2024-02-28', 0],
  ])('entrée le %s, entretien le %s → %i accompagné', async (debut, dateEntretien, attendu) => {
    const j = await jeune(t, {}, [[dateEntretien, 'EI']]);
    await situation(t, j, emploi(debut));
    const f = figures(t, Number(debut.slice(0, 4)));
    expect(valeur(f, 'JEUNES_ENTRES_EMPLOI')).toBe(1);
    expect(valeur(f, 'JEUNES_ENTRES_EMPLOI', 'accompagnes')).toBe(attendu);
  });

  it('un contact qui n’est pas un accompagnement (téléphone, courrier, accueil) ne suffit pas', async () => {
    const j = await jeune(t, {}, [
      ['2025-06-01', 'TEL'],
      ['2025-06-02', 'ECRIT'],
      ['2025-06-03', 'ACC'],
    ]);
    await situation(t, j, emploi('2025-07-01'));
    expect(valeur(figures(t, 2025), 'JEUNES_ENTRES_EMPLOI', 'accompagnes')).toBe(0);
  });

  it.each([
    ['2025-07-01', 1], // proposition datée avant l'entrée, quel que soit son état
    ['2025-07-20', 1], // le jour même
    ['2025-07-21', 0], // après l'entrée : la Mission Locale ne l'a pas prescrite
  ])('entrée liée à une proposition du %s → %i', async (dateProposition, attendu) => {
    const j = await jeune(t);
    const p = await proposition(t, j, { date: dateProposition, type: 'EMPLOI', etat: 'ABANDONNEE' });
    lier(t, await situation(t, j, emploi('2025-07-20')), p);
    expect(valeur(figures(t, 2025), 'JEUNES_ENTRES_EMPLOI', 'accompagnes')).toBe(attendu);
    expect(valeur(figures(t, 2025), 'JEUNES_ENTRES_EMPLOI')).toBe(1);
  });
});

describe('bornes de l’année', () => {
  it('31/12/N-1 et 01/01/N+1 sont hors de N ; 01/01/N et 31/12/N dedans', async () => {
    const a = await jeune(t, { datePremierAccueil: '2024-12-31' }, [['2024-12-31', 'EI']]);
    await situation(t, a, { categorie: 'FOR', sousType: 'CPF', financeur: 'OPCO', dateDebut: '2024-12-31' });
    const b = await jeune(t, { datePremierAccueil: '2025-01-01' }, [['2025-01-01', 'EI']]);
    await situation(t, b, { categorie: 'FOR', sousType: 'CPF', financeur: 'OPCO', dateDebut: '2025-01-01' });
    const c = await jeune(t, { datePremierAccueil: '2025-12-31' }, [['2025-12-31', 'IC']]);
    await situation(t, c, { categorie: 'FOR', sousType: 'E2C', financeur: 'REGION', dateDebut: '2025-12-31' });
    const d = await jeune(t, { datePremierAccueil: '2026-01-01' }, [['2026-01-01', 'MED']]);
    await situation(t, d, { categorie: 'FOR', sousType: 'CPF', financeur: 'OPCO', dateDebut: '2026-01-01' });
    const f = figures(t, 2025);
    for (const code of ['JEUNES_CONTACT', 'JEUNES_ACCOMPAGNES', 'PREMIERS_ACCUEILS', 'JEUNES_ENTRES_FORMATION']) {
      expect(valeur(f, code), code).toBe(2);
    }
    expect(valeur(f, 'ENTREES_FORMATION', 'tous', 'financeur', 'OPCO')).toBe(1);
    expect(valeur(f, 'ENTREES_FORMATION', 'tous', 'sous_type', 'E2C')).toBe(1);
    expect(valeur(f, 'EVENEMENTS')).toBe(2);
  });
});

describe('emploi durable, jugé sur la fin prévue', () => {
  it.each([
    ['2025-08-31', '2026-02-27', 1], // 31/08 + 6 mois = 28/02 ; 27/02 + 1 jour = 28/02
    ['2025-08-31', '2026-02-26', 0],
    ['2023-08-31', '2024-02-28', 1], // bissextile : 31/08/2023 + 6 mois = 29/02/2024
    ['2023-08-31', '2024-02-27', 0],
  ])('CDD du %s au %s → %i', async (debut, fin, attendu) => {
    const j = await jeune(t);
    const s = await situation(t, j, emploi(debut, fin));
    // A real end before the planned one does not change the judgement.
    t.core.base.$client.prepare('UPDATE situations SET date_fin = date_debut WHERE id = ?').run(s);
    const f = figures(t, Number(debut.slice(0, 4)));
    expect(valeur(f, 'JEUNES_ENTRES_EMPLOI_DURABLE')).toBe(attendu);
    expect(valeur(f, 'JEUNES_ENTRES_EMPLOI')).toBe(1);
  });
});

describe('âge et RQTH à la date de référence', () => {
  it.each([
    ['2007-03-05', '18_21'], // 18 ans le jour du premier accompagnement
    ['2007-03-06', 'MOINS_18'], // 18 ans le lendemain
    ['2003-03-05', '22_25'],
    ['2003-03-06', '18_21'],
    ['1999-03-05', '26_PLUS'],
    ['1999-03-06', '22_25'],
  ])('né le %s, accompagné le 05/03/2025 → %s', async (naissance, tranche) => {
    await jeune(t, { dateNaissance: naissance, datePremierAccueil: '2024-01-10' }, [
      ['2025-02-01', 'TEL'],
      ['2025-03-05', 'AT'],
      ['2025-09-01', 'EI'],
    ]);
    expect(valeur(figures(t, 2025), 'JEUNES_ACCOMPAGNES', 'tous', 'tranche_age', tranche)).toBe(1);
  });

  it('né un 29 février : 18 ans le 1er mars d’une année commune', async () => {
    await jeune(t, { dateNaissance: '2007-02-28', datePremierAccueil: '2024-01-10' }, [['2025-02-28', 'EI']]);
    await jeune(t, { dateNaissance: '2004-02-29', datePremierAccueil: '2020-01-10' }, [['2022-02-28', 'EI']]);
    await jeune(t, { dateNaissance: '2004-02-29', datePremierAccueil: '2020-01-10' }, [['2022-03-01', 'EI']]);
    expect(valeur(figures(t, 2025), 'JEUNES_ACCOMPAGNES', 'tous', 'tranche_age', '18_21')).toBe(1);
    const f2022 = figures(t, 2022);
    expect(valeur(f2022, 'JEUNES_ACCOMPAGNES', 'tous', 'tranche_age', 'MOINS_18')).toBe(1);
    expect(valeur(f2022, 'JEUNES_ACCOMPAGNES', 'tous', 'tranche_age', '18_21')).toBe(1);
  });

  it('chaque variante a sa date de référence : moins de 18 ans pour « tous », 18 ans pour « accompagnés »', async () => {
    const j = await jeune(t, { dateNaissance: '2007-06-15', datePremierAccueil: '2024-01-10' }, [['2025-06-20', 'EI']]);
    await situation(t, j, { categorie: 'FOR', sousType: 'CPF', financeur: 'OPCO', dateDebut: '2025-03-01' });
    await situation(t, j, { categorie: 'FOR', sousType: 'E2C', financeur: 'REGION', dateDebut: '2025-07-01' });
    const f = figures(t, 2025);
    expect(valeur(f, 'JEUNES_ENTRES_FORMATION', 'tous', 'tranche_age', 'MOINS_18')).toBe(1);
    expect(valeur(f, 'JEUNES_ENTRES_FORMATION', 'accompagnes', 'tranche_age', '18_21')).toBe(1);
  });

  it.each([
    ['2025-03-05', 'oui'], // RQTH enregistrée le jour de référence
    ['2025-03-06', 'non'], // le lendemain
  ])('RQTH du %s, accompagné le 05/03/2025 → %s', async (dateRqth, attendu) => {
    const j = await jeune(t, {}, [['2025-03-05', 'AT']]);
    reperage(t, j, { domaine: 'HANDICAP', date: dateRqth, methode: 'NOTIFICATION_MDPH', resultat: 'RQTH_VALIDE' });
    // A later "not concerned" does not remove a recorded RQTH.
    reperage(t, j, { domaine: 'HANDICAP', date: '2025-03-05', methode: 'OBSERVATION', resultat: 'NON_CONCERNE' });
    expect(valeur(figures(t, 2025), 'JEUNES_ACCOMPAGNES', 'tous', 'rqth', attendu)).toBe(1);
  });
});

describe('premiers accueils entrés en solution dans les 6 mois', () => {
  it.each([
    ['2026-02-28', 1], // 31/08/2025 + 6 mois = 28/02/2026 : la fenêtre déborde sur N+1
    ['2026-03-01', 0],
    ['2025-08-31', 1], // le jour du premier accueil
    ['2025-08-30', 0], // avant le premier accueil : ne compte pas
  ])('accueil le 31/08/2025, alternance le %s → %i', async (debut, attendu) => {
    const j = await jeune(t, { datePremierAccueil: '2025-08-31' });
    await situation(t, j, { categorie: 'ALT', sousType: 'APPRENTISSAGE', dateDebut: debut });
    expect(valeur(figures(t, 2025), 'PREMIERS_ACCUEILS_SOLUTION_6M')).toBe(attendu);
  });
});

describe('repérages', () => {
  it.each([
    ['2025-06-30', 'TRANSMISE', 1], // 31/03 + 3 mois = 30/06
    ['2025-07-01', 'TRANSMISE', 0],
    ['2025-03-31', 'REALISEE', 1],
    ['2025-04-15', 'ACCEPTEE_JEUNE', 0], // pas une orientation effective
  ])('positif le 31/03/2025, orientation du %s (%s) → %i orienté', async (dateOrientation, etat, attendu) => {
    const j = await jeune(t);
    const p = await proposition(t, j, { date: dateOrientation, type: 'SAVOIRS_BASE', etat });
    reperage(t, j, {
      domaine: 'ILLETTRISME',
      date: '2025-03-31',
      methode: 'GRILLE_REPERAGE',
      resultat: 'ILLETTRISME',
      propositionId: p,
    });
    reperage(t, j, { domaine: 'ILLECTRONISME', date: '2025-04-01', methode: 'PIX', resultat: 'AUTONOME' });
    const f = figures(t, 2025);
    expect(valeur(f, 'JEUNES_REPERES_ILLETTRISME')).toBe(1);
    expect(valeur(f, 'JEUNES_REPERES_POSITIFS_ILLETTRISME')).toBe(1);
    expect(valeur(f, 'JEUNES_REPERES_ORIENTES_ILLETTRISME')).toBe(attendu);
    expect(valeur(f, 'JEUNES_REPERES_ILLECTRONISME')).toBe(1);
    expect(valeur(f, 'JEUNES_REPERES_POSITIFS_ILLECTRONISME')).toBe(0);
    expect(valeur(f, 'JEUNES_REPERES_HANDICAP')).toBe(0);
  });
});

describe('freins', () => {
  it('levé le 31/12/N compte, le 01/01/N+1 non ; un jeune compte sous chacun de ses thèmes', async () => {
    const a = await jeune(t);
    const frein = (jeuneId: string, theme: string, dateIdentification: string, statut: string, dateStatut = '') =>
      t.reussir('freins:creer', { jeuneId, saisie: { theme, dateIdentification, statut, dateStatut } as never });
    await frein(a, 'MOBILITE', '2025-05-01', 'LEVE', '2025-12-31');
    await frein(a, 'LOGEMENT', '2025-05-01', 'EN_COURS');
    const b = await jeune(t);
    await frein(b, 'MOBILITE', '2025-05-01', 'LEVE', '2026-01-01');
    const c = await jeune(t);
    await frein(c, 'SANTE', '2024-12-31', 'LEVE', '2025-02-01'); // identifié en N-1
    const f = figures(t, 2025);
    expect(valeur(f, 'JEUNES_FREINS_IDENTIFIES')).toBe(2);
    expect(valeur(f, 'JEUNES_FREINS_IDENTIFIES', 'tous', 'theme', 'MOBILITE')).toBe(2);
    expect(valeur(f, 'JEUNES_FREINS_IDENTIFIES', 'tous', 'theme', 'LOGEMENT')).toBe(1);
    expect(valeur(f, 'JEUNES_FREINS_IDENTIFIES', 'tous', 'theme', 'SANTE')).toBe(0);
    expect(valeur(f, 'JEUNES_FREINS_LEVES')).toBe(1);
    expect(valeur(f, 'JEUNES_FREINS_LEVES', 'tous', 'theme', 'MOBILITE')).toBe(1);
  });
});

describe('aides, dispositifs, propositions, entreprises', () => {
  it('montants à 2 décimales, comptes par type et par état, entreprises distinctes', async () => {
    const j = await jeune(t);
    await t.reussir('aides:creer', {
      jeuneId: j,
      saisie: { type: 'FAJ', montant: '150,5', dateDecision: '2025-04-01' },
    });
    await t.reussir('aides:creer', {
      jeuneId: j,
      saisie: { type: 'FAJ', montant: '49,55', dateDecision: '2025-12-31' },
    });
    await t.reussir('aides:creer', {
      jeuneId: j,
      saisie: { type: 'AUTRE', montant: '10', dateDecision: '2026-01-01' },
    });
    await t.reussir('dispositifs:creer', {
      jeuneId: j,
      saisie: { type: 'CEJ', dateEntree: '2025-02-01', dateSortie: '' } as never,
    });
    const entreprise = await t.reussir('partenaires:creer', {
      saisie: { type: 'ENTREPRISE', raisonSociale: 'Boulangerie Dupain' } as never,
    });
    const cfa = await t.reussir('partenaires:creer', {
      saisie: { type: 'CFA', raisonSociale: 'CFA du Bâtiment' } as never,
    });
    await proposition(t, j, {
      date: '2025-03-01',
      type: 'EMPLOI',
      partenaireId: entreprise.id,
      etat: 'REFUSEE_PARTENAIRE',
    });
    await proposition(t, j, { date: '2025-04-01', type: 'ALTERNANCE', partenaireId: cfa.id });
    const s = await situation(t, j, emploi('2025-05-01'));
    t.core.base.$client.prepare('UPDATE situations SET partenaire_id = ? WHERE id = ?').run(entreprise.id, s);
    const f = figures(t, 2025);
    expect(valeur(f, 'AIDES_NOMBRE')).toBe(2);
    expect(valeur(f, 'AIDES_MONTANT', 'tous', 'type', 'FAJ')).toBe(20005);
    expect(valeur(f, 'ENTREES_DISPOSITIF', 'tous', 'type', 'CEJ')).toBe(1);
    expect(valeur(f, 'PROPOSITIONS')).toBe(2);
    expect(valeur(f, 'PROPOSITIONS', 'tous', 'etat', 'REFUSEE_PARTENAIRE')).toBe(1);
    expect(valeur(f, 'PROPOSITIONS', 'tous', 'type', 'ALTERNANCE')).toBe(1);
    expect(valeur(f, 'ENTREPRISES_MOBILISEES')).toBe(1); // the company once, the CFA not at all
  });
});
