/** The SQL forms of the domain rules agree with the JS rules, on the boundaries the spec names. */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { NIVEAUX_FORMATION, TRANCHES_AGE, groupeNiveau } from '../../electron/core/domain/codes';
import { ajouterMois } from '../../electron/core/domain/dates';
import { trancheAge } from '../../electron/core/domain/jeune';
import { aRqthA, type ReperageDate } from '../../electron/core/domain/reperage';
import { estEmploiDurable } from '../../electron/core/domain/situation';
import {
  CTE_RQTH,
  enregistrerReglesSql,
  sqlGroupeNiveau,
  sqlRangTrancheAge,
} from '../../electron/core/region/regles-sql';

const db = new Database(':memory:');
enregistrerReglesSql(db);
afterAll(() => db.close());
const valeur = (sql: string, ...params: unknown[]) => db.prepare(`SELECT ${sql} AS v`).get(...params) as { v: unknown };

describe('add_months en SQL = ajouterMois', () => {
  it.each([
    ['2025-08-31', 6],
    ['2023-08-31', 6],
    ['2025-07-20', -6],
    ['2025-01-10', -6],
    ['2024-02-29', 12],
    ['2024-02-29', -12],
    ['2025-12-31', 2],
    ['2026-01-01', -1],
    ['2025-03-31', -1],
  ])('%s %+d mois', (date, mois) => {
    expect(valeur('tremplin_ajouter_mois(?, ?)', date, mois).v).toBe(ajouterMois(date, mois));
  });
});

describe('tranche d’âge en SQL = trancheAge', () => {
  it.each([
    ['2007-06-15', '2025-06-14'], // 18 ans le lendemain
    ['2007-06-15', '2025-06-15'], // 18 ans ce jour
    ['2003-06-15', '2025-06-14'],
    ['2003-06-15', '2025-06-15'], // 22 ans
    ['1999-06-15', '2025-06-14'],
    ['1999-06-15', '2025-06-15'], // 26 ans
    ['2008-02-29', '2026-02-28'], // né un 29 février : anniversaire le 1er mars
    ['2008-02-29', '2026-03-01'],
    ['2004-02-29', '2022-02-28'],
    ['2004-02-29', '2022-03-01'],
  ])('né le %s, au %s', (naissance, date) => {
    expect(valeur('tremplin_tranche_age(?, ?)', naissance, date).v).toBe(trancheAge(naissance, date));
  });

  it('change le jour même des 18, 22 et 26 ans', () => {
    expect(trancheAge('2007-06-15', '2025-06-14')).toBe('MOINS_18');
    expect(trancheAge('2007-06-15', '2025-06-15')).toBe('18_21');
    expect(trancheAge('2003-06-15', '2025-06-15')).toBe('22_25');
    expect(trancheAge('1999-06-15', '2025-06-15')).toBe('26_PLUS');
    expect(trancheAge('2008-02-29', '2026-02-28')).toBe('MOINS_18');
    expect(trancheAge('2008-02-29', '2026-03-01')).toBe('18_21');
  });
});

describe('emploi durable en SQL = estEmploiDurable', () => {
  it.each([
    ['CDD', '2025-10-01', '2026-03-31'],
    ['CDD', '2025-10-01', '2026-03-30'],
    ['INTERIM', '2025-08-31', '2026-02-27'],
    ['INTERIM', '2025-08-31', '2026-02-26'],
    ['CDD', '2023-08-31', '2024-02-28'],
    ['CDD', '2023-08-31', '2024-02-27'],
    ['CDD', '2025-01-15', null],
    ['CDI', '2025-01-15', null],
    ['FONCTION_PUBLIQUE', '2025-01-15', '2025-02-01'],
    ['CREATION_ENTREPRISE', '2025-01-15', null],
  ])('%s du %s au %s', (sousType, dateDebut, dateFinPrevue) => {
    const attendu = estEmploiDurable({ categorie: 'EMP', sousType, dateDebut, dateFinPrevue }) ? 1 : 0;
    expect(valeur("tremplin_emploi_durable('EMP', ?, ?, ?)", sousType, dateDebut, dateFinPrevue).v).toBe(attendu);
  });

  it('une autre catégorie n’est jamais un emploi durable', () => {
    expect(valeur("tremplin_emploi_durable('FOR', 'CPF', '2025-01-01', '2026-01-01')").v).toBe(0);
  });
});

