/**
 * Encryption at rest: distinctive strings written in every sensitive field are found in none of the
 * database file, its WAL, a backup, the logs or the Region package; the same scenario on a plain
 * file finds them all (so the search itself works). Wrong or missing key: named, nothing touched.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connecter, natureFichier, type AccesBase } from '../../db/chiffrement';
import { ErreurBase, ouvrirBase } from '../../db/client';
import { sha256Fichier } from '../../db/sauvegarde/fichiers';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { ouvrirCore, type Core } from '../../electron/core/core';
import { produirePaquet, zipperPaquet } from '../../electron/core/region/paquet';
import { formaterCleSecours } from '../../electron/core/securite/cle-base';
import { ACCES_TEST } from '../support/cle-test';
import { preparerComptes, connecter as ouvrirSession, MDP_TEST } from '../support/comptes-test';
import { creerCoreTest, dossierTemporaire, horlogeTest, SCRYPT_TEST, type CoreTest } from '../support/core-test';
import { buildJeune, STRUCTURE_TEST } from '../support/fabriques';

const CANARIS = {
  nom: 'Canarinom',
  prenom: 'Canaprenom',
  telephone: '0641526374',
  email: 'canari.mel@exemple.fr',
  adresse: 'Canaradresse',
  commune: 'Canarville',
  entretien: 'Canari-entretien-confidentiel',
  frein: 'Canari-frein-sante',
  reperage: 'Canari-note-handicap',
  intitule: 'Canari-intitule-emploi',
};

let core: Core | undefined;
afterEach(() => {
  core?.fermer();
  core = undefined;
  vi.restoreAllMocks();
});

/** Writes every canary through the contract, as the app would; returns what the logs received. */
async function scenario(acces: AccesBase) {
  const dossier = dossierTemporaire();
  const fichier = join(dossier, 'tremplin.sqlite');
  const journal: string[] = [];
  const consigne = (...m: unknown[]) => journal.push(m.map(String).join(' '));
  for (const niveau of ['log', 'info', 'warn', 'error'] as const)
    vi.spyOn(console, niveau).mockImplementation(consigne);
  core = ouvrirCore({
    fichierBase: fichier,
    dossierMigrations: DOSSIER_MIGRATIONS_SOURCES,
    acces,
    systeme: true,
    maintenant: horlogeTest(new Date('2026-03-02T10:00:00+01:00')),
    journal: (message, erreur) => journal.push(`${message} ${String(erreur)}`),
    parametresScrypt: SCRYPT_TEST,
  });
  const reussir = async (canal: string, entree: unknown) => {
    const r = await core!.dispatch(canal, entree);
    if (!r.ok) throw new Error(`${canal} refusé : ${r.erreur.message}`);
    return r.valeur as { id: string };
  };
  await reussir('structure:initialiser', STRUCTURE_TEST);
  const j = await reussir('jeunes:creer', {
    saisie: buildJeune({
      nom: CANARIS.nom,
      prenom: CANARIS.prenom,
      telephone: CANARIS.telephone,
      email: CANARIS.email,
      adresse: `3 impasse ${CANARIS.adresse}`,
      commune: CANARIS.commune,
      datePremierAccueil: '2025-01-06',
    }),
  });
  await reussir('evenements:creer', {
    jeuneId: j.id,
    saisie: { date: '2025-01-06', type: 'EI', commentaire: CANARIS.entretien },
  });
  await reussir('freins:creer', {
    jeuneId: j.id,
    saisie: { theme: 'SANTE', dateIdentification: '2025-01-06', statut: 'IDENTIFIE', actions: CANARIS.frein },
  });
  await reussir('reperages:creer', {
    jeuneId: j.id,
    saisie: {
      domaine: 'HANDICAP',
      date: '2025-01-06',
      methode: 'DECLARATION_JEUNE',
      resultat: 'RQTH_VALIDE',
      note: CANARIS.reperage,
    },
  });
  await reussir('situations:creer', {
    jeuneId: j.id,
    saisie: { categorie: 'EMP', sousType: 'CDI', dateDebut: '2025-03-03', intitule: CANARIS.intitule },
  });
  // A refused call and an unknown channel: what reaches the logs when something goes wrong.
  await core.dispatch('jeunes:creer', { saisie: buildJeune({ nom: CANARIS.nom, dateNaissance: 'pas une date' }) });
  await core.dispatch('canal:inconnu', { nom: CANARIS.nom });
  // The WAL as it is while the app is open (before any checkpoint folds it into the file).
  const wal = existsSync(`${fichier}-wal`) ? readFileSync(`${fichier}-wal`) : Buffer.alloc(0);
  const sauvegarde = (await reussir('sauvegardes:creer', {})) as unknown as { fichier: string };
  const fichierSauvegarde = join(dossier, 'sauvegardes', sauvegarde.fichier);
  const paquet = await produirePaquet(core.base, { annee: 2025, maintenant: new Date('2026-03-02T10:00:00Z') });
  core.fermer();
  core = undefined;
  return {
    fichier,
    fichierSauvegarde,
    disque: {
      base: readFileSync(fichier),
      wal,
      sauvegarde: readFileSync(fichierSauvegarde),
    },
    journal: journal.join('\n'),
    paquet: await textePaquet(paquet),
  };
}

