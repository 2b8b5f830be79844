/**
 * The package of the worked example: the CSV (approval file and exact format), the manifest and its
 * hashes, the XLSX read back, the PDF parsed, the ZIP, nothing personal, and `export-region`.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executerCli } from '../../../electron/core/cli/cli';
import { sha256 } from '../../../electron/core/region/manifest';
import { ecrirePaquet, produirePaquet, zipperPaquet, type PaquetRegion } from '../../../electron/core/region/paquet';
import { SECTIONS } from '../../../electron/core/region/indicateurs/types';
import { creerCoreTest, dossierTemporaire, MAINTENANT, type CoreTest } from '../../support/core-test';
import { construireExemple } from '../../support/region';

let t: CoreTest;
let paquet: PaquetRegion;
const fichier = (nom: string) => paquet.fichiers.find((f) => f.nom === nom)!.contenu;
// The BOM is kept: it is part of the format.
const texte = (nom: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(fichier(nom));

beforeAll(async () => {
  t = creerCoreTest();
  await construireExemple(t);
  paquet = await produirePaquet(t.core.base, { annee: 2025, maintenant: MAINTENANT });
});
afterAll(() => t.fermer());

describe('indicateurs.csv', () => {
  it('est celui approuvé pour l’exemple de la spécification', async () => {
    await expect(texte('indicateurs.csv')).toMatchFileSnapshot('approbations/exemple-2025.csv');
  });

  it('UTF-8 avec BOM, « ; », CRLF après chaque ligne, valeurs entières ou à 2 décimales', () => {
    const octets = fichier('indicateurs.csv');
    expect([...octets.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const contenu = texte('indicateurs.csv').slice(1);
    expect(contenu.endsWith('\r\n')).toBe(true);
    const lignes = contenu.slice(0, -2).split('\r\n');
    expect(lignes[0]).toBe('code;variante;dimension;modalite;valeur');
    for (const l of lignes.slice(1))
      expect(l).toMatch(/^[A-Z0-9_]+;(tous|accompagnes);[a-z_]+;[A-Za-z0-9_]+;\d+(\.\d{2})?$/);
    expect(lignes.filter((l) => l.startsWith('AIDES_MONTANT;')).every((l) => /\.\d{2}$/.test(l))).toBe(true);
    expect(contenu.split('\n').every((l) => !l.includes('\r') || l.endsWith('\r'))).toBe(true);
  });
});

describe('manifest.json', () => {
  it('décrit le paquet, et chaque empreinte et nombre de lignes correspond au fichier', () => {
    const manifest = JSON.parse(texte('manifest.json'));
    expect(manifest).toMatchObject({
      format: 'tremplin-indicateurs',
      version: 1,
      structure: { code: 'ML33-TEST', nom: 'Mission Locale de test', siret: '73282932000074' },
      annee: 2025,
      periode: { debut: '2025-01-01', fin: '2025-12-31' },
      logiciel: { nom: 'Tremplin' },
      parametres: { fenetre_accompagnement_mois: 6, seuil_emploi_durable_mois: 6, delai_orientation_reperage_mois: 3 },
      qualite: {
        jeunes_accompagnes_sans_niveau: 1, // B
        situations_emp_sans_fin_prevue: 0,
        reperages_positifs_sans_suite: 0,
        situations_sans_accompagnement: 2, // S1 and S2
      },
    });
    expect(manifest.genere_le).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(new Date(manifest.genere_le).getTime()).toBe(MAINTENANT.getTime());
    expect(manifest.fichiers.map((f: { nom: string }) => f.nom)).toEqual([
      'indicateurs.csv',
      'indicateurs.xlsx',
      'synthese.pdf',
    ]);
    for (const f of manifest.fichiers) {
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(f.sha256).toBe(sha256(fichier(f.nom)));
    }
    const lignesCsv = texte('indicateurs.csv').split('\r\n').length - 2; // header, final empty
    expect(manifest.fichiers[0].lignes).toBe(lignesCsv);
    expect(manifest.fichiers.slice(1).every((f: object) => !('lignes' in f))).toBe(true);
  });

  it('la liste des dossiers à corriger reste locale : aucun identifiant ni nom de jeune dans le paquet', () => {
    expect(paquet.qualite.dossiers).toHaveLength(3);
    const ids = paquet.qualite.dossiers.map((d) => d.jeuneId);
    for (const nom of ['indicateurs.csv', 'manifest.json']) {
      for (const id of ids) expect(texte(nom)).not.toContain(id);
      expect(texte(nom)).not.toMatch(/Jeune\d|Test\d/);
    }
  });
});

it('indicateurs.xlsx : une feuille par section, libellés français, mêmes chiffres', async () => {
  const classeur = new ExcelJS.Workbook();
  await classeur.xlsx.load(Buffer.from(fichier('indicateurs.xlsx')) as never);
  expect(classeur.worksheets.map((f) => f.name)).toEqual(Object.values(SECTIONS));
  const publicF = classeur.getWorksheet('Public')!;
  const valeurs: unknown[][] = [];
  publicF.eachRow((r) => valeurs.push((r.values as unknown[]).slice(1)));
  const titre = valeurs.findIndex((r) => r[0] === 'Jeunes accompagnés');
  expect(valeurs[titre + 2]).toEqual(['Total', 'Total', 2]); // no « accompagnés » column
  expect(valeurs).toContainEqual(['', '18 à 21 ans', 1]);
  expect(publicF.pageSetup.fitToWidth).toBe(1);
  const entrees = classeur.getWorksheet('Entrées en situation')!;
  const lignesEntrees: unknown[][] = [];
  entrees.eachRow((r) => lignesEntrees.push((r.values as unknown[]).slice(1)));
  const solution = lignesEntrees.findIndex((r) => String(r[0]).startsWith('Jeunes entrés en solution'));
  expect(lignesEntrees[solution + 2]).toEqual(['Total', 'Total', 3, 1]);
});

it('synthese.pdf : 2 à 4 pages, chiffres clés, évolution, qualité, signature', async () => {
  const pdf = await getDocument({ data: fichier('synthese.pdf').slice() }).promise;
  expect(pdf.numPages).toBeGreaterThanOrEqual(2);
  expect(pdf.numPages).toBeLessThanOrEqual(4);
  let tout = '';
  for (let p = 1; p <= pdf.numPages; p += 1) {
    const contenu = await (await pdf.getPage(p)).getTextContent();
    tout += contenu.items.map((i) => ('str' in i ? i.str : '')).join('');
  }
  tout = tout.replace(/\s+/g, ' ');
  for (const attendu of [
    'Indicateurs annuels 2025',
    'Mission Locale de test',
    'Chiffres clés',
    'Jeunes accompagnés',
    'Évolution',
    'Qualité des données',
    'Certifié exact',
  ]) {
    expect(tout).toContain(attendu);
  }
});

describe('écriture', () => {
  it('le ZIP contient le dossier du paquet, octet pour octet', () => {
    const entrees = unzipSync(zipperPaquet(paquet));
    expect(Object.keys(entrees).sort()).toEqual(
      paquet.fichiers.map((f) => `indicateurs-ML33-TEST-2025/${f.nom}`).sort(),
    );
    for (const f of paquet.fichiers) expect(entrees[`indicateurs-ML33-TEST-2025/${f.nom}`]).toEqual(f.contenu);
  });

  it('refuse un dossier non vide sans --force, sans rien écrire', () => {
    const dossier = dossierTemporaire();
    writeFileSync(join(dossier, 'autre.txt'), 'x');
    expect(() => ecrirePaquet(paquet, dossier)).toThrow(/n'est pas vide/);
    expect(readdirSync(dossier)).toEqual(['autre.txt']);
    ecrirePaquet(paquet, dossier, { force: true });
    expect(readdirSync(dossier).sort()).toEqual(
      ['autre.txt', 'indicateurs.csv', 'indicateurs.xlsx', 'manifest.json', 'synthese.pdf'].sort(),
    );
  });
});

describe('export-region', () => {
  async function cli(...argv: string[]) {
    const sortie: string[] = [];
    const code = await executerCli(argv, { sorties: { stdout: (x) => sortie.push(x), stderr: (x) => sortie.push(x) } });
    return { code, sortie: sortie.join('\n') };
  }

  it('écrit le dossier et le ZIP (0), refuse un dossier non vide (1), un mauvais usage (2)', async () => {
    const dossier = dossierTemporaire();
    const out = join(dossier, 'paquet');
    const zip = join(dossier, 'indicateurs.zip');
    const liste = join(dossier, 'a-corriger.csv');
    const ok = await cli(
      'export-region',
      '--db',
      t.fichier,
      '--annee',
      '2025',
      '--out',
      out,
      '--zip',
      zip,
      '--qualite',
      liste,
    );
    expect(ok.code).toBe(0);
    const lignesListe = readFileSync(liste, 'utf8').trimEnd().split('\r\n');
    expect(lignesListe[0]).toBe('\ufeffcontrole;libelle;jeune_id;date');
    expect(lignesListe.slice(1).map((l) => l.split(';')[0])).toEqual([
      'jeunes_accompagnes_sans_niveau',
      'situations_sans_accompagnement',
      'situations_sans_accompagnement',
    ]);
    expect(readdirSync(out)).not.toContain('a-corriger.csv');
    expect(ok.sortie).toContain('Jeunes accompagnés sans niveau de formation : 1');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.fichiers[0].sha256).toBe(sha256(readFileSync(join(out, 'indicateurs.csv'))));
    expect(readFileSync(join(out, 'indicateurs.csv'))).toEqual(Buffer.from(fichier('indicateurs.csv')));
    expect(Object.keys(unzipSync(readFileSync(zip)))).toHaveLength(4);
    expect((await cli('export-region', '--db', t.fichier, '--annee', '2025', '--out', out)).code).toBe(1);
    expect((await cli('export-region', '--db', t.fichier, '--annee', '2025', '--out', out, '--force')).code).toBe(0);
    expect((await cli('export-region', '--db', t.fichier, '--annee', '25', '--out', out)).code).toBe(2);
    expect((await cli('export-region', '--db', t.fichier, '--annee', '2025')).code).toBe(2);
    expect((await cli('export-region', '--help')).sortie).toContain('--annee AAAA');
    mkdirSync(join(dossier, 'vide'));
    const absente = await cli(
      'export-region',
      '--db',
      join(dossier, 'absente.sqlite'),
      '--annee',
      '2025',
      '--out',
      join(dossier, 'vide'),
    );
    expect(absente.code).toBe(1);
  });
});
