import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connecter } from '../../db/chiffrement';
import { describe, expect, it } from 'vitest';
import { executerCli } from '../../electron/core/cli/cli';
import { dossierTemporaire } from '../support/core-test';
import { ACCES_TEST } from '../support/cle-test';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const sorties = { stdout: [] as string[], stderr: [] as string[] };
  const code = await executerCli(argv, {
    sorties: { stdout: (t) => sorties.stdout.push(t), stderr: (t) => sorties.stderr.push(t) },
  });
  return { code, stdout: sorties.stdout.join('\n'), stderr: sorties.stderr.join('\n') };
}

describe('ligne de commande', () => {
  it('init crée la base, puis refuse une autre structure (code 1)', async () => {
    const db = join(dossierTemporaire(), 'ml.sqlite');
    expect(
      await cli(
        'init',
        '--db',
        db,
        '--code',
        'ML33',
        '--nom',
        'Mission Locale de Bordeaux',
        '--siret',
        '73282932000074',
      ),
    ).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/Base prête/),
    });
    expect(await cli('init', '--db', db, '--code', 'ML33', '--nom', 'ML Bordeaux')).toMatchObject({ code: 0 });
    const refus = await cli('init', '--db', db, '--code', 'ML40', '--nom', 'Autre');
    expect(refus).toMatchObject({ code: 1, stderr: expect.stringMatching(/appartient déjà à la structure ML33/) });
    expect(await cli('verifier', '--db', db)).toMatchObject({ code: 0, stdout: 'Base vérifiée : aucun problème.' });
  });

  it('init refuse un SIRET invalide sans créer le fichier (code 1)', async () => {
    const db = join(dossierTemporaire(), 'ml.sqlite');
    const r = await cli('init', '--db', db, '--code', 'ML33', '--nom', 'ML', '--siret', '12345678901234');
    expect(r).toMatchObject({ code: 1, stderr: expect.stringMatching(/SIRET : 14 chiffres attendus/) });
    expect(existsSync(db)).toBe(false);
  });

  it('prend la base dans TREMPLIN_DB', async () => {
    const db = join(dossierTemporaire(), 'env.sqlite');
    process.env.TREMPLIN_DB = db;
    try {
      expect((await cli('init', '--code', 'ML33', '--nom', 'ML')).code).toBe(0);
      expect(existsSync(db)).toBe(true);
    } finally {
      delete process.env.TREMPLIN_DB;
    }
  });

  it.each([
    [[], /Usage/],
    [['inconnue'], /Commande inconnue/],
    [['export-region', '--db', 'x'], /--annee manquante/],
    [['seed', '--db', 'x'], /--jeunes manquante/],
    [['import', '--db', 'x'], /Argument manquant : DOSSIER_OU_ZIP/],
    [['import', 'dossier'], /--db manquante/],
    [['export-donnees', '--db', 'x'], /--out manquante/],
    [['init', '--code', 'X'], /--db manquante/],
    [['init', '--db', '/tmp/x.sqlite', '--code', 'ML'], /--nom manquante/],
    [['verifier', '--db'], /Valeur manquante pour l'option --db/],
    [['verifier', '--db', 'x', '--force'], /Option inconnue : --force/],
    [['verifier', '--db', 'x', 'en-trop'], /Argument inattendu : en-trop/],
  ])('mauvais usage %j → code 2 et message français', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--help sur chaque commande', async () => {
    expect(await cli('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/Commandes :[\s\S]*init[\s\S]*verifier/),
    });
    expect(await cli('init', '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage : tremplin init --db FICHIER/),
    });
    expect(await cli('verifier', '-h')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage : tremplin verifier/),
    });
  });

  it('verifier signale une base incohérente (code 1) sans données personnelles, et un fichier absent ou étranger', async () => {
    const dossier = dossierTemporaire();
    const db = join(dossier, 'ml.sqlite');
    await cli('init', '--db', db, '--code', 'ML33', '--nom', 'ML');
    const brut = connecter(db, ACCES_TEST);
    brut.pragma('foreign_keys = OFF');
    brut
      .prepare(
        `INSERT INTO jeunes (id, nom, prenom, sexe, date_naissance, date_premier_accueil, site_id, nom_tri, cree_le, modifie_le)
         VALUES ('j1', 'Secretnom', 'Secretprenom', 'F', '2015-02-30', '2024-01-01', 'site-disparu', '', 0, 0),
                ('j2', 'Autre', 'Personne', 'M', '2012-01-01', '2024-01-01', NULL, '', 0, 0)`,
      )
      .run();
    brut.close();
    const avant = createHash('sha256').update(readFileSync(db)).digest('hex');
    const r = await cli('verifier', '--db', db);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Référence cassée : table jeunes/);
    expect(r.stderr).toMatch(/Dossier j1 : dateNaissance n'est pas une date existante/);
    expect(r.stderr).toMatch(/Dossier j2 : date de naissance incohérente, âge au premier accueil de 12 ans/);
    expect(r.stderr).not.toMatch(/Secret/);
    expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(avant);

    expect(await cli('verifier', '--db', join(dossier, 'absent.sqlite'))).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/n'existe pas/),
    });
  });

  it('le vrai exécutable (npm run tremplin) rend les codes de sortie', () => {
    const r = spawnSync('npx', ['tsx', 'electron/core/cli/main.ts', 'commande-inexistante'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Commande inconnue/);
  });
});

