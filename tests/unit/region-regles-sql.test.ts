/** The SQL forms of the domain rules agree with the JS rules, on the boundaries the spec names. */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { GROUPES_NIVEAU, NIVEAUX_FORMATION, TRANCHES_AGE, groupeNiveau } from '../../electron/core/domain/codes';
import { ajouterJours, ajouterMois } from '../../electron/core/domain/dates';
import { trancheAge } from '../../electron/core/domain/jeune';
import { aRqthA, type ReperageDate } from '../../electron/core/domain/reperage';
import { finPrevueMinimaleDurable } from '../../electron/core/domain/situation';
import { creerJours, DELAI_SOLUTION_PREMIER_ACCUEIL_MOIS } from '../../electron/core/region/indicateurs/jours-sql';
import { parametresSql } from '../../electron/core/region/indicateurs/types';
import { CTE_RQTH, sqlRangGroupeNiveau, sqlRangTrancheAge } from '../../electron/core/region/regles-sql';

const db = new Database(':memory:');
afterAll(() => db.close());
const valeur = (sql: string, ...params: unknown[]) => db.prepare(`SELECT ${sql} AS v`).get(...params) as { v: unknown };

describe('bornes de dates de chaque jour de l’année (region_jours) = règles du domaine', () => {
  it.each([2024, 2025])('tous les jours de %i, 29 février et fins de mois compris', (annee) => {
    const p = parametresSql(annee, {
      fenetre_accompagnement_mois: 6,
      seuil_emploi_durable_mois: 6,
      delai_orientation_reperage_mois: 3,
    });
    db.exec('DROP TABLE IF EXISTS temp.region_jours');
    creerJours(db, p);
    const lignes = db.prepare('SELECT * FROM temp.region_jours ORDER BY jour').raw().all() as string[][];
    const attendu: string[][] = [];
    for (let jour = p.debut; jour <= p.fin; jour = ajouterJours(jour, 1)) {
      attendu.push([
        jour,
        ajouterMois(jour, -6),
        finPrevueMinimaleDurable(jour),
        ajouterMois(jour, DELAI_SOLUTION_PREMIER_ACCUEIL_MOIS),
        ajouterMois(jour, 3),
      ]);
    }
    expect(lignes).toEqual(attendu);
    expect(lignes).toHaveLength(annee === 2024 ? 366 : 365);
    // The spec's boundaries: 31/08 - 6 months, 31/08 + 6 months (durable: the day before).
    const jour = (j: string) => lignes.find((l) => l[0] === j)!;
    expect(jour(`${annee}-08-31`)[1]).toBe(annee === 2024 ? '2024-02-29' : '2025-02-28');
    expect(jour(`${annee}-08-31`)[2]).toBe(annee === 2024 ? '2025-02-27' : '2026-02-27');
  });
});

describe('tranche d’âge', () => {
  it('change le jour même des 18, 22 et 26 ans', () => {
    expect(trancheAge('2007-06-15', '2025-06-14')).toBe('MOINS_18');
    expect(trancheAge('2007-06-15', '2025-06-15')).toBe('18_21');
    expect(trancheAge('2003-06-15', '2025-06-15')).toBe('22_25');
    expect(trancheAge('1999-06-15', '2025-06-15')).toBe('26_PLUS');
    expect(trancheAge('2008-02-29', '2026-02-28')).toBe('MOINS_18');
    expect(trancheAge('2008-02-29', '2026-03-01')).toBe('18_21');
  });
});

it('rang du groupe de niveau en SQL = groupeNiveau, vide compris', () => {
  for (const n of [...NIVEAUX_FORMATION.codes, null]) {
    expect(GROUPES_NIVEAU.codes[valeur(sqlRangGroupeNiveau('?'), n).v as number]).toBe(groupeNiveau(n));
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
  db.function('tranche_js', { deterministic: true }, (n: unknown, r: unknown) =>
    TRANCHES_AGE.codes.indexOf(trancheAge(n as string, r as string)),
  );
  const ecarts = db
    .prepare(
      `WITH n(d) AS (${jours(2004)} UNION ALL ${jours(2001)}),
        r(d) AS (${jours(2019)} UNION ALL ${jours(2022)} UNION ALL ${jours(2026)} UNION ALL ${jours(2027)} UNION ALL ${jours(2030)})
      SELECT count(*) AS n FROM n, r
      WHERE ${sqlRangTrancheAge('n.d', 'r.d')} <> tranche_js(n.d, r.d)`,
    )
    .get() as { n: number };
  expect(ecarts.n).toBe(0);
});
