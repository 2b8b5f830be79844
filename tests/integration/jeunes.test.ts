import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JeuneSaisieBrute } from '../../electron/core/contract';
import { creerCoreTest, type CoreTest } from '../support/core-test';
import { buildJeune, buildJeuneMineur, STRUCTURE_TEST } from '../support/fabriques';

let t: CoreTest;
beforeEach(async () => {
  t = creerCoreTest();
  await t.reussir('structure:initialiser', STRUCTURE_TEST);
});
afterEach(() => t.fermer());

const compter = (table: string) => t.compter(table);

describe('création d’un dossier', () => {
  it('enregistre le dossier normalisé et une entrée CREATION dans l’historique', async () => {
    const jeune = await t.reussir('jeunes:creer', { saisie: buildJeune({ nom: '  Lefèvre ' }) });
    expect(jeune).toMatchObject({
      nom: 'Lefèvre',
      prenom: 'Hélène',
      telephone: '0612345678',
      statut: 'ACTIF',
      qpv: true,
      zrr: false,
      nomUsage: null,
      siteId: null,
    });
    expect(jeune.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // UUID v7
    const historique = await t.reussir('jeunes:historique', { id: jeune.id });
    expect(historique).toEqual([expect.objectContaining({ action: 'CREATION', champ: null, auteur: null })]);
    expect(await t.reussir('jeunes:lire', { id: jeune.id })).toEqual(jeune);
  });

  it('rattache le site et le référent et renvoie leurs noms', async () => {
    const conseiller = await t.reussir('conseillers:creer', {
      login: 'c.durand',
      nom: 'Durand',
      prenom: 'Camille',
      role: 'CONSEILLER',
    });
    const etat = await t.reussir('structure:lire', {});
    const jeune = await t.reussir('jeunes:creer', {
      saisie: buildJeune({ siteId: etat.sites[0]!.id, referentId: conseiller.id }),
    });
    expect(jeune.siteLibelle).toBe('Siège');
    expect(jeune.referentNom).toBe('Camille Durand');
  });

  const invalides: [string, Partial<JeuneSaisieBrute>, string, RegExp][] = [
    ['nom vide', { nom: '  ' }, 'nom', /obligatoire/i],
    ['prénom absent', { prenom: undefined }, 'prenom', /obligatoire/i],
    ['nom trop long', { nom: 'x'.repeat(101) }, 'nom', /100 caractères/],
    ['sexe inconnu', { sexe: 'X' as 'F' }, 'sexe', /choix/i],
    ['date de naissance inexistante', { dateNaissance: '2005-02-31' }, 'dateNaissance', /date inexistante/i],
    [
      'date au format français non ISO',
      { dateNaissance: '10/03/2005' },
      'dateNaissance',
      /date inexistante ou mal écrite/i,
    ],
    ['premier accueil inexistant', { datePremierAccueil: '2024-13-01' }, 'datePremierAccueil', /date inexistante/i],
    ['naissance après le premier accueil', { dateNaissance: '2025-01-01' }, 'dateNaissance', /postérieure/i],
    ['13 ans au premier accueil', { dateNaissance: '2010-11-03' }, 'dateNaissance', /13 ans/],
    ['31 ans au premier accueil', { dateNaissance: '1993-11-02' }, 'dateNaissance', /31 ans/],
    [
      'premier accueil dans le futur',
      { datePremierAccueil: '2026-06-16', dateNaissance: '2006-01-01' },
      'datePremierAccueil',
      /futur/,
    ],
    ['niveau inconnu', { niveauFormation: 'N9' as 'N3' }, 'niveauFormation', /choix/i],
    ['QPV non booléen', { qpv: 'peut-être' as unknown as boolean }, 'qpv', /oui ou non/i],
    ['téléphone trop court', { telephone: '06 12 34' }, 'telephone', /numéro français/i],
    ['téléphone étranger', { telephone: '+44 20 7946 0958' }, 'telephone', /numéro français/i],
    ['e-mail sans domaine', { email: 'helene@' }, 'email', /adresse e-mail/i],
    ['e-mail sans extension', { email: 'helene@exemple' }, 'email', /adresse e-mail/i],
    ['code postal à 4 chiffres', { codePostal: '3300' }, 'codePostal', /5 chiffres/],
    ['adresse trop longue', { adresse: 'x'.repeat(201) }, 'adresse', /200 caractères/],
    ['site non UUID', { siteId: 'siege' }, 'siteId', /identifiant/i],
    ['site inconnu', { siteId: '01900000-0000-7000-8000-000000000000' }, 'siteId', /site inconnu/i],
    ['référent inconnu', { referentId: '01900000-0000-7000-8000-000000000000' }, 'referentId', /inconnu/i],
    ['notice RGPD inexistante', { dateInformationRgpd: '2025-02-29' }, 'dateInformationRgpd', /date inexistante/i],
  ];

  it.each(invalides)('refuse %s : message français sur le champ, rien d’écrit', async (_cas, modif, champ, message) => {
    const avant = [compter('jeunes'), compter('historique_jeunes')];
    const r = await t.appeler('jeunes:creer', { saisie: { ...buildJeune(), ...modif } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.erreur.code).toBe('VALIDATION');
    expect(r.erreur.champs?.[champ]).toMatch(message);
    expect(r.erreur.message).toMatch(/à corriger/);
    expect([compter('jeunes'), compter('historique_jeunes')]).toEqual(avant);
  });

  it('liste toutes les erreurs d’une saisie, pas seulement la première', async () => {
    const r = await t.appeler('jeunes:creer', { saisie: buildJeune({ nom: '', email: 'x', codePostal: '1' }) });
    expect(r.ok || Object.keys(r.erreur.champs ?? {}).sort()).toEqual(['codePostal', 'email', 'nom']);
    expect(r.ok || r.erreur.message).toMatch(/Nom de naissance : Obligatoire|Nom de naissance : obligatoire/);
  });

  it('accepte 14 et 30 ans au premier accueil', async () => {
    await t.reussir('jeunes:creer', { saisie: buildJeune({ nom: 'A', dateNaissance: '2010-11-02' }) });
    await t.reussir('jeunes:creer', { saisie: buildJeune({ nom: 'B', dateNaissance: '1993-11-03' }) });
    expect(compter('jeunes')).toBe(2);
  });
});

describe('doublons', () => {
  it('signale un dossier semblable et refuse la création sans confirmation', async () => {
    const premier = await t.reussir('jeunes:creer', { saisie: buildJeune() });
    const semblable = buildJeune({ nom: 'LEFEVRE', prenom: 'Helene', telephone: null });
    const doublons = await t.reussir('jeunes:doublons', {
      nom: 'LEFEVRE',
      prenom: 'Helene',
      dateNaissance: '2005-03-10',
    });
    expect(doublons.map((d) => d.id)).toEqual([premier.id]);

    const refus = await t.appeler('jeunes:creer', { saisie: semblable });
    expect(refus.ok || refus.erreur.code).toBe('DOUBLON_PROBABLE');
    expect(refus.ok || refus.erreur.message).toMatch(/LEFÈVRE Hélène/);
    expect(compter('jeunes')).toBe(1);

    await t.reussir('jeunes:creer', { saisie: semblable, confirmerDoublon: true });
    expect(compter('jeunes')).toBe(2);
  });

  it('ignore les homonymes nés un autre jour et le dossier lui-même', async () => {
    const premier = await t.reussir('jeunes:creer', { saisie: buildJeune() });
    expect(
      await t.reussir('jeunes:doublons', { nom: 'Lefèvre', prenom: 'Hélène', dateNaissance: '2005-03-11' }),
    ).toEqual([]);
    expect(
      await t.reussir('jeunes:doublons', {
        nom: 'Lefèvre',
        prenom: 'Hélène',
        dateNaissance: '2005-03-10',
        exclureId: premier.id,
      }),
    ).toEqual([]);
  });
});

describe('modification et historique', () => {
  it('enregistre chaque champ changé (ancien → nouveau) et rien si rien ne change', async () => {
    const jeune = await t.reussir('jeunes:creer', { saisie: buildJeune() });
    const saisie = buildJeune({ commune: 'Mérignac', codePostal: '33700', qpv: false, email: '' });
    const modifie = await t.reussir('jeunes:modifier', { id: jeune.id, saisie });
    expect(modifie).toMatchObject({ commune: 'Mérignac', codePostal: '33700', qpv: false, email: null });

    const historique = await t.reussir('jeunes:historique', { id: jeune.id });
    expect(
      historique.filter((h) => h.action === 'MODIFICATION').map((h) => [h.champ, h.ancienneValeur, h.nouvelleValeur]),
    ).toEqual([
      ['qpv', 'true', 'false'],
      ['email', 'helene.lefevre@exemple.fr', null],
      ['codePostal', '33000', '33700'],
      ['commune', 'Bordeaux', 'Mérignac'],
    ]);
    await t.reussir('jeunes:modifier', { id: jeune.id, saisie });
    expect(await t.reussir('jeunes:historique', { id: jeune.id })).toHaveLength(historique.length);
  });

  it('refuse une modification invalide sans rien changer', async () => {
    const jeune = await t.reussir('jeunes:creer', { saisie: buildJeune() });
    const r = await t.appeler('jeunes:modifier', {
      id: jeune.id,
      saisie: buildJeune({ commune: 'Pessac', dateNaissance: '2005-02-30' }),
    });
    expect(r.ok || r.erreur.champs).toEqual({ dateNaissance: expect.stringMatching(/date inexistante/i) });
    expect(await t.reussir('jeunes:lire', { id: jeune.id })).toEqual(jeune);
    expect(compter('historique_jeunes')).toBe(1);
  });

  it('change le statut actif/inactif, avec historique', async () => {
    const jeune = await t.reussir('jeunes:creer', { saisie: buildJeune() });
    expect((await t.reussir('jeunes:changerStatut', { id: jeune.id, statut: 'INACTIF' })).statut).toBe('INACTIF');
    const [derniere] = await t.reussir('jeunes:historique', { id: jeune.id });
    expect(derniere).toMatchObject({ champ: 'statut', ancienneValeur: 'ACTIF', nouvelleValeur: 'INACTIF' });
    const r = await t.appeler('jeunes:changerStatut', { id: jeune.id, statut: 'ARCHIVE' as 'ACTIF' });
    expect(r.ok || r.erreur.champs?.statut).toMatch(/actif ou inactif/i);
  });

  it('répond INTROUVABLE pour un dossier inconnu', async () => {
    const r = await t.appeler('jeunes:lire', { id: '01900000-0000-7000-8000-000000000000' });
    expect(r.ok || r.erreur.code).toBe('INTROUVABLE');
  });
});

describe('recherche', () => {
  beforeEach(async () => {
    const conseiller = await t.reussir('conseillers:creer', {
      login: 'k.benali',
      nom: 'Benali',
      prenom: 'Karim',
      role: 'CONSEILLER',
    });
    const antenne = await t.reussir('sites:creer', { libelle: 'Antenne de Libourne', type: 'ANTENNE' });
    await t.reussir('jeunes:creer', { saisie: buildJeune() });
    await t.reussir('jeunes:creer', {
      saisie: buildJeuneMineur({ telephone: '+33 7 01 02 03 04', siteId: antenne.id, referentId: conseiller.id }),
    });
    await t.reussir('jeunes:creer', {
      saisie: buildJeune({
        nom: 'Élie',
        prenom: 'Zoé',
        dateNaissance: '2006-07-01',
        telephone: null,
        commune: 'Pessac',
      }),
    });
  });

  const noms = async (texte: string, extra = {}) =>
    (await t.reussir('jeunes:rechercher', { texte, ...extra })).lignes.map((l) => `${l.prenom} ${l.nom}`);

  it.each([
    ['Helene', ['Hélène Lefèvre']],
    ['Hélèn', ['Hélène Lefèvre']],
    ['hlene', ['Hélène Lefèvre']],
    ['lefevre helene', ['Hélène Lefèvre']],
    ['ZOE', ['Zoé Élie']],
    ['theo moreau', ['Théo Moreau']],
    ['01/09/2008', ['Théo Moreau']],
    ['07 01 02', ['Théo Moreau']],
    ['+33 7 01 02 03 04', ['Théo Moreau']],
    ['Lefebvre', ['Hélène Lefèvre']],
    ['LEF', ['Hélène Lefèvre']],
    ['Héloïse Lefèvre', []],
    ['hel martin', []],
    ['Martin', []],
  ])('« %s » trouve %j', async (texte, attendu) => expect(await noms(texte)).toEqual(attendu));

  it('trie par nom sans tenir compte des accents, dans les deux sens', async () => {
    expect(await noms('')).toEqual(['Zoé Élie', 'Hélène Lefèvre', 'Théo Moreau']);
    expect(await noms('', { tri: { colonne: 'nom', sens: 'desc' } })).toEqual([
      'Théo Moreau',
      'Hélène Lefèvre',
      'Zoé Élie',
    ]);
    expect(await noms('', { tri: { colonne: 'dateNaissance', sens: 'asc' } })).toEqual([
      'Hélène Lefèvre',
      'Zoé Élie',
      'Théo Moreau',
    ]);
  });

  it('filtre par site, référent et statut, et pagine avec le total', async () => {
    const etat = await t.reussir('structure:lire', {});
    const antenne = etat.sites.find((s) => s.type === 'ANTENNE')!;
    expect(await noms('', { siteId: antenne.id })).toEqual(['Théo Moreau']);
    expect(await noms('', { referentId: etat.conseillers[0]!.id })).toEqual(['Théo Moreau']);
    expect(await noms('', { statut: 'INACTIF' })).toEqual([]);
    const page = await t.reussir('jeunes:rechercher', { texte: '', page: 1, taillePage: 2 });
    expect(page.total).toBe(3);
    expect(page.lignes.map((l) => l.nom)).toEqual(['Moreau']);
    expect(page.lignes[0]).toMatchObject({
      siteLibelle: 'Antenne de Libourne',
      referentNom: 'Karim Benali',
      telephone: '0701020304',
    });
  });

  it("suit les changements de nom et le nom d'usage", async () => {
    const [theo] = (await t.reussir('jeunes:rechercher', { texte: 'theo' })).lignes;
    await t.reussir('jeunes:modifier', {
      id: theo!.id,
      saisie: buildJeuneMineur({ nom: 'Moreau-Diallo', nomUsage: 'Traoré', telephone: null }),
    });
    expect(await noms('diallo')).toEqual(['Théo Moreau-Diallo']);
    expect(await noms('traore theo')).toEqual(['Théo Moreau-Diallo']);
    expect(await noms('07 01 02')).toEqual([]);
  });

  it('refuse une taille de page hors limites', async () => {
    const r = await t.appeler('jeunes:rechercher', { texte: '', taillePage: 1000 });
    expect(r.ok || r.erreur.code).toBe('VALIDATION');
  });
});
