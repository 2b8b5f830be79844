import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chiffrerEnPlace, connecter, natureFichier } from '../../db/chiffrement';
import { afterEach, describe, expect, it } from 'vitest';
import { executerCli } from '../../electron/core/cli/cli';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { diagnostiquerBase } from '../../electron/core/demarrage';
import { ouvrirCore } from '../../electron/core/core';
import { cheminManifeste } from '../../db/sauvegarde/manifeste';
import { creerCoreTest, dossierTemporaire, horlogeManuelle, SCRYPT_TEST, type CoreTest } from '../support/core-test';
import { buildJeune, STRUCTURE_TEST } from '../support/fabriques';
import { ACCES_TEST } from '../support/cle-test';

const MDP = 'une phrase de passe assez longue';
let t: CoreTest;
afterEach(() => t?.fermer());

/** Every row of every table, in a stable order: two files with the same dump hold the same data. */
function dump(fichier: string): string {
  const c = connecter(fichier, ACCES_TEST, { readonly: true });
  const tables = c
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const contenu = tables.map((n) => [n, c.prepare(`SELECT * FROM "${n}" ORDER BY rowid`).all()]);
  c.close();
  return JSON.stringify(contenu);
}

/** A tiny seeded generator: each run of the test writes the same "random" files. */
function aleatoire(graine: number): () => number {
  let s = graine >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

async function remplir(graine: number, nombre: number, connecter = false): Promise<void> {
  const hasard = aleatoire(graine);
  const etat = await t.reussir('structure:initialiser', STRUCTURE_TEST);
  if (connecter) await connecterDirection();
  const siteId = etat.sites[0]!.id;
  const syllabes = ['ma', 'lo', 'ri', 'sé', 'ba', 'na', 'é', 'to', 'ï'];
  const mot = () =>
    Array.from({ length: 2 + Math.floor(hasard() * 3) }, () => syllabes[Math.floor(hasard() * 9)]).join('');
  for (let i = 0; i < nombre; i++) {
    await t.reussir('jeunes:creer', {
      saisie: buildJeune({ siteId, nom: mot(), prenom: mot(), qpv: hasard() < 0.5, telephone: null, email: null }),
    });
  }
}

async function connecterDirection(): Promise<void> {
  await t.reussir('comptes:initialiser', {
    administrateur: { login: 'admin.ml', nom: 'Admin', prenom: 'Alex', motDePasse: MDP },
    direction: { login: 'a.petit', nom: 'Petit', prenom: 'Anne', motDePasse: MDP },
  });
  await t.reussir('session:ouvrir', { login: 'a.petit', motDePasse: MDP });
}

describe('sauvegarde et restauration depuis l’application', () => {
  it('aller-retour sur des données aléatoires : contenu identique, copie d’avant gardée, session fermée, audit', async () => {
    t = creerCoreTest({ systeme: false, maintenant: horlogeManuelle().maintenant });
    await remplir(42, 25, true);
    const sauvegarde = await t.reussir('sauvegardes:creer', {});
    const dossier = join(t.dossier, 'sauvegardes');
    const avant = dump(join(dossier, sauvegarde.fichier));
    const manifeste = JSON.parse(readFileSync(cheminManifeste(join(dossier, sauvegarde.fichier)), 'utf8'));
    expect(manifeste).toMatchObject({ format: 'tremplin-sauvegarde/1', nature: 'manuelle', taille: sauvegarde.taille });
    expect(manifeste.lignes.jeunes).toBe(25);

    await t.reussir('jeunes:creer', {
      saisie: buildJeune({ siteId: (await t.reussir('structure:lire', {})).sites[0]!.id }),
    });
    expect(t.compter('jeunes')).toBe(26);
    const refus = await t.appeler('sauvegardes:restaurer', { fichier: sauvegarde.fichier, motDePasse: 'faux mot' });
    expect(refus.ok).toBe(false);
    expect(t.compter('jeunes')).toBe(26);

    const r = await t.reussir('sauvegardes:restaurer', { fichier: sauvegarde.fichier, motDePasse: MDP });
    expect(t.compter('jeunes')).toBe(25);
    expect(r.copieAvant).toMatch(/avant-restauration\.sqlite$/);
    expect((await t.reussir('session:etat', {})).utilisateur).toBeNull();
    const journal = t.core.base.$client
      .prepare('SELECT action, objet FROM journal_audit ORDER BY numero DESC LIMIT 1')
      .get();
    expect(journal).toEqual({ action: 'RESTAURATION', objet: `SAUVEGARDE ${sauvegarde.fichier}` });
    // Same data as the backup, apart from the restore's own audit entry and seal.
    t.core.base.$client.pragma('wal_checkpoint(TRUNCATE)');
    const apres = JSON.parse(dump(t.fichier)) as [string, unknown[]][];
    const attendu = JSON.parse(avant) as [string, unknown[]][];
    for (const [table, lignes] of attendu) {
      if (table === 'journal_audit' || table === 'parametres') continue;
      expect(apres.find(([n]) => n === table)?.[1], table).toEqual(lignes);
    }
    expect(dump(join(dossier, r.copieAvant!))).toContain(''); // readable
  });

  it('refuse une sauvegarde altérée (octet changé, manifeste modifié) sans rien toucher', async () => {
    t = creerCoreTest({ systeme: false });
    await remplir(7, 3, true);
    const s = await t.reussir('sauvegardes:creer', {});
    const fichier = join(t.dossier, 'sauvegardes', s.fichier);
    const octets = readFileSync(fichier);
    octets.writeUInt8(octets.readUInt8(octets.length - 10) ^ 0xff, octets.length - 10);
    writeFileSync(fichier, octets);
    const listees = await t.reussir('sauvegardes:lister', {});
    expect(listees.sauvegardes[0]).toMatchObject({ fichier: s.fichier, intacte: false });
    const r = await t.appeler('sauvegardes:restaurer', { fichier: s.fichier, motDePasse: MDP });
    expect(r.ok || r.erreur.message).toMatch(/ne correspond plus à son manifeste/);
    expect((await t.reussir('session:etat', {})).utilisateur).not.toBeNull();
    expect(readdirSync(join(t.dossier, 'sauvegardes')).some((n) => n.includes('avant-restauration'))).toBe(false);
  });

  it('sauvegarde quotidienne une fois par jour, rotation, vérification hebdomadaire', async () => {
    const temps = horlogeManuelle(new Date('2026-01-01T09:00:00Z'));
    const dossier = dossierTemporaire();
    const fichierBase = join(dossier, 'tremplin.sqlite');
    const ouvrir = () =>
      ouvrirCore({
        fichierBase,
        dossierMigrations: DOSSIER_MIGRATIONS_SOURCES,
        acces: ACCES_TEST,
        maintenant: temps.maintenant,
        systeme: true,
        journal: () => {},
        parametresScrypt: SCRYPT_TEST,
        entretienAutomatique: true,
      });
    for (let jour = 0; jour < 60; jour++) {
      const core = ouvrir();
      await new Promise((ok) => setImmediate(ok));
      core.fermer();
      temps.avancerJours(1);
    }
    const core = ouvrir();
    await new Promise((ok) => setImmediate(ok));
    const etat = (await core.dispatch('sauvegardes:lister', {})) as {
      ok: true;
      valeur: { sauvegardes: unknown[]; integrite: { derniereVerification: number } };
    };
    core.fermer();
    // 61 days: 7 daily, plus the Mondays / months beyond them (some coincide).
    expect(etat.valeur.sauvegardes.length).toBeGreaterThanOrEqual(9);
    expect(etat.valeur.sauvegardes.length).toBeLessThanOrEqual(7 + 4 + 3);
    expect(temps.maintenant().getTime() - etat.valeur.integrite.derniereVerification).toBeLessThan(7 * 86_400_000);
  });
});

describe('fichiers abîmés : détectés, jamais écrasés, restauration proposée', () => {
  async function preparer(): Promise<{ fichier: string; sauvegarde: string }> {
    t = creerCoreTest();
    await remplir(3, 40);
    const s = await t.reussir('sauvegardes:creer', {});
    t.core.fermer();
    return { fichier: t.fichier, sauvegarde: join(t.dossier, 'sauvegardes', s.fichier) };
  }

  const abimer: Record<string, (fichier: string) => void> = {
    tronqué: (f) => truncateSync(f, Math.floor(statSync(f).size / 2)),
    'en-tête modifié': (f) => {
      const o = readFileSync(f);
      o.writeUInt8(o.readUInt8(3) ^ 0xff, 3);
      writeFileSync(f, o);
    },
    'page de déchets au milieu': (f) => {
      const o = readFileSync(f);
      // SQLCipher 4's page size (the encrypted header does not say it).
      const taillePage = 4096;
      const milieu = Math.floor(o.length / taillePage / 2) * taillePage;
      for (let i = 0; i < taillePage; i++) o[milieu + i] = (i * 37 + 11) & 0xff;
      writeFileSync(f, o);
    },
    'version plus récente': (f) => {
      const c = connecter(f, ACCES_TEST);
      c.pragma('user_version = 999');
      c.close();
    },
    'mauvaise clé': (f) => {
      // The file of another workstation: sound, but encrypted with a key that is not this one.
      const c = connecter(f, ACCES_TEST);
      chiffrerEnPlace(c, Buffer.alloc(32, 0x42));
      c.close();
    },
  };

  it.each(Object.keys(abimer))('%s', async (cas) => {
    const { fichier, sauvegarde } = await preparer();
    abimer[cas]!(fichier);
    expect(natureFichier(fichier)).toBe('chiffre');
    const abime = readFileSync(fichier);
    const diagnostic = diagnostiquerBase(fichier, DOSSIER_MIGRATIONS_SOURCES, ACCES_TEST);
    expect(diagnostic).toMatchObject({ sain: false, sauvegarde });
    expect(readFileSync(fichier).equals(abime)).toBe(true);
    // Restoring it through the CLI keeps the damaged file's bytes aside.
    const sorties: string[] = [];
    const code = await executerCli(['restaurer', '--from', sauvegarde, '--db', fichier], {
      sorties: { stdout: (x) => sorties.push(x), stderr: (x) => sorties.push(x) },
    });
    expect(code, sorties.join('\n')).toBe(0);
    expect(diagnostiquerBase(fichier, DOSSIER_MIGRATIONS_SOURCES, ACCES_TEST)).toEqual({ sain: true });
    const copie = readdirSync(join(t.dossier, 'sauvegardes')).find((n) => n.includes('avant-restauration'))!;
    if (copie.endsWith('-brute.sqlite'))
      expect(readFileSync(join(t.dossier, 'sauvegardes', copie)).equals(abime)).toBe(true);
  });
});

describe('ligne de commande', () => {
  it('sauvegarder puis restaurer (codes 0), refus d’une sauvegarde sans manifeste (code 1)', async () => {
    t = creerCoreTest();
    await remplir(9, 5);
    const out = join(t.dossier, 'copie.sqlite');
    const sorties: string[] = [];
    const cli = (...argv: string[]) =>
      executerCli(argv, { sorties: { stdout: (x) => sorties.push(x), stderr: (x) => sorties.push(x) } });
    expect(await cli('sauvegarder', '--db', t.fichier, '--out', out), sorties.join('\n')).toBe(0);
    expect(existsSync(cheminManifeste(out))).toBe(true);
    expect(await cli('sauvegarder', '--db', t.fichier, '--out', out)).toBe(1);
    expect(await cli('sauvegarder', '--db', t.fichier)).toBe(2);
    t.core.fermer();
    const sansManifeste = join(t.dossier, 'nu.sqlite');
    copyFileSync(out, sansManifeste);
    expect(await cli('restaurer', '--from', sansManifeste, '--db', t.fichier)).toBe(1);
    expect(sorties.at(-1)).toMatch(/n'a pas de manifeste/);
    expect(await cli('restaurer', '--from', out, '--db', t.fichier)).toBe(0);
    expect(sorties.at(-1)).toMatch(/^Base restaurée/);
  });
});
