/**
 * `activites_annuelles` (db/schema/suivi.ts): each youth's first event and first accompaniment
 * event of each year, kept by the triggers of `evenements` (migration 0008). The Region's « jeunes en
 * contact » and « jeunes accompagnés » read it: it must equal the events at all times.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ouvrirBase } from '../../db/client';
import { ecrireEnMasse } from '../../db/repositories/activites';
import { ecartsActivitesAnnuelles } from '../../db/repositories/verification';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { creerStructureDemo } from '../../electron/core/demo/demo';
import { EVENEMENTS_ACCOMPAGNEMENT, TYPES_EVENEMENT } from '../../electron/core/domain/codes';
import { semer } from '../../electron/core/seed/seed';
import { verifierBase } from '../../electron/core/services/verification';
import { ACCES_TEST } from '../support/cle-test';
import { creerCoreTest, dossierTemporaire, type CoreTest } from '../support/core-test';
import { buildJeune, STRUCTURE_TEST } from '../support/fabriques';
import { migrationsJusqua } from '../support/migrations';

let aFermer: CoreTest[] = [];
afterEach(() => {
  aFermer.forEach((t) => t.fermer());
  aFermer = [];
});

async function avecJeune() {
  const t = creerCoreTest();
  aFermer.push(t);
  await t.reussir('structure:initialiser', STRUCTURE_TEST);
  const jeune = await t.reussir('jeunes:creer', { saisie: buildJeune() });
  const activites = () =>
    t.core.base.$client
      .prepare(
        'SELECT annee, premier_evenement AS premier, premier_accompagnement AS accompagnement FROM activites_annuelles WHERE jeune_id = ? ORDER BY annee',
      )
      .all(jeune.id);
  const creer = (date: string, type: string) =>
    t.reussir('evenements:creer', { jeuneId: jeune.id, saisie: { date, type } as never });
  return { t, jeune, activites, creer };
}

describe('activites_annuelles, tenue par les déclencheurs des événements', () => {
  it('un événement plus ancien de la même année avance les dates, un plus récent ne change rien', async () => {
    const { activites, creer } = await avecJeune();
    await creer('2025-03-10', 'TEL');
    expect(activites()).toEqual([{ annee: 2025, premier: '2025-03-10', accompagnement: null }]);
    await creer('2025-05-02', 'EI');
    expect(activites()).toEqual([{ annee: 2025, premier: '2025-03-10', accompagnement: '2025-05-02' }]);
    await creer('2025-01-01', 'ACC');
    await creer('2025-12-31', 'IC');
    await creer('2025-04-30', 'MED');
    expect(activites()).toEqual([{ annee: 2025, premier: '2025-01-01', accompagnement: '2025-04-30' }]);
    // 31/12 and 01/01 belong to two years.
    await creer('2024-12-31', 'AT');
    await creer('2026-01-01', 'ECRIT');
    expect(activites()).toEqual([
      { annee: 2024, premier: '2024-12-31', accompagnement: '2024-12-31' },
      { annee: 2025, premier: '2025-01-01', accompagnement: '2025-04-30' },
      { annee: 2026, premier: '2026-01-01', accompagnement: null },
    ]);
  });

  it('modifier ou supprimer un événement recalcule son année, l’ancienne comme la nouvelle', async () => {
    const { t, activites, creer } = await avecJeune();
    const ei = await creer('2025-02-01', 'EI');
    await creer('2025-06-01', 'TEL');
    const at = await creer('2025-09-01', 'AT');
    const modifier = (id: string, date: string, type: string) =>
      t.reussir('evenements:modifier', { id, saisie: { date, type } as never });

    await modifier(ei.id, '2025-02-01', 'TEL'); // no longer an accompaniment
    expect(activites()).toEqual([{ annee: 2025, premier: '2025-02-01', accompagnement: '2025-09-01' }]);
    await modifier(ei.id, '2024-11-20', 'TEL'); // moved to another year
    expect(activites()).toEqual([
      { annee: 2024, premier: '2024-11-20', accompagnement: null },
      { annee: 2025, premier: '2025-06-01', accompagnement: '2025-09-01' },
    ]);
    await t.reussir('evenements:supprimer', { id: at.id });
    expect(activites()).toEqual([
      { annee: 2024, premier: '2024-11-20', accompagnement: null },
      { annee: 2025, premier: '2025-06-01', accompagnement: null },
    ]);
    await t.reussir('evenements:supprimer', { id: ei.id }); // the last one of 2024
    expect(activites()).toEqual([{ annee: 2025, premier: '2025-06-01', accompagnement: null }]);

    // Saved again with the same youth, date and type (a comment edited): the row is not rewritten.
    const c = t.core.base.$client;
    const ligne = () => c.prepare('SELECT rowid FROM activites_annuelles').pluck().all();
    const avant = ligne();
    c.prepare("UPDATE evenements SET date = date, type = type, commentaire = 'revu' WHERE id != ?").run(at.id);
    expect(ligne()).toEqual(avant);
  });

  it('un événement passé à un autre jeune quitte le premier et rejoint le second', async () => {
    const { t, jeune, activites, creer } = await avecJeune();
    const autre = await t.reussir('jeunes:creer', { saisie: buildJeune({ nom: 'Martin', telephone: null }) });
    const ei = await creer('2025-02-01', 'EI');
    t.core.base.$client.prepare('UPDATE evenements SET jeune_id = ? WHERE id = ?').run(autre.id, ei.id);
    expect(activites()).toEqual([]);
    const c = t.core.base.$client;
    expect(c.prepare('SELECT jeune_id FROM activites_annuelles').pluck().all()).toEqual([autre.id]);
    expect(ecartsActivitesAnnuelles(c, EVENEMENTS_ACCOMPAGNEMENT)).toEqual([]);
    expect(jeune.id).not.toBe(autre.id);
  });

  it('les types d’accompagnement des déclencheurs sont ceux du domaine', async () => {
    const { activites, creer } = await avecJeune();
    // One event per type, each in its own year: the year's accompaniment is set iff the type is one.
    for (const [k, type] of TYPES_EVENEMENT.codes.entries()) await creer(`${2010 + k}-06-15`, type);
    expect(activites()).toEqual(
      TYPES_EVENEMENT.codes.map((type, k) => ({
        annee: 2010 + k,
        premier: `${2010 + k}-06-15`,
        accompagnement: EVENEMENTS_ACCOMPAGNEMENT.includes(type) ? `${2010 + k}-06-15` : null,
      })),
    );
  });

  it('reste égale aux événements après des milliers d’écritures au hasard sur une base semée', async () => {
    const t = creerCoreTest();
    aFermer.push(t);
    await creerStructureDemo(t.core);
    semer(t.core.base, { jeunes: 300, graine: 11, annees: 3, aujourdhui: '2026-06-15' });
    const c = t.core.base.$client;
    expect(ecartsActivitesAnnuelles(c, EVENEMENTS_ACCOMPAGNEMENT)).toEqual([]);
    const avant = c.prepare('SELECT count(*) FROM activites_annuelles').pluck().get() as number;
    expect(avant).toBeGreaterThan(300);

    // Deterministic pseudo-random writes straight in SQL (the triggers fire whatever writes).
    let graine = 12345;
    const hasard = (n: number) => {
      graine = (graine * 1103515245 + 12345) % 2 ** 31;
      return graine % n;
    };
    const ids = c.prepare('SELECT id FROM evenements ORDER BY id').pluck().all() as string[];
    const jeunes = c.prepare('SELECT id FROM jeunes ORDER BY id').pluck().all() as string[];
    const types = TYPES_EVENEMENT.codes;
    const date = () =>
      `${2023 + hasard(4)}-${String(1 + hasard(12)).padStart(2, '0')}-${String(1 + hasard(28)).padStart(2, '0')}`;
    c.transaction(() => {
      for (let k = 0; k < 3000; k += 1) {
        const id = ids[hasard(ids.length)]!;
        switch (hasard(4)) {
          case 0:
            c.prepare('UPDATE evenements SET date = ?, type = ? WHERE id = ?').run(
              date(),
              types[hasard(types.length)],
              id,
            );
            break;
          case 1:
            c.prepare('UPDATE evenements SET jeune_id = ? WHERE id = ?').run(jeunes[hasard(jeunes.length)], id);
            break;
          case 2:
            c.prepare('DELETE FROM evenements WHERE id = ?').run(id);
            break;
          default:
            c.prepare(
              'INSERT INTO evenements (id, jeune_id, date, type, cree_le, modifie_le) VALUES (?, ?, ?, ?, 0, 0)',
            ).run(`hasard-${k}`, jeunes[hasard(jeunes.length)], date(), types[hasard(types.length)]);
        }
      }
    })();
    expect(ecartsActivitesAnnuelles(c, EVENEMENTS_ACCOMPAGNEMENT)).toEqual([]);
    expect(verifierBase(c).filter((p) => p.startsWith('Activités annuelles'))).toEqual([]);

    // A drift (what a migration dropping the triggers would leave) is reported by `verifier`.
    c.prepare('DELETE FROM activites_annuelles WHERE rowid IN (SELECT rowid FROM activites_annuelles LIMIT 2)').run();
    expect(ecartsActivitesAnnuelles(c, EVENEMENTS_ACCOMPAGNEMENT)).toHaveLength(2);
    expect(verifierBase(c)).toContainEqual(expect.stringMatching(/^Activités annuelles : 2 couple\(s\)/));
  });

  it('écriture en masse (seed) : table reconstruite une fois ; un échec remet le déclencheur en place', async () => {
    const { t, jeune, activites } = await avecJeune();
    const c = t.core.base.$client;
    const inserer = c.prepare(
      "INSERT INTO evenements (id, jeune_id, date, type, cree_le, modifie_le) VALUES (?, ?, ?, 'EI', 0, 0)",
    );
    const declencheurs = () =>
      c.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'evenements'").pluck().get();
    expect(() => ecrireEnMasse(c, EVENEMENTS_ACCOMPAGNEMENT, () => 0)).toThrow(/dans la transaction/);

    expect(() =>
      c.transaction(() =>
        ecrireEnMasse(c, EVENEMENTS_ACCOMPAGNEMENT, () => {
          inserer.run('m1', jeune.id, '2025-03-01');
          throw new Error('coupure');
        }),
      )(),
    ).toThrow('coupure');
    expect(declencheurs()).toBe(3);
    expect(activites()).toEqual([]);

    c.transaction(() =>
      ecrireEnMasse(c, EVENEMENTS_ACCOMPAGNEMENT, () => {
        inserer.run('m1', jeune.id, '2025-03-01');
        inserer.run('m2', jeune.id, '2024-07-14');
        // Suspended during the write: the table is only rebuilt at the end.
        expect(activites()).toEqual([]);
      }),
    )();
    expect(activites()).toEqual([
      { annee: 2024, premier: '2024-07-14', accompagnement: '2024-07-14' },
      { annee: 2025, premier: '2025-03-01', accompagnement: '2025-03-01' },
    ]);
    expect(declencheurs()).toBe(3);
    inserer.run('m3', jeune.id, '2025-01-02'); // the trigger works again
    expect(activites()[1]).toEqual({ annee: 2025, premier: '2025-01-02', accompagnement: '2025-01-02' });
  });

  it('les trois déclencheurs existent après toutes les migrations (une reconstruction d’evenements les perdrait)', () => {
    const t = creerCoreTest();
    aFermer.push(t);
    const noms = t.core.base.$client
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'evenements' ORDER BY name")
      .pluck()
      .all();
    expect(noms).toEqual([
      'activites_annuelles_ajout',
      'activites_annuelles_modification',
      'activites_annuelles_retrait',
    ]);
  });

  it('0008 remplit la table avec les événements déjà enregistrés', () => {
    const fichier = join(dossierTemporaire(), 'tremplin.sqlite');
    const ancienne = ouvrirBase({ fichier, dossierMigrations: migrationsJusqua(8), acces: ACCES_TEST });
    ancienne.$client.exec(`
      INSERT INTO jeunes (id, nom, prenom, sexe, date_naissance, date_premier_accueil, nom_tri, cree_le, modifie_le)
        VALUES ('j1', 'Lefèvre', 'Hélène', 'F', '2005-03-10', '2024-11-02', 'lefevre helene', 1, 1),
               ('j2', 'Martin', 'Léo', 'M', '2006-01-20', '2025-01-05', 'martin leo', 1, 1);
      INSERT INTO evenements (id, jeune_id, date, type, cree_le, modifie_le) VALUES
        ('e1', 'j1', '2024-11-02', 'ACC', 1, 1), ('e2', 'j1', '2024-12-31', 'EI', 1, 1),
        ('e3', 'j1', '2025-01-01', 'TEL', 1, 1), ('e4', 'j2', '2025-03-01', 'IC', 1, 1),
        ('e5', 'j2', '2025-02-01', 'MED', 1, 1);`);
    ancienne.$client.close();

    const base = ouvrirBase({ fichier, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: ACCES_TEST });
    expect(
      base.$client
        .prepare(
          'SELECT jeune_id, annee, premier_evenement, premier_accompagnement FROM activites_annuelles ORDER BY 1, 2',
        )
        .raw()
        .all(),
    ).toEqual([
      ['j1', 2024, '2024-11-02', '2024-12-31'],
      ['j1', 2025, '2025-01-01', null],
      ['j2', 2025, '2025-02-01', '2025-02-01'],
    ]);
    base.$client.close();
  });
});
