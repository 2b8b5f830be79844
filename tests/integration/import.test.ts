import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { remplirDemo } from '../../electron/core/demo/demo';
import { lireSources } from '../../electron/core/echange/sources';
import { creerCoreTest, dossierTemporaire, MAINTENANT, type CoreTest } from '../support/core-test';
import { cli, contenuBase, ecrireExport, FIXTURES_IMPORT, lireDossier } from '../support/echange';
import { connecter } from '../../db/chiffrement';
import { ACCES_TEST } from '../support/cle-test';

const VALIDE = join(FIXTURES_IMPORT, 'valides', 'complet');
const EXCEL = join(FIXTURES_IMPORT, 'valides', 'excel-cp1252');
const INVALIDES = join(FIXTURES_IMPORT, 'invalides');

const ouverts: CoreTest[] = [];
function nouveauCore(): CoreTest {
  const t = creerCoreTest();
  ouverts.push(t);
  return t;
}
afterEach(() => {
  for (const t of ouverts.splice(0)) t.fermer();
});

function sha(fichier: string): string {
  return createHash('sha256').update(readFileSync(fichier)).digest('hex');
}

describe('import tremplin-import/1', () => {
  it('importe un dossier complet, puis le même dossier une seconde fois sans rien changer', () => {
    const t = nouveauCore();
    const rapport = t.core.importer(lireSources(VALIDE), { ecrire: true });
    expect(rapport).toMatchObject({ valide: true, ecrit: true, ignores: ['lisez-moi.txt'] });
    expect(rapport.sitesCrees).toEqual(['ANTENNE-NORD']);
    expect(rapport.comptesCrees).toEqual(['m.dupont']);
    expect(rapport.comptes.find((c) => c.fichier === 'evenements.csv')).toMatchObject({ lignes: 3, crees: 3 });
    expect(t.compter('jeunes')).toBe(3);
    const client = t.core.base.$client;
    expect(client.prepare('SELECT actif, mot_de_passe FROM conseillers WHERE login = ?').get('m.dupont')).toEqual({
      actif: 0,
      mot_de_passe: null,
    });
    // Quoted separator and line break, formula guard removed, amount in cents, phone normalised.
    expect(client.prepare('SELECT raison_sociale FROM partenaires ORDER BY raison_sociale').pluck().all()).toContain(
      'Boulangerie "Au bon pain" ; Talence',
    );
    expect(client.prepare('SELECT commentaire FROM evenements ORDER BY date').pluck().all()).toEqual([
      null,
      "Premier accueil ; orientée vers\r\nl'atelier CV",
      '=SOMME(A1) reste du texte',
    ]);
    expect(client.prepare('SELECT montant_centimes FROM aides ORDER BY date_decision').pluck().all()).toEqual([
      0, 15050,
    ]);
    expect(client.prepare("SELECT telephone FROM jeunes WHERE nom = 'Nguyen'").pluck().get()).toBe('0698765432');

    const audit = () => client.prepare("SELECT objet FROM journal_audit WHERE action = 'IMPORT'").pluck().all();
    expect(audit()).toEqual(['IMPORT 21 créé(s), 0 modifié(s)']);
    const apres = contenuBase(client);
    const second = t.core.importer(lireSources(VALIDE), { ecrire: true });
    expect(second.comptes.every((c) => c.crees === 0 && c.modifies === 0)).toBe(true);
    expect(contenuBase(client)).toBe(apres);
  });

  it('lit un fichier Windows-1252 à « ; » tel que l’écrit Excel, accents intacts', () => {
    expect(readFileSync(join(EXCEL, 'jeunes.csv')).includes(Buffer.from('Cœur', 'utf8'))).toBe(false);
    const t = nouveauCore();
    expect(t.core.importer(lireSources(EXCEL), { ecrire: true })).toMatchObject({ valide: true });
    const jeunes = t.core.base.$client.prepare('SELECT nom, prenom, commune, adresse FROM jeunes ORDER BY nom').all();
    expect(jeunes).toEqual([
      { nom: 'Cœur', prenom: 'Noël', commune: 'Besançon', adresse: '12, allée des Châtaigniers' },
      { nom: 'Lefèvre', prenom: 'Hélène', commune: 'Saint-Étienne', adresse: '2 rue de l’Œuvre' },
    ]);
  });

  it('lit un ZIP du dossier, séparateur « , » : une colonne absente garde la valeur, une vide l’efface', () => {
    const t = nouveauCore();
    t.core.importer(lireSources(VALIDE), { ecrire: true });
    const maj =
      'id_jeune,nom,prenom,sexe,date_naissance,date_premier_accueil,email\r\nJ1,Martin,Léa,F,2005-03-12,2024-01-15,\r\n';
    const zip = zipSync({ 'export/jeunes.csv': new TextEncoder().encode(maj) });
    const dossier = dossierTemporaire();
    const chemin = join(dossier, 'maj.zip');
    writeFileSync(chemin, zip);
    const rapport = t.core.importer(lireSources(chemin), { ecrire: true });
    expect(rapport.comptes).toEqual([{ fichier: 'jeunes.csv', lignes: 1, crees: 0, modifies: 1, inchanges: 0 }]);
    const j1 = t.core.base.$client.prepare("SELECT email, telephone FROM jeunes WHERE nom = 'Martin'").get();
    expect(j1).toEqual({ email: null, telephone: '0612345678' });
    const historique = t.core.base.$client
      .prepare("SELECT champ, ancienne_valeur, nouvelle_valeur FROM historique_jeunes WHERE action = 'MODIFICATION'")
      .all();
    expect(historique).toEqual([{ champ: 'email', ancienne_valeur: 'lea.martin@example.fr', nouvelle_valeur: null }]);
  });

  it('un jeunes.csv sans ligne est valide (rien à importer) ; un fichier présent deux fois est refusé', () => {
    const t = nouveauCore();
    const entete = new TextEncoder().encode('id_jeune;nom;prenom;sexe;date_naissance;date_premier_accueil\r\n');
    expect(t.core.importer([{ nom: 'Jeunes.CSV', octets: entete }], { ecrire: true })).toMatchObject({
      valide: true,
      comptes: [{ fichier: 'jeunes.csv', lignes: 0, crees: 0 }],
    });
    const double = t.core.importer(
      [
        { nom: 'a/jeunes.csv', octets: entete },
        { nom: 'b/JEUNES.csv', octets: entete },
      ],
      { ecrire: true },
    );
    expect(double.erreurs).toEqual(['jeunes.csv:0:-: fichier présent deux fois (b/JEUNES.csv).']);
  });

  it('par le contrat : le ZIP envoyé en base64 est analysé sans rien écrire, puis importé ; un ZIP abîmé est refusé', async () => {
    const t = nouveauCore();
    const fichiers = Object.fromEntries(
      readdirSync(VALIDE).map((nom) => [`export/${nom}`, new Uint8Array(readFileSync(join(VALIDE, nom)))]),
    );
    const zip = Buffer.from(zipSync(fichiers));
    const entree = { fichiers: [{ nom: 'export.zip', contenu: zip.toString('base64') }] };
    const analyse = await t.reussir('import:analyser', entree);
    expect(analyse).toMatchObject({ valide: true, ecrit: false, ignores: ['export/lisez-moi.txt'] });
    expect(analyse.comptes.find((c) => c.fichier === 'jeunes.csv')).toMatchObject({ crees: 3 });
    expect(t.compter('jeunes')).toBe(0);
    expect(await t.reussir('import:executer', entree)).toMatchObject({ valide: true, ecrit: true });
    expect(t.compter('jeunes')).toBe(3);
    const abime = { fichiers: [{ nom: 'abime.zip', contenu: zip.subarray(0, 200).toString('base64') }] };
    const refus = await t.appeler('import:executer', abime);
    expect(refus).toMatchObject({
      ok: false,
      erreur: { code: 'VALIDATION', message: expect.stringMatching(/abime\.zip est illisible/) },
    });
  });

  const corpus = readdirSync(INVALIDES).sort();

  it('le corpus couvre au moins 40 défauts', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  describe('chaque dossier invalide est refusé (code 1), le bon fichier et la bonne ligne nommés, rien d’écrit', () => {
    const db = join(dossierTemporaire(), 'base.sqlite');
    // A non-empty database: the refused imports must leave its content, and its file, as they were.
    beforeAll(async () => {
      expect((await cli('init', '--db', db, '--code', 'ML33', '--nom', 'ML test')).code).toBe(0);
      expect((await cli('import', EXCEL, '--db', db)).code).toBe(0);
    });
    it.each(corpus)('%s', async (defaut) => {
      const attendu = readFileSync(join(INVALIDES, defaut, 'attendu.txt'), 'utf8').trim();
      const lire = () => {
        const client = connecter(db, ACCES_TEST, { readonly: true });
        try {
          return contenuBase(client);
        } finally {
          client.close();
        }
      };
      const avant = lire();
      const empreinte = sha(db);
      const r = await cli('import', join(INVALIDES, defaut), '--db', db);
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n').some((ligne) => ligne.startsWith(`${attendu}: `))).toBe(true);
      expect(r.stderr).toMatch(/rien n'a été importé/);
      expect(lire()).toBe(avant);
      expect(sha(db)).toBe(empreinte);
    });
  });

  it('export-donnees → import dans une base neuve → export : mêmes fichiers, formules neutralisées', async () => {
    const source = nouveauCore();
    await remplirDemo(source.core, MAINTENANT);
    source.core.importer(lireSources(VALIDE), { ecrire: true });
    const idJeune = source.core.base.$client
      .prepare("SELECT id FROM jeunes WHERE nom <> 'Martin' LIMIT 1")
      .pluck()
      .get() as string;
    await source.reussir('evenements:creer', {
      jeuneId: idJeune,
      saisie: { date: '2026-06-01', type: 'EI', commentaire: '+33 « rappel » ; "guillemets"\n-suite' },
    });
    const premier = join(dossierTemporaire(), 'export');
    ecrireExport(premier, source.core.exporterDonnees());
    const fichiers = lireDossier(premier);
    expect(fichiers['jeunes.csv']!.startsWith('\uFEFFid_jeune;nom;')).toBe(true);
    expect(fichiers['evenements.csv']).toContain(`'=SOMME(A1) reste du texte`);
    expect(fichiers['evenements.csv']).toContain(`"'+33 « rappel » ; ""guillemets""\n-suite"`);

    const cible = nouveauCore();
    expect(cible.core.importer(lireSources(premier), { ecrire: true })).toMatchObject({ valide: true });
    const second = join(dossierTemporaire(), 'export');
    ecrireExport(second, cible.core.exporterDonnees());
    expect(lireDossier(second)).toEqual(fichiers);
    expect(cible.compter('jeunes')).toBe(source.compter('jeunes'));
    expect(cible.compter('evenements')).toBe(source.compter('evenements'));
  });
});