/** Every file of the package as text: CSV and manifest, the XLSX's XML, the PDF's text, the ZIP's entries. */
async function textePaquet(paquet: Awaited<ReturnType<typeof produirePaquet>>): Promise<string> {
  const textes: string[] = [];
  for (const f of paquet.fichiers) {
    if (f.nom.endsWith('.xlsx')) {
      for (const contenu of Object.values(unzipSync(f.contenu))) textes.push(Buffer.from(contenu).toString('utf8'));
    } else if (f.nom.endsWith('.pdf')) {
      const pdf = await getDocument({ data: f.contenu.slice() }).promise;
      for (let p = 1; p <= pdf.numPages; p += 1) {
        const contenu = await (await pdf.getPage(p)).getTextContent();
        textes.push(contenu.items.map((i) => ('str' in i ? i.str : '')).join(' '));
      }
    } else textes.push(Buffer.from(f.contenu).toString('utf8'));
  }
  for (const contenu of Object.values(unzipSync(zipperPaquet(paquet))))
    textes.push(Buffer.from(contenu).toString('latin1'));
  return textes.join('\n');
}

/** Where a canary shows, in UTF-8 or as SQLite may store it. */
function trouves(octets: Buffer | string): string[] {
  const texte = typeof octets === 'string' ? octets : octets.toString('utf8') + octets.toString('latin1');
  return Object.values(CANARIS).filter((c) => texte.includes(c));
}

describe('chaînes témoins', () => {
  it('sur une base en clair, le même scénario les retrouve dans le fichier et la sauvegarde', async () => {
    const clair = await scenario({ cle: null });
    const fichiers = Buffer.concat([clair.disque.base, clair.disque.wal]);
    expect(trouves(fichiers).sort()).toEqual(Object.values(CANARIS).sort());
    expect(trouves(clair.disque.sauvegarde).sort()).toEqual(Object.values(CANARIS).sort());
  });

  it('chiffrée : ni la base, ni son WAL, ni la sauvegarde, ni les journaux, ni le paquet Région', async () => {
    const chiffre = await scenario(ACCES_TEST);
    expect(natureFichier(chiffre.fichier)).toBe('chiffre');
    expect(chiffre.disque.wal.length).toBeGreaterThan(0);
    expect(trouves(chiffre.disque.base)).toEqual([]);
    expect(trouves(chiffre.disque.wal)).toEqual([]);
    expect(trouves(chiffre.disque.sauvegarde)).toEqual([]);
    expect(trouves(chiffre.journal)).toEqual([]);
    expect(chiffre.paquet).toContain('jeunes_accompagnes');
    expect(trouves(chiffre.paquet)).toEqual([]);
    // The backup opens with the key, and holds the data.
    const copie = connecter(chiffre.fichierSauvegarde, ACCES_TEST, { readonly: true, fileMustExist: true });
    expect(copie.prepare('SELECT nom FROM jeunes').pluck().all()).toEqual([CANARIS.nom]);
    copie.close();
  });
});