it('groupe de niveau en SQL = groupeNiveau, vide compris', () => {
  for (const n of [...NIVEAUX_FORMATION.codes, null]) {
    expect(valeur(sqlGroupeNiveau('?'), n).v).toBe(groupeNiveau(n));
  }
});

it('RQTH à une date en SQL = aRqthA (acquise pour de bon, le jour même compris)', () => {
  db.exec('CREATE TABLE reperages (jeune_id TEXT, domaine TEXT, date TEXT, resultat TEXT)');
  const reperages: (ReperageDate & { jeune: string })[] = [
    { jeune: 'a', domaine: 'HANDICAP', date: '2025-03-10', resultat: 'SUSPICION' },
    { jeune: 'a', domaine: 'HANDICAP', date: '2025-05-02', resultat: 'RQTH_EN_COURS' },
    { jeune: 'a', domaine: 'HANDICAP', date: '2025-09-01', resultat: 'NON_CONCERNE' },
    { jeune: 'b', domaine: 'HANDICAP', date: '2025-01-01', resultat: 'AUTRE_RECONNAISSANCE' },
    { jeune: 'c', domaine: 'ILLETTRISME', date: '2025-01-01', resultat: 'ILLETTRISME' },
    { jeune: 'd', domaine: 'HANDICAP', date: '2024-12-31', resultat: 'RQTH_VALIDE' },
  ];
  const ins = db.prepare('INSERT INTO reperages VALUES (?, ?, ?, ?)');
  for (const r of reperages) ins.run(r.jeune, r.domaine, r.date, r.resultat);
  const requete = db.prepare(
    `WITH ${CTE_RQTH} SELECT coalesce((SELECT depuis <= ? FROM rqth WHERE jeune_id = ?), 0) AS v`,
  );
  for (const jeune of ['a', 'b', 'c', 'd']) {
    for (const date of ['2024-12-30', '2024-12-31', '2025-01-01', '2025-05-01', '2025-05-02', '2025-12-31']) {
      const siens = reperages.filter((r) => r.jeune === jeune);
      expect(Boolean((requete.get(date, jeune) as { v: number }).v), `${jeune} au ${date}`).toBe(aRqthA(siens, date));
    }
  }
});

it('rang de tranche d’âge en SQL pur = trancheAge, jour par jour (29 février compris)', () => {
  // Births: every day of a leap year and of a common year; reference dates: every day of the years
  // where those youths cross 18, 22 and 26 years, leap years included.
  const jours = (annee: number) =>
    `SELECT d FROM (WITH RECURSIVE j(d) AS (SELECT '${annee}-01-01' UNION ALL SELECT date(d, '+1 day') FROM j
      WHERE d < '${annee}-12-31') SELECT d FROM j)`;
  const ecarts = db
    .prepare(
      `WITH n(d) AS (${jours(2004)} UNION ALL ${jours(2001)}),
        r(d) AS (${jours(2019)} UNION ALL ${jours(2022)} UNION ALL ${jours(2026)} UNION ALL ${jours(2027)} UNION ALL ${jours(2030)})
      SELECT count(*) AS n FROM n, r
      WHERE ${sqlRangTrancheAge('n.d', 'r.d')} <> CASE tremplin_tranche_age(n.d, r.d)
        ${TRANCHES_AGE.codes.map((c, k) => `WHEN '${c}' THEN ${k}`).join(' ')} END`,
    )
    .get() as { n: number };
  expect(ecarts.n).toBe(0);
});
