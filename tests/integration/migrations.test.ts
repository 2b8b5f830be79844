import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { connecter } from '../../db/chiffrement';
import { ErreurBase, ID_APPLICATION, migrationsConnues, ouvrirBase } from '../../db/client';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { creerCoreTest, dossierTemporaire, type CoreTest } from '../support/core-test';
import { buildJeune, STRUCTURE_TEST } from '../support/fabriques';
import { ACCES_TEST } from '../support/cle-test';
import { migrationsJusqua } from '../support/migrations';

const empreinte = (fichier: string) => createHash('sha256').update(readFileSync(fichier)).digest('hex');

let aFermer: CoreTest[] = [];
afterEach(() => {
  aFermer.forEach((t) => t.fermer());
  aFermer = [];
});

function nouveauCore(dossier?: string): CoreTest {
  const t = creerCoreTest(dossier ? { dossier } : {});
  aFermer.push(t);
  return t;
}

describe('ouverture et migrations', () => {
  it('crée une base marquée Tremplin, en WAL, synchronous FULL, clés étrangères actives', () => {
    const { core } = nouveauCore();
    const c = core.base.$client;
    expect(c.pragma('application_id', { simple: true })).toBe(ID_APPLICATION);
    expect(c.pragma('user_version', { simple: true })).toBe(migrationsConnues(DOSSIER_MIGRATIONS_SOURCES));
    expect(c.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(c.pragma('synchronous', { simple: true })).toBe(2);
    expect(c.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('rouvre une base à jour sans rien rejouer ni sauvegarder', async () => {
    const dossier = dossierTemporaire();
    const t1 = creerCoreTest({ dossier });
    await t1.reussir('structure:initialiser', STRUCTURE_TEST);
    const jeune = await t1.reussir('jeunes:creer', { saisie: buildJeune() });
    t1.core.fermer();
    const t2 = nouveauCore(dossier);
    expect(await t2.reussir('jeunes:lire', { id: jeune.id })).toEqual(jeune);
    expect(existsSync(join(dossier, 'sauvegardes'))).toBe(false);
  });

  it('applique les contraintes CHECK des listes de codes au niveau SQL', async () => {
    const t = nouveauCore();
    await t.reussir('structure:initialiser', STRUCTURE_TEST);
    const jeune = await t.reussir('jeunes:creer', { saisie: buildJeune() });
    const c = t.core.base.$client;
    expect(() => c.prepare("UPDATE jeunes SET sexe = 'X' WHERE id = ?").run(jeune.id)).toThrow(
      /CHECK constraint failed: jeunes_sexe/,
    );
    expect(() => c.prepare("UPDATE jeunes SET niveau_formation = 'N9' WHERE id = ?").run(jeune.id)).toThrow(
      /jeunes_niveau/,
    );
    expect(() => c.prepare("UPDATE jeunes SET date_naissance = '10/03/2005' WHERE id = ?").run(jeune.id)).toThrow(
      /CHECK/,
    );
    expect(() => c.prepare('DELETE FROM jeunes WHERE id = ?').run(jeune.id)).toThrow(/FOREIGN KEY/);
  });
});

describe('bases refusées sans être touchées', () => {
  it('refuse une base écrite par une version plus récente, octet pour octet intacte', () => {
    const t = nouveauCore();
    t.core.base.$client.pragma('wal_checkpoint(TRUNCATE)');
    t.core.base.$client.pragma('user_version = 999');
    t.core.fermer();
    const avant = empreinte(t.fichier);
    expect(() =>
      ouvrirBase({ fichier: t.fichier, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: ACCES_TEST }),
    ).toThrow(
      expect.objectContaining({ code: 'BASE_TROP_RECENTE', message: expect.stringMatching(/version plus récente/) }),
    );
    expect(empreinte(t.fichier)).toBe(avant);
    // Reading its version through the key may leave SQLite's empty WAL beside it, never content.
    if (existsSync(`${t.fichier}-wal`)) expect(statSync(`${t.fichier}-wal`).size).toBe(0);
  });

  it('refuse un fichier SQLite qui n’est pas une base Tremplin, et un fichier qui n’est pas SQLite', () => {
    const dossier = dossierTemporaire();
    const autre = join(dossier, 'autre.sqlite');
    const b = new Database(autre);
    b.exec('CREATE TABLE clients (id INTEGER PRIMARY KEY)');
    b.close();
    const avant = empreinte(autre);
    expect(() =>
      ouvrirBase({ fichier: autre, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: ACCES_TEST }),
    ).toThrow(ErreurBase);
    expect(empreinte(autre)).toBe(avant);

    const texte = join(dossier, 'notes.sqlite');
    writeFileSync(
      texte,
      'ceci n’est pas une base de données, mais un texte assez long pour en avoir l’air.'.repeat(20),
    );
    const avantTexte = empreinte(texte);
    // Without a key it cannot be a database; with one, SQLite cannot tell it from a wrong key.
    expect(() =>
      ouvrirBase({ fichier: texte, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: { cle: null } }),
    ).toThrow(expect.objectContaining({ code: 'BASE_ILLISIBLE' }));
    expect(() =>
      ouvrirBase({ fichier: texte, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: ACCES_TEST }),
    ).toThrow(
      expect.objectContaining({
        code: 'CLE_INCORRECTE',
        message: expect.stringMatching(/ne s'ouvre pas avec cette clé/),
      }),
    );
    expect(empreinte(texte)).toBe(avantTexte);
    expect(readdirSync(dossier).sort()).toEqual(['autre.sqlite', 'notes.sqlite']);
  });
});

describe('migration en attente sur une base existante', () => {
  /**
   * A copy of the real migrations plus one that rebuilds `sites` the way drizzle-kit does when a
   * column changes (create new, copy, drop, rename). With foreign keys on, dropping `sites` would
   * fail or cascade on `jeunes.site_id`: the opening must keep every child row.
   */
  function migrationsAvecReconstruction(): string {
    const dossier = join(dossierTemporaire('tremplin-migrations-'), 'migrations');
    cpSync(DOSSIER_MIGRATIONS_SOURCES, dossier, { recursive: true });
    const journal = JSON.parse(readFileSync(join(dossier, 'meta', '_journal.json'), 'utf8'));
    const derniere = journal.entries[journal.entries.length - 1];
    const tag = `${String(journal.entries.length).padStart(4, '0')}_test_reconstruction_sites`;
    journal.entries.push({ ...derniere, idx: journal.entries.length, when: derniere.when + 1000, tag });
    writeFileSync(join(dossier, 'meta', '_journal.json'), JSON.stringify(journal));
    writeFileSync(
      join(dossier, `${tag}.sql`),
      [
        'PRAGMA foreign_keys=OFF;',
        'CREATE TABLE `__new_sites` (`id` text PRIMARY KEY NOT NULL, `code` text NOT NULL, `libelle` text NOT NULL, `type` text NOT NULL, `actif` integer DEFAULT true NOT NULL, `telephone` text);',
        'INSERT INTO `__new_sites`("id", "code", "libelle", "type", "actif") SELECT "id", "code", "libelle", "type", "actif" FROM `sites`;',
        'DROP TABLE `sites`;',
        'ALTER TABLE `__new_sites` RENAME TO `sites`;',
        'PRAGMA foreign_keys=ON;',
      ].join('\n--> statement-breakpoint\n'),
    );
    return dossier;
  }

  it('sauvegarde avant de migrer et garde toutes les lignes liées', async () => {
    const dossier = dossierTemporaire();
    const t = creerCoreTest({ dossier });
    await t.reussir('structure:initialiser', STRUCTURE_TEST);
    const site = (await t.reussir('structure:lire', {})).sites[0]!;
    const jeune = await t.reussir('jeunes:creer', { saisie: buildJeune({ siteId: site.id }) });
    t.core.fermer();

    const migrations = migrationsAvecReconstruction();
    const base = ouvrirBase({
      fichier: t.fichier,
      dossierMigrations: migrations,
      acces: ACCES_TEST,
      maintenant: () => new Date('2026-06-15T08:00:00Z'),
    });
    const c = base.$client;
    expect(c.prepare('SELECT site_id AS siteId FROM jeunes WHERE id = ?').get(jeune.id)).toEqual({ siteId: site.id });
    expect(c.prepare('SELECT count(*) AS n FROM historique_jeunes').get()).toEqual({ n: 1 });
    expect(c.pragma('foreign_key_check')).toEqual([]);
    expect(c.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(c.pragma('user_version', { simple: true })).toBe(migrationsConnues(migrations));
    c.close();

    const sauvegardes = readdirSync(join(dossier, 'sauvegardes'));
    const versionAvant = migrationsConnues(DOSSIER_MIGRATIONS_SOURCES);
    expect(sauvegardes).toEqual([
      'tremplin-2026-06-15T08-00-00-000Z-avant-migration.manifeste.json',
      'tremplin-2026-06-15T08-00-00-000Z-avant-migration.sqlite',
    ]);
    const copie = connecter(join(dossier, 'sauvegardes', sauvegardes[1]!), ACCES_TEST, { readonly: true });
    expect(copie.prepare('SELECT count(*) AS n FROM jeunes').get()).toEqual({ n: 1 });
    expect(copie.pragma('user_version', { simple: true })).toBe(versionAvant);
    copie.close();
  });
});

describe('migrations qui changent des données', () => {
  it('0001_suivi : l’historique existant est rattaché au dossier lui-même (entite JEUNE)', () => {
    const dossier = dossierTemporaire();
    const fichier = join(dossier, 'tremplin.sqlite');
    const ancienne = ouvrirBase({ fichier, dossierMigrations: migrationsJusqua(1), acces: ACCES_TEST });
    ancienne.$client.exec(`
      INSERT INTO jeunes (id, nom, prenom, sexe, date_naissance, date_premier_accueil, nom_tri, cree_le, modifie_le)
        VALUES ('j1', 'Lefèvre', 'Hélène', 'F', '2005-03-10', '2024-11-02', 'lefevre helene', 1, 1);
      INSERT INTO historique_jeunes (id, jeune_id, horodatage, action, champ, ancienne_valeur, nouvelle_valeur)
        VALUES ('h1', 'j1', 1, 'CREATION', NULL, NULL, NULL), ('h2', 'j1', 2, 'MODIFICATION', 'commune', 'Bordeaux', 'Pessac');`);
    ancienne.$client.close();

    const base = ouvrirBase({ fichier, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: ACCES_TEST });
    expect(
      base.$client.prepare('SELECT id, entite, entite_id AS entiteId, champ FROM historique_jeunes ORDER BY id').all(),
    ).toEqual([
      { id: 'h1', entite: 'JEUNE', entiteId: 'j1', champ: null },
      { id: 'h2', entite: 'JEUNE', entiteId: 'j1', champ: 'commune' },
    ]);
    expect(base.$client.prepare('SELECT count(*) AS n FROM jeunes').get()).toEqual({ n: 1 });
    expect(base.$client.pragma('foreign_key_check')).toEqual([]);
    base.$client.close();
  });
});