describe('mauvaise clé, clé absente', () => {
  function baseChiffree(): { fichier: string; empreinte: string; contenu: string[] } {
    const t = creerCoreTest();
    const fichier = t.fichier;
    t.core.fermer();
    return { fichier, empreinte: sha256Fichier(fichier), contenu: readdirSync(join(fichier, '..')).sort() };
  }

  it.each([
    ['une autre clé', { cle: Buffer.alloc(32, 0x42) }, 'CLE_INCORRECTE', /ne s'ouvre pas avec cette clé/],
    ['aucune clé', { cle: null }, 'BASE_ILLISIBLE', /chiffrée et sa clé n'a pas été donnée/],
  ])('%s : un message clair, rien de créé, le fichier intact', (_cas, acces, code, message) => {
    const b = baseChiffree();
    expect(() => ouvrirBase({ fichier: b.fichier, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces })).toThrow(
      expect.objectContaining({ code, message: expect.stringMatching(message) }),
    );
    expect(sha256Fichier(b.fichier)).toBe(b.empreinte);
    expect(readdirSync(join(b.fichier, '..')).sort()).toEqual(b.contenu);
  });

  it('une base en clair d’avant le chiffrement est chiffrée à sa première ouverture, données gardées', async () => {
    const t = creerCoreTest({ acces: { cle: null } });
    await t.reussir('structure:initialiser', STRUCTURE_TEST);
    const site = (await t.reussir('structure:lire', {})).sites[0]!;
    await t.reussir('jeunes:creer', { saisie: buildJeune({ siteId: site.id, nom: CANARIS.nom }) });
    t.core.fermer();
    expect(natureFichier(t.fichier)).toBe('clair');
    const base = ouvrirBase({ fichier: t.fichier, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: ACCES_TEST });
    expect(base.$client.prepare('SELECT nom FROM jeunes').pluck().all()).toEqual([CANARIS.nom]);
    expect(base.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    base.$client.close();
    expect(natureFichier(t.fichier)).toBe('chiffre');
    expect(trouves(readFileSync(t.fichier))).toEqual([]);
    expect(() =>
      ouvrirBase({ fichier: t.fichier, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: { cle: null } }),
    ).toThrow(ErreurBase);
  });
});

describe('clé de secours', () => {
  let t: CoreTest;
  afterEach(() => t.fermer());

  it('la direction la voit après son mot de passe, c’est la clé de la base, chaque affichage est audité', async () => {
    t = creerCoreTest({ systeme: false });
    await preparerComptes(t, [['c.durand', 'Camille Durand']]);
    expect(await t.reussir('chiffrement:etat', {})).toEqual({ chiffree: true, remiseLe: null });
    const refus = await t.appeler('chiffrement:cleSecours', { motDePasse: 'pas le bon mot de passe' });
    expect(refus.ok || refus.erreur.champs).toEqual({ motDePasse: 'Mot de passe incorrect.' });
    const vue = await t.reussir('chiffrement:cleSecours', { motDePasse: MDP_TEST });
    expect(vue.cle).toBe(formaterCleSecours(ACCES_TEST.cle!));
    expect((await t.reussir('chiffrement:etat', {})).remiseLe).toBe(vue.remiseLe);
    // Shown again: the first date stays, a second audit entry is written.
    expect((await t.reussir('chiffrement:cleSecours', { motDePasse: MDP_TEST })).remiseLe).toBe(vue.remiseLe);
    const audit = t.core.base.$client
      .prepare("SELECT count(*) FROM journal_audit WHERE action = 'CLE_SECOURS' AND objet = 'CLE_SECOURS'")
      .pluck()
      .get();
    expect(audit).toBe(2);
    await ouvrirSession(t, 'c.durand');
    const conseiller = await t.appeler('chiffrement:cleSecours', { motDePasse: MDP_TEST });
    expect(conseiller.ok || conseiller.erreur.code).toBe('INTERDIT');
  });

  it('restaure sur un autre poste la sauvegarde d’un poste volé, avec sa clé de secours', async () => {
    // The old workstation: its data and a backup on a USB disk.
    const ancien = creerCoreTest({ systeme: false });
    await preparerComptes(ancien);
    const site = (await ancien.reussir('structure:lire', {})).sites[0]!;
    await ancien.reussir('jeunes:creer', { saisie: buildJeune({ siteId: site.id, nom: CANARIS.nom }) });
    const usb = dossierTemporaire('tremplin-usb-');
    await ancien.reussir('sauvegardes:dossier', { chemin: usb });
    const { fichier } = await ancien.reussir('sauvegardes:creer', {});
    const cleSecours = (await ancien.reussir('chiffrement:cleSecours', { motDePasse: MDP_TEST })).cle;
    ancien.core.fermer();

    // The new one: its own key, set up afresh, pointed at the USB disk.
    const autreCle = { cle: Buffer.alloc(32, 0x5a) };
    t = creerCoreTest({ systeme: false, acces: autreCle });
    await preparerComptes(t);
    await t.reussir('sauvegardes:dossier', { chemin: usb });
    const sansCle = await t.appeler('sauvegardes:restaurer', { fichier, motDePasse: MDP_TEST });
    expect(sansCle.ok || sansCle.erreur.champs).toEqual({
      cleSecours: expect.stringMatching(/saisissez sa clé de secours/),
    });
    const mauvaise = await t.appeler('sauvegardes:restaurer', {
      fichier,
      motDePasse: MDP_TEST,
      cleSecours: formaterCleSecours(Buffer.alloc(32, 1)),
    });
    expect(mauvaise.ok || mauvaise.erreur.champs).toEqual({
      cleSecours: 'Cette clé de secours n’ouvre pas cette sauvegarde.',
    });
    const mauvaiseForme = await t.appeler('sauvegardes:restaurer', {
      fichier,
      motDePasse: MDP_TEST,
      cleSecours: '1234',
    });
    expect(mauvaiseForme.ok || mauvaiseForme.erreur.champs?.cleSecours).toMatch(/64 caractères/);
    expect(t.compter('jeunes')).toBe(0);

    await t.reussir('sauvegardes:restaurer', { fichier, motDePasse: MDP_TEST, cleSecours: cleSecours.toLowerCase() });
    expect(t.compter('jeunes')).toBe(1);
    // Re-keyed to this workstation's key: it opens with it, no longer with the old one.
    t.core.fermer();
    const relue = connecter(t.fichier, autreCle, { readonly: true });
    expect(relue.prepare('SELECT nom FROM jeunes').pluck().get()).toBe(CANARIS.nom);
    relue.close();
    expect(() =>
      ouvrirBase({ fichier: t.fichier, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: ACCES_TEST }),
    ).toThrow(expect.objectContaining({ code: 'CLE_INCORRECTE' }));
    ancien.fermer();
  });
});