it("dans l'application installée, la base par défaut est celle de l'application", async () => {
  const defaut = join(dossierTemporaire(), 'tremplin.sqlite');
  const sorties = { stdout: () => {}, stderr: () => {} };
  expect(await executerCli(['init', '--code', 'ML33', '--nom', 'ML'], { sorties, fichierParDefaut: defaut })).toBe(0);
  expect(existsSync(defaut)).toBe(true);
});

it('verifier signale un journal d’audit falsifié (code 1)', async () => {
  const db = join(dossierTemporaire(), 'ml.sqlite');
  await cli('init', '--db', db, '--code', 'ML33', '--nom', 'ML');
  const { ouvrirCore } = await import('../../electron/core/core');
  const { DOSSIER_MIGRATIONS_SOURCES } = await import('../../electron/core/chemins');
  const core = ouvrirCore({
    fichierBase: db,
    dossierMigrations: DOSSIER_MIGRATIONS_SOURCES,
    acces: ACCES_TEST,
    parametresScrypt: { N: 1024, r: 8, p: 1 },
  });
  const mdp = 'une phrase de passe assez longue';
  await core.dispatch('comptes:initialiser', {
    administrateur: { login: 'admin.ml', nom: 'A', prenom: 'A', motDePasse: mdp },
    direction: { login: 'direction.ml', nom: 'D', prenom: 'D', motDePasse: mdp },
  });
  await core.dispatch('session:ouvrir', { login: 'admin.ml', motDePasse: mdp });
  core.fermer();
  expect((await cli('verifier', '--db', db)).code).toBe(0);
  const brut = connecter(db, ACCES_TEST);
  brut.exec(
    "DROP TRIGGER journal_audit_sans_modification; UPDATE journal_audit SET action = 'DECONNEXION' WHERE numero = 2;",
  );
  brut.close();
  expect(await cli('verifier', '--db', db)).toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/rompue à l'entrée 2/),
  });
});

