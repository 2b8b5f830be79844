/**
 * `seed`: synthetic data that the app's own rules accept, the same for the same graine, plausible
 * in its distributions, found by the search, and the command's exit codes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executerCli } from '../../electron/core/cli/cli';
import {
  dispositifSaisieSchema,
  evenementSaisieSchema,
  freinSaisieSchema,
  jeuneSaisieSchema,
  partenaireSaisieSchema,
  situationSaisieSchema,
} from '../../electron/core/contract';
import { creerStructureDemo } from '../../electron/core/demo/demo';
import { RESULTATS_POSITIFS, RESSOURCES_REPERAGE, type DomaineReperage } from '../../electron/core/domain/codes';
import { ageRevolu, ajouterMois, type DateIso } from '../../electron/core/domain/dates';
import { erreursDatesJeune } from '../../electron/core/domain/jeune';
import { CATEGORIE_ENTREE, ETATS_ORIENTATION_EFFECTIVE } from '../../electron/core/domain/orientation';
import {
  conseilOrientation,
  erreursDatesFutures,
  erreursReperage,
  estPositif,
  methodeDuDomaine,
  resultatDuDomaine,
} from '../../electron/core/domain/reperage';
import { erreursSituation, estEmploiDurable } from '../../electron/core/domain/situation';
import { erreursFrein, erreursPeriode, sechevauchent } from '../../electron/core/domain/suivi';
import { semer } from '../../electron/core/seed/seed';
import { verifierBase } from '../../electron/core/services/verification';
import { creerCoreTest, dossierTemporaire, SCRYPT_TEST, type CoreTest } from '../support/core-test';
import { connecter } from '../../db/chiffrement';
import { ACCES_TEST } from '../support/cle-test';

const AUJOURDHUI = '2026-06-15';
const HORLOGE = () => new Date('2026-06-15T10:00:00+02:00');
const N = 2000;

async function cli(...argv: string[]) {
  const sorties = { stdout: [] as string[], stderr: [] as string[] };
  const code = await executerCli(argv, {
    sorties: { stdout: (t) => sorties.stdout.push(t), stderr: (t) => sorties.stderr.push(t) },
    maintenant: HORLOGE,
    parametresScrypt: SCRYPT_TEST,
  });
  return { code, stdout: sorties.stdout.join('\n'), stderr: sorties.stderr.join('\n') };
}

/** Every table's rows in a stable order (the password hashes are salted: left out). */
function vidage(fichier: string): string {
  const db = connecter(fichier, ACCES_TEST, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    return JSON.stringify(
      tables.map(({ name }) => [
        name,
        db
          .prepare(`SELECT * FROM "${name}"`)
          .all()
          .map((l) => JSON.stringify({ ...(l as object), mot_de_passe: undefined }))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

type Ligne = Record<string, string | number | null>;

describe('seed sur 2 000 dossiers', () => {
  let t: CoreTest;
  const lire = (sql: string) => t.core.base.$client.prepare(sql).all() as Ligne[];
  const valeur = (sql: string) => (t.core.base.$client.prepare(sql).get() as { n: number }).n;

  beforeAll(async () => {
    t = creerCoreTest({ maintenant: HORLOGE });
    await creerStructureDemo(t.core);
    semer(t.core.base, { jeunes: N, graine: 7, annees: 5, aujourdhui: AUJOURDHUI });
  }, 60_000);
  afterAll(() => t.fermer());

  it('passe la vérification de l’application (intégrité, références, dates des dossiers, journal)', () => {
    expect(verifierBase(t.core.base.$client)).toEqual([]);
    expect(t.compter('jeunes')).toBe(N);
  });

  it('chaque ligne respecte les règles du domaine', () => {
    const erreurs: string[] = [];
    const noter = (quoi: string, l: Ligne, liste: unknown[] | Record<string, string>) => {
      const n = Array.isArray(liste) ? liste.length : Object.keys(liste).length;
      if (n > 0) erreurs.push(`${quoi} ${l.id}: ${JSON.stringify(liste)}`);
    };
    const jeunes = new Map(lire('SELECT * FROM jeunes').map((j) => [j.id as string, j]));
    for (const j of jeunes.values()) {
      noter(
        'jeune',
        j,
        erreursDatesJeune({
          dateNaissance: j.date_naissance as string,
          datePremierAccueil: j.date_premier_accueil as string,
        }),
      );
      if ((j.date_premier_accueil as string) > AUJOURDHUI) erreurs.push(`jeune ${j.id}: accueil futur`);
    }
    const propositions = new Map(lire('SELECT * FROM propositions').map((p) => [p.id as string, p]));
    for (const p of propositions.values()) {
      if ((p.date_etat as string) < (p.date as string) || (p.date_etat as string) > AUJOURDHUI)
        erreurs.push(`proposition ${p.id}: dates`);
    }
    const entrees = new Set<string>();
    for (const s of lire('SELECT * FROM situations')) {
      noter(
        'situation',
        s,
        erreursSituation({
          categorie: s.categorie,
          sousType: s.sous_type,
          dateDebut: s.date_debut,
          dateFinPrevue: s.date_fin_prevue,
          dateFin: s.date_fin,
          financeur: s.financeur,
        } as never),
      );
      if ((s.date_debut as string) > AUJOURDHUI || ((s.date_fin as string | null) ?? '') > AUJOURDHUI)
        erreurs.push(`situation ${s.id}: future`);
      if (s.proposition_id !== null) {
        const p = propositions.get(s.proposition_id as string)!;
        entrees.add(p.id as string);
        if (
          p.jeune_id !== s.jeune_id ||
          (p.date as string) > (s.date_debut as string) ||
          CATEGORIE_ENTREE[p.type as never] !== s.categorie
        )
          erreurs.push(`situation ${s.id}: entrée incohérente`);
      }
    }
    for (const p of propositions.values()) {
      if (p.etat === 'REALISEE' && CATEGORIE_ENTREE[p.type as never] !== undefined && !entrees.has(p.id as string))
        erreurs.push(`proposition ${p.id}: réalisée sans entrée`);
    }
    for (const r of lire('SELECT * FROM reperages')) {
      const domaine = r.domaine as DomaineReperage;
      if (!methodeDuDomaine(domaine, r.methode as string) || !resultatDuDomaine(domaine, r.resultat as string))
        erreurs.push(`repérage ${r.id}: codes`);
      noter('repérage', r, {
        ...erreursReperage({
          domaine,
          date: r.date as string,
          resultat: r.resultat as string,
          dateInformation: r.date_information as string | null,
          dateSuivi: r.date_suivi as string | null,
          dateFinRqth: r.date_fin_rqth as string | null,
        }),
        ...erreursDatesFutures(
          { date: r.date as string, dateInformation: r.date_information as string | null },
          AUJOURDHUI,
        ),
      });
      if (r.proposition_id !== null && propositions.get(r.proposition_id as string)?.jeune_id !== r.jeune_id)
        erreurs.push(`repérage ${r.id}: orientation d’un autre jeune`);
    }
    for (const f of lire('SELECT * FROM freins')) {
      noter(
        'frein',
        f,
        erreursFrein({
          statut: f.statut,
          dateIdentification: f.date_identification,
          dateStatut: f.date_statut,
        } as never),
      );
      if (((f.date_statut as string | null) ?? f.date_identification)! > AUJOURDHUI)
        erreurs.push(`frein ${f.id}: futur`);
    }
    const parJeuneEtType = new Map<string, Ligne[]>();
    for (const d of lire('SELECT * FROM dispositifs')) {
      noter(
        'dispositif',
        d,
        erreursPeriode({ debut: d.date_entree as string, fin: d.date_sortie as string | null }, 'dateSortie'),
      );
      const cle = `${d.jeune_id} ${d.type}`;
      for (const autre of parJeuneEtType.get(cle) ?? [])
        if (
          sechevauchent(
            { debut: autre.date_entree as string, fin: autre.date_sortie as string | null },
            { debut: d.date_entree as string, fin: d.date_sortie as string | null },
          )
        )
          erreurs.push(`dispositif ${d.id}: chevauchement`);
      parJeuneEtType.set(cle, [...(parJeuneEtType.get(cle) ?? []), d]);
    }
    const apresAujourdhui = valeur(
      `SELECT (SELECT count(*) FROM evenements WHERE date > '${AUJOURDHUI}') + (SELECT count(*) FROM aides WHERE date_decision > '${AUJOURDHUI}') + (SELECT count(*) FROM dispositifs WHERE date_entree > '${AUJOURDHUI}' OR date_sortie > '${AUJOURDHUI}') AS n`,
    );
    expect(apresAujourdhui).toBe(0);
    // Sessions and offers belong to the proposition's partner.
    expect(
      valeur(
        'SELECT count(*) AS n FROM propositions p LEFT JOIN sessions_formation s ON s.id = p.session_id LEFT JOIN offres o ON o.id = p.offre_id WHERE (p.session_id IS NOT NULL AND s.partenaire_id <> p.partenaire_id) OR (p.offre_id IS NOT NULL AND o.partenaire_id <> p.partenaire_id)',
      ),
    ).toBe(0);
    expect(erreurs.slice(0, 10)).toEqual([]);
  });

  it('les schémas de saisie de l’application acceptent chaque dossier, contact, situation, dispositif, frein et partenaire', () => {
    const refus: string[] = [];
    const verifier = (
      quoi: string,
      schema: { safeParse(v: unknown): { success: boolean } },
      lignes: Ligne[],
      vers: (l: Ligne) => unknown,
    ) => {
      for (const l of lignes) if (!schema.safeParse(vers(l)).success) refus.push(`${quoi} ${l.id}`);
    };
    verifier('jeune', jeuneSaisieSchema, lire('SELECT * FROM jeunes'), (j) => ({
      nom: j.nom,
      nomUsage: j.nom_usage,
      prenom: j.prenom,
      sexe: j.sexe,
      dateNaissance: j.date_naissance,
      datePremierAccueil: j.date_premier_accueil,
      niveauFormation: j.niveau_formation,
      qpv: j.qpv === 1,
      zrr: j.zrr === 1,
      telephone: j.telephone,
      email: j.email,
      adresse: j.adresse,
      codePostal: j.code_postal,
      commune: j.commune,
      siteId: j.site_id,
      referentId: j.referent_id,
      dateInformationRgpd: j.date_information_rgpd,
    }));
    verifier('événement', evenementSaisieSchema, lire('SELECT * FROM evenements LIMIT 5000'), (e) => ({
      date: e.date,
      type: e.type,
      conseillerId: e.conseiller_id,
      siteId: e.site_id,
      commentaire: e.commentaire,
    }));
    verifier('situation', situationSaisieSchema, lire('SELECT * FROM situations'), (x) => ({
      categorie: x.categorie,
      sousType: x.sous_type,
      dateDebut: x.date_debut,
      dateFinPrevue: x.date_fin_prevue,
      dateFin: x.date_fin,
      partenaireId: x.partenaire_id,
      partenaire: x.partenaire,
      intitule: x.intitule,
      financeur: x.financeur,
    }));
    verifier('dispositif', dispositifSaisieSchema, lire('SELECT * FROM dispositifs'), (d) => ({
      type: d.type,
      dateEntree: d.date_entree,
      dateSortie: d.date_sortie,
    }));
    verifier('frein', freinSaisieSchema, lire('SELECT * FROM freins'), (f) => ({
      theme: f.theme,
      dateIdentification: f.date_identification,
      statut: f.statut,
      dateStatut: f.date_statut,
      actions: f.actions,
    }));
    const contacts = lire('SELECT * FROM contacts_partenaires ORDER BY ordre');
    verifier('partenaire', partenaireSaisieSchema, lire('SELECT * FROM partenaires'), (p) => ({
      type: p.type,
      raisonSociale: p.raison_sociale,
      siret: p.siret,
      adresse: p.adresse,
      codePostal: p.code_postal,
      commune: p.commune,
      telephone: p.telephone,
      email: p.email,
      notes: p.notes,
      contacts: contacts
        .filter((c) => c.partenaire_id === p.id)
        .map((c) => ({ nom: c.nom, fonction: c.fonction, telephone: c.telephone, email: c.email })),
    }));
    expect(refus.slice(0, 10)).toEqual([]);
  });

  it('des répartitions plausibles', () => {
    const evenementsParJeune = t.compter('evenements') / N;
    expect(evenementsParJeune).toBeGreaterThan(12);
    expect(evenementsParJeune).toBeLessThan(20);
    expect(valeur("SELECT count(*) AS n FROM evenements WHERE type = 'EI'") / t.compter('evenements')).toBeGreaterThan(
      0.4,
    );
    const part = (sql: string) => valeur(sql) / N;
    expect(part('SELECT count(*) AS n FROM jeunes WHERE niveau_formation IS NULL')).toSatisfy(
      (p: number) => p > 0.04 && p < 0.16,
    );
    expect(
      part("SELECT count(*) AS n FROM jeunes WHERE niveau_formation IN ('INFRA3', 'N3_NV', 'N3', 'N4_NV')"),
    ).toBeGreaterThan(0.45);
    expect(part('SELECT count(*) AS n FROM jeunes WHERE qpv = 1')).toSatisfy((p: number) => p > 0.1 && p < 0.35);
    expect(part('SELECT count(*) AS n FROM jeunes WHERE zrr = 1')).toSatisfy((p: number) => p > 0.03 && p < 0.25);
    expect(part("SELECT count(*) AS n FROM jeunes WHERE statut = 'INACTIF'")).toSatisfy(
      (p: number) => p > 0.05 && p < 0.5,
    );
    for (const j of lire('SELECT date_naissance, date_premier_accueil FROM jeunes'))
      expect(ageRevolu(j.date_naissance as string, j.date_premier_accueil as string)).toSatisfy(
        (a: number) => a >= 14 && a <= 30,
      );
    // First receptions over each of the 5 years, each with a fair share.
    const parAn = lire(
      'SELECT substr(date_premier_accueil, 1, 4) AS an, count(*) AS n FROM jeunes GROUP BY an ORDER BY an',
    );
    expect(parAn.map((l) => l.an)).toEqual(['2022', '2023', '2024', '2025', '2026']);
    for (const l of parAn) expect(l.n as number).toBeGreaterThan(N * 0.08);
    // Positive screenings near 10 % (illettrisme), 15 % (illectronisme), 5 % (handicap) of youths.
    const bornes: Record<DomaineReperage, [number, number]> = {
      ILLETTRISME: [0.06, 0.14],
      ILLECTRONISME: [0.1, 0.2],
      HANDICAP: [0.025, 0.08],
    };
    for (const [domaine, [min, max]] of Object.entries(bornes) as [DomaineReperage, [number, number]][]) {
      const positifs = RESULTATS_POSITIFS[domaine].map((r) => `'${r}'`).join(', ');
      expect(
        part(
          `SELECT count(DISTINCT jeune_id) AS n FROM reperages WHERE domaine = '${domaine}' AND resultat IN (${positifs})`,
        ),
      ).toSatisfy((p: number) => p >= min && p <= max);
    }
    // Every state of the machine, every category, durable jobs including CDD of 6 months or more.
    expect(lire('SELECT DISTINCT etat FROM propositions').length).toBe(8);
    expect(lire('SELECT DISTINCT categorie FROM situations').length).toBe(8);
    const emplois = lire(
      "SELECT categorie, sous_type, date_debut, date_fin_prevue FROM situations WHERE categorie = 'EMP'",
    );
    const durables = emplois.filter((s) =>
      estEmploiDurable({
        categorie: 'EMP',
        sousType: s.sous_type as string,
        dateDebut: s.date_debut as string,
        dateFinPrevue: s.date_fin_prevue as string | null,
      }),
    );
    expect(durables.length / emplois.length).toSatisfy((p: number) => p > 0.2 && p < 0.6);
    expect(durables.some((s) => s.sous_type === 'CDD')).toBe(true);
    expect(
      valeur("SELECT count(*) AS n FROM situations WHERE categorie = 'FOR' AND financeur = 'REGION'"),
    ).toBeGreaterThan(0);
    expect(valeur("SELECT count(*) AS n FROM freins WHERE statut = 'LEVE'")).toBeGreaterThan(0);
    expect(valeur("SELECT count(*) AS n FROM dispositifs WHERE type = 'CEJ'")).toBeGreaterThan(N * 0.2);
    expect(valeur("SELECT count(*) AS n FROM dispositifs WHERE type = 'PACEA'")).toBeGreaterThan(N * 0.2);
    expect(valeur('SELECT count(DISTINCT referent_id) AS n FROM jeunes')).toBe(3);
    expect(valeur('SELECT count(DISTINCT site_id) AS n FROM jeunes')).toBe(3);
  });

  it('oriente une partie des repérages positifs vers un partenaire qui a la ressource, dans les 3 mois', () => {
    const orientes = lire(
      'SELECT r.domaine, r.resultat, r.date, p.date AS date_p, p.etat, p.type, p.partenaire_id FROM reperages r JOIN propositions p ON p.id = r.proposition_id',
    );
    const ressources = lire('SELECT partenaire_id, ressource FROM ressources_partenaires');
    expect(orientes.length).toBeGreaterThan(0);
    for (const o of orientes) {
      const domaine = o.domaine as DomaineReperage;
      expect(estPositif(domaine, o.resultat as string)).toBe(true);
      const conseil = conseilOrientation(domaine, o.resultat as never)!;
      expect(o.type).toBe(conseil.typeProposition);
      const offertes = ressources.filter((r) => r.partenaire_id === o.partenaire_id).map((r) => r.ressource);
      expect(conseil.ressources.some((r) => offertes.includes(r))).toBe(true);
      expect(o.date_p as string).toSatisfy(
        (d: string) => d >= (o.date as string) && d <= ajouterMois(o.date as DateIso, 3),
      );
    }
    expect(orientes.some((o) => ETATS_ORIENTATION_EFFECTIVE.includes(o.etat as never))).toBe(true);
    expect(Object.keys(RESSOURCES_REPERAGE.libelles).length).toBe(
      valeur('SELECT count(DISTINCT ressource) AS n FROM ressources_partenaires'),
    );
  });

  it('la recherche de l’application retrouve un jeune semé par son nom, sans accents', async () => {
    const j = lire("SELECT id, nom, prenom FROM jeunes WHERE nom LIKE '%è%' OR prenom LIKE '%é%' LIMIT 1")[0]!;
    const texte = `${j.nom} ${j.prenom}`.normalize('NFD').replace(/\p{M}/gu, '');
    const { lignes } = await t.reussir('jeunes:rechercher', { texte, taillePage: 100 });
    expect(lignes.map((l) => l.id)).toContain(j.id);
  });
});

describe('tremplin seed', () => {
  it('même graine ⇒ mêmes données, autre graine ⇒ autres données', async () => {
    const dossier = dossierTemporaire();
    const [a, b, c] = ['a', 'b', 'c'].map((n) => join(dossier, `${n}.sqlite`));
    expect((await cli('seed', '--db', a!, '--jeunes', '300', '--graine', '12')).code).toBe(0);
    expect((await cli('seed', '--db', b!, '--jeunes', '300', '--graine', '12')).code).toBe(0);
    expect((await cli('seed', '--db', c!, '--jeunes', '300', '--graine', '13')).code).toBe(0);
    const vidageA = vidage(a!);
    expect(vidage(b!)).toBe(vidageA);
    expect(vidage(c!)).not.toBe(vidageA);
    expect(await cli('verifier', '--db', a!)).toMatchObject({ code: 0 });
  }, 60_000);

  it('crée la structure de démonstration, refuse une base déjà remplie (code 1)', async () => {
    const db = join(dossierTemporaire(), 'demo.sqlite');
    const r = await cli('seed', '--db', db, '--jeunes', '50', '--annees', '2');
    expect(r).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^50 dossiers synthétiques écrits[\s\S]*ML-DEMO/),
    });
    const lecture = connecter(db, ACCES_TEST, { readonly: true });
    expect(lecture.prepare('SELECT code FROM structure').get()).toEqual({ code: 'ML-DEMO' });
    expect(lecture.prepare('SELECT min(date_premier_accueil) AS d FROM jeunes').get()).toSatisfy(
      (l: { d: string }) => l.d >= '2025-01-01',
    );
    lecture.close();
    expect(await cli('seed', '--db', db, '--jeunes', '5')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/contient déjà des dossiers/),
    });
  }, 60_000);

  it.each([
    [['seed', '--db', 'x.sqlite'], /--jeunes manquante/],
    [['seed', '--db', 'x.sqlite', '--jeunes', '0'], /--jeunes : un entier entre 1 et/],
    [['seed', '--db', 'x.sqlite', '--jeunes', '12.5'], /--jeunes : un entier/],
    [['seed', '--db', 'x.sqlite', '--jeunes', '10', '--annees', '11'], /--annees : un entier entre 1 et 10/],
    [['seed', '--db', 'x.sqlite', '--jeunes', '10', '--graine', ''], /--graine/],
    [['seed', '--jeunes', '10'], /--db manquante/],
  ])('mauvais usage %j → code 2', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--help décrit la commande', async () => {
    expect(await cli('seed', '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/seed --db FICHIER --jeunes N/),
    });
  });
});