describe('clé de la base (TREMPLIN_CLE, saisie, clé de secours imprimée à la création)', () => {
  /** Runs with TREMPLIN_CLE as given (undefined: not set), and a terminal that answers `saisie`. */
  async function cliCle(
    cle: string | undefined,
    argv: string[],
    saisie?: string,
    cleHote?: (fichier: string) => Buffer | null,
  ) {
    const avant = process.env.TREMPLIN_CLE;
    if (cle === undefined) delete process.env.TREMPLIN_CLE;
    else process.env.TREMPLIN_CLE = cle;
    try {
      const sorties = { stdout: [] as string[], stderr: [] as string[] };
      const code = await executerCli(argv, {
        sorties: { stdout: (t) => sorties.stdout.push(t), stderr: (t) => sorties.stderr.push(t) },
        demanderCle: saisie === undefined ? undefined : () => Promise.resolve(saisie),
        cleHote,
      });
      return { code, stdout: sorties.stdout.join('\n'), stderr: sorties.stderr.join('\n') };
    } finally {
      if (avant === undefined) delete process.env.TREMPLIN_CLE;
      else process.env.TREMPLIN_CLE = avant;
    }
  }

  it('sans clé, init en crée une, l’imprime une fois, et la base ne s’ouvre ensuite qu’avec elle', async () => {
    const db = join(dossierTemporaire(), 'ml.sqlite');
    const init = await cliCle(undefined, ['init', '--db', db, '--code', 'ML33', '--nom', 'ML']);
    expect(init.code, init.stderr).toBe(0);
    const cle = /(?:[0-9A-F]{4}-){15}[0-9A-F]{4}/.exec(init.stdout)?.[0];
    expect(init.stdout).toMatch(/Clé de secours de ml\.sqlite — à imprimer/);
    expect(cle).toBeDefined();
    expect(readFileSync(db).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');

    expect(await cliCle(cle, ['verifier', '--db', db])).toMatchObject({
      code: 0,
      stdout: expect.not.stringMatching(/Clé de secours/),
    });
    // Typed on a terminal when no variable is set (spaces and lower case accepted).
    expect(await cliCle(undefined, ['verifier', '--db', db], cle!.toLowerCase().replace(/-/g, ' '))).toMatchObject({
      code: 0,
    });

    const avant = createHash('sha256').update(readFileSync(db)).digest('hex');
    const fausse = await cliCle('00'.repeat(32), ['verifier', '--db', db]);
    expect(fausse).toMatchObject({ code: 1, stderr: expect.stringMatching(/ne s'ouvre pas avec cette clé/) });
    const absente = await cliCle(undefined, ['export-donnees', '--db', db, '--out', join(dossierTemporaire(), 'x')]);
    expect(absente).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/est chiffrée : donnez sa clé de secours dans la variable TREMPLIN_CLE/),
    });
    const malFormee = await cliCle('1234', ['verifier', '--db', db]);
    expect(malFormee).toMatchObject({ code: 1, stderr: expect.stringMatching(/64 caractères/) });
    expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(avant);
  });

  it('sauvegarder puis restaurer ailleurs, avec la seule clé de secours', async () => {
    const dossier = dossierTemporaire();
    const db = join(dossier, 'ml.sqlite');
    const init = await cliCle(undefined, ['init', '--db', db, '--code', 'ML33', '--nom', 'ML']);
    const cle = /(?:[0-9A-F]{4}-){15}[0-9A-F]{4}/.exec(init.stdout)![0];
    const copie = join(dossier, 'copie.sqlite');
    expect(await cliCle(cle, ['sauvegarder', '--db', db, '--out', copie])).toMatchObject({ code: 0 });
    const ailleurs = join(dossierTemporaire(), 'nouveau-poste.sqlite');
    expect(await cliCle(undefined, ['restaurer', '--from', copie, '--db', ailleurs])).toMatchObject({ code: 1 });
    expect(existsSync(ailleurs)).toBe(false);
    expect(await cliCle(cle, ['restaurer', '--from', copie, '--db', ailleurs])).toMatchObject({ code: 0 });
    expect(await cliCle(cle, ['verifier', '--db', ailleurs])).toMatchObject({ code: 0 });

    // In the installed app of another workstation: restored over its database, with its own key.
    const poste = join(dossierTemporaire(), 'tremplin.sqlite');
    const clePoste = Buffer.alloc(32, 0x33);
    const hote = (f: string) => (f === poste ? clePoste : null);
    expect(
      await cliCle(undefined, ['init', '--db', poste, '--code', 'ML40', '--nom', 'Autre'], undefined, hote),
    ).toMatchObject({ code: 0, stdout: expect.not.stringMatching(/Clé de secours/) });
    expect(await cliCle(cle, ['restaurer', '--from', copie, '--db', poste], undefined, hote)).toMatchObject({
      code: 0,
    });
    const relue = connecter(poste, { cle: clePoste }, { readonly: true });
    expect(relue.prepare('SELECT code FROM structure').pluck().get()).toBe('ML33');
    relue.close();
  });
});
