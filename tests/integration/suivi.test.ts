import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Canal, Entree } from '../../electron/core/contract';
import { creerCoreTest, type CoreTest } from '../support/core-test';
import { buildJeune, STRUCTURE_TEST } from '../support/fabriques';

let t: CoreTest;
let jeuneId: string;
beforeEach(async () => {
  t = creerCoreTest();
  await t.reussir('structure:initialiser', STRUCTURE_TEST);
  jeuneId = (await t.reussir('jeunes:creer', { saisie: buildJeune() })).id;
});
afterEach(() => t.fermer());

const compter = (table: string) => t.compter(table);

const CDD = {
  categorie: 'EMP',
  sousType: 'CDD',
  dateDebut: '2025-10-01',
  dateFinPrevue: '2026-03-31',
  intitule: 'Vendeuse',
} as const;

describe('événements', () => {
  it('crée, modifie, supprime, avec l’historique de chaque étape', async () => {
    const conseiller = await t.reussir('conseillers:creer', {
      login: 'c.durand',
      nom: 'Durand',
      prenom: 'Camille',
      role: 'CONSEILLER',
    });
    const ei = await t.reussir('evenements:creer', {
      jeuneId,
      saisie: { date: '2025-01-15', type: 'EI', conseillerId: conseiller.id, commentaire: 'Point sur le projet' },
    });
    expect(ei).toMatchObject({
      type: 'EI',
      conseillerNom: 'Camille Durand',
      commentaire: 'Point sur le projet',
      siteId: null,
    });
    await t.reussir('evenements:modifier', {
      id: ei.id,
      saisie: { date: '2025-01-16', type: 'EI', conseillerId: conseiller.id },
    });
    await t.reussir('evenements:supprimer', { id: ei.id });
    expect((await t.reussir('suivi:lire', { jeuneId })).evenements).toEqual([]);

    const historique = (await t.reussir('jeunes:historique', { id: jeuneId })).filter((h) => h.entite === 'EVENEMENT');
    expect(historique.map((h) => [h.action, h.champ, h.ancienneValeur, h.nouvelleValeur])).toEqual([
      ['SUPPRESSION', null, 'Entretien individuel du 16/01/2025', null],
      ['MODIFICATION', 'date', '2025-01-15', '2025-01-16'],
      ['MODIFICATION', 'commentaire', 'Point sur le projet', null],
      ['CREATION', null, null, 'Entretien individuel du 15/01/2025'],
    ]);
    expect(historique.every((h) => h.entiteId === ei.id)).toBe(true);
  });

  it('liste les derniers contacts, tous jeunes confondus ou d’un conseiller', async () => {
    const c = await t.reussir('conseillers:creer', {
      login: 'k.benali',
      nom: 'Benali',
      prenom: 'Karim',
      role: 'CONSEILLER',
    });
    await t.reussir('evenements:creer', { jeuneId, saisie: { date: '2025-01-15', type: 'EI', conseillerId: c.id } });
    await t.reussir('evenements:creer', { jeuneId, saisie: { date: '2025-02-01', type: 'TEL' } });
    const tous = await t.reussir('evenements:recents', {});
    expect(tous.map((e) => [e.date, e.type, e.jeuneNom])).toEqual([
      ['2025-02-01', 'TEL', 'Lefèvre'],
      ['2025-01-15', 'EI', 'Lefèvre'],
    ]);
    expect((await t.reussir('evenements:recents', { conseillerId: c.id, limite: 5 })).map((e) => e.type)).toEqual([
      'EI',
    ]);
  });
});

describe('situations', () => {
  it('calcule emploi durable, en cours et la situation courante', async () => {
    const cdd = await t.reussir('situations:creer', { jeuneId, saisie: CDD });
    expect(cdd).toMatchObject({ emploiDurable: true, enCours: false, financeur: null, partenaire: null });
    const formation = await t.reussir('situations:creer', {
      jeuneId,
      saisie: {
        categorie: 'FOR',
        sousType: 'PRF_QUALIFIANTE',
        financeur: 'REGION',
        dateDebut: '2026-05-04',
        partenaire: 'AFPA Bordeaux',
      },
    });
    const de = await t.reussir('situations:creer', { jeuneId, saisie: { categorie: 'DE', dateDebut: '2025-01-01' } });
    const suivi = await t.reussir('suivi:lire', { jeuneId });
    expect(suivi.situations.map((s) => s.id)).toEqual([formation.id, cdd.id, de.id]);
    expect(suivi.situationCouranteId).toBe(formation.id); // 15/06/2026 : la formation passe avant DE
    const cddCourt = await t.reussir('situations:modifier', {
      id: cdd.id,
      saisie: { ...CDD, dateFinPrevue: '2026-03-30' },
    });
    expect(cddCourt.emploiDurable).toBe(false);
  });

  const invalides: [string, object, string, RegExp][] = [
    ['date de début inexistante', { ...CDD, dateDebut: '2025-02-29' }, 'dateDebut', /date inexistante/i],
    ['fin prévue avant le début', { ...CDD, dateFinPrevue: '2025-09-30' }, 'dateFinPrevue', /antérieure/i],
    ['fin réelle avant le début', { ...CDD, dateFin: '2025-09-30' }, 'dateFin', /antérieure/i],
    ['sous-type d’une autre catégorie', { ...CDD, sousType: 'APPRENTISSAGE' }, 'sousType', /n'appartient pas/i],
    ['emploi sans sous-type', { ...CDD, sousType: null }, 'sousType', /obligatoire/i],
    ['sous-type inconnu', { ...CDD, sousType: 'STAGE' }, 'sousType', /choix non valable/i],
    [
      'formation sans financeur',
      { categorie: 'FOR', sousType: 'E2C', dateDebut: '2025-01-10' },
      'financeur',
      /obligatoire pour une formation/i,
    ],
    ['financeur hors formation', { ...CDD, financeur: 'REGION' }, 'financeur', /seulement pour une formation/i],
    ['catégorie inconnue', { ...CDD, categorie: 'STAGE' }, 'categorie', /choix non valable/i],
    [
      'immersion avec sous-type',
      { categorie: 'IMM', sousType: 'CDD', dateDebut: '2025-01-10' },
      'sousType',
      /pas de sous-type/i,
    ],
  ];
  it.each(invalides)('refuse %s, rien d’écrit', async (_cas, saisie, champ, message) => {
    const r = await t.appeler('situations:creer', { jeuneId, saisie } as Entree<'situations:creer'>);
    expect(r.ok || r.erreur.champs?.[champ]).toMatch(message);
    expect(compter('situations')).toBe(0);
    expect(compter('historique_jeunes')).toBe(1);
  });
});

describe('dispositifs', () => {
  it('un seul dispositif ouvert d’un type à la fois, et pas de chevauchement', async () => {
    const cej = await t.reussir('dispositifs:creer', { jeuneId, saisie: { type: 'CEJ', dateEntree: '2025-03-01' } });
    const refus = await t.appeler('dispositifs:creer', { jeuneId, saisie: { type: 'CEJ', dateEntree: '2025-06-01' } });
    expect(refus.ok || refus.erreur).toMatchObject({
      code: 'CONFLIT',
      message: expect.stringMatching(/déjà en Contrat d'engagement jeune \(CEJ\) depuis le 01\/03\/2025/),
    });
    await t.reussir('dispositifs:creer', { jeuneId, saisie: { type: 'PACEA', dateEntree: '2025-06-01' } });
    await t.reussir('dispositifs:modifier', {
      id: cej.id,
      saisie: { type: 'CEJ', dateEntree: '2025-03-01', dateSortie: '2025-12-31' },
    });
    const chevauche = await t.appeler('dispositifs:creer', {
      jeuneId,
      saisie: { type: 'CEJ', dateEntree: '2025-12-31' },
    });
    expect(chevauche.ok || chevauche.erreur.message).toMatch(/chevauche/);
    await t.reussir('dispositifs:creer', { jeuneId, saisie: { type: 'CEJ', dateEntree: '2026-01-01' } });
    expect(compter('dispositifs')).toBe(3);
  });

  it('refuse une sortie avant l’entrée', async () => {
    const r = await t.appeler('dispositifs:creer', {
      jeuneId,
      saisie: { type: 'PACEA', dateEntree: '2025-03-01', dateSortie: '2025-02-28' },
    });
    expect(r.ok || r.erreur.champs).toEqual({ dateSortie: expect.stringMatching(/antérieure/i) });
    expect(compter('dispositifs')).toBe(0);
  });
});

describe('freins', () => {
  it('identifié puis levé, avec la date du statut', async () => {
    const frein = await t.reussir('freins:creer', {
      jeuneId,
      saisie: { theme: 'MOBILITE', dateIdentification: '2025-01-15', statut: 'IDENTIFIE' },
    });
    const leve = await t.reussir('freins:modifier', {
      id: frein.id,
      saisie: {
        theme: 'MOBILITE',
        dateIdentification: '2025-01-15',
        statut: 'LEVE',
        dateStatut: '2025-04-02',
        actions: 'Permis obtenu',
      },
    });
    expect(leve).toMatchObject({ statut: 'LEVE', dateStatut: '2025-04-02' });
  });

  it.each([
    [{ statut: 'LEVE' }, 'dateStatut', /obligatoire/i],
    [{ statut: 'NON_LEVE' }, 'dateStatut', /obligatoire/i],
    [{ statut: 'LEVE', dateStatut: '2025-01-14' }, 'dateStatut', /antérieure/i],
    [{ theme: 'TRANSPORT' }, 'theme', /choix non valable/i],
  ])('refuse %j', async (modif, champ, message) => {
    const r = await t.appeler('freins:creer', {
      jeuneId,
      saisie: {
        theme: 'MOBILITE',
        dateIdentification: '2025-01-15',
        statut: 'IDENTIFIE',
        ...modif,
      } as Entree<'freins:creer'>['saisie'],
    });
    expect(r.ok || r.erreur.champs?.[champ]).toMatch(message);
    expect(compter('freins')).toBe(0);
  });
});

describe('aides financières', () => {
  it.each([
    ['1 000,00', 100000],
    ['1000', 100000],
    ['49.9', 4990],
    [250, 25000],
  ])('enregistre %j en centimes (%i)', async (montant, centimes) => {
    const aide = await t.reussir('aides:creer', {
      jeuneId,
      saisie: { type: 'PERMIS_B_REGION', montant, dateDecision: '2025-05-12' },
    });
    expect(aide.montantCentimes).toBe(centimes);
  });

  it.each(['-100', '10,123', 'mille', '', '1.000,00'])('refuse le montant %j sans rien écrire', async (montant) => {
    const r = await t.appeler('aides:creer', { jeuneId, saisie: { type: 'FAJ', montant, dateDecision: '2025-05-12' } });
    expect(r.ok || r.erreur.champs?.montant).toMatch(/montant en euros|obligatoire/i);
    expect(compter('aides')).toBe(0);
  });

  it('l’historique garde les montants en centimes et résume en euros', async () => {
    const aide = await t.reussir('aides:creer', {
      jeuneId,
      saisie: { type: 'FAJ', montant: '150', dateDecision: '2025-05-12' },
    });
    await t.reussir('aides:modifier', {
      id: aide.id,
      saisie: { type: 'FAJ', montant: '175,50', dateDecision: '2025-05-12' },
    });
    const h = (await t.reussir('jeunes:historique', { id: jeuneId })).filter((e) => e.entite === 'AIDE');
    expect(h.map((e) => [e.action, e.champ, e.ancienneValeur, e.nouvelleValeur?.replace(/\s/g, ' ')])).toEqual([
      ['MODIFICATION', 'montantCentimes', '15000', '17550'],
      ['CREATION', null, null, 'Fonds d’aide aux jeunes (FAJ) de 150,00 € décidée le 12/05/2025'],
    ]);
  });
});

describe('règles communes', () => {
  const creations: [Canal, object][] = [
    ['evenements:creer', { date: '2025-01-15', type: 'EI' }],
    ['situations:creer', CDD],
    ['dispositifs:creer', { type: 'PACEA', dateEntree: '2025-03-01' }],
    ['freins:creer', { theme: 'SANTE', dateIdentification: '2025-01-15', statut: 'IDENTIFIE' }],
    ['aides:creer', { type: 'FAJ', montant: '100', dateDecision: '2025-05-12' }],
  ];

  it.each(creations)('%s : dossier inconnu → INTROUVABLE, rien d’écrit', async (canal, saisie) => {
    const r = await t.core.dispatch(canal, { jeuneId: '01900000-0000-7000-8000-000000000000', saisie });
    expect(r.ok || r.erreur.code).toBe('INTROUVABLE');
    expect(compter('historique_jeunes')).toBe(1);
  });

  it.each(creations)('%s : modifier ou supprimer un élément inconnu → INTROUVABLE', async (canal, saisie) => {
    const [domaine] = canal.split(':');
    const id = '01900000-0000-7000-8000-000000000000';
    const m = await t.core.dispatch(`${domaine}:modifier`, { id, saisie });
    const s = await t.core.dispatch(`${domaine}:supprimer`, { id });
    expect([m.ok || m.erreur.code, s.ok || s.erreur.code]).toEqual(['INTROUVABLE', 'INTROUVABLE']);
  });

  it('un dossier qui a un suivi ne peut pas être supprimé en base (traçabilité)', async () => {
    await t.reussir('evenements:creer', { jeuneId, saisie: { date: '2025-01-15', type: 'EI' } });
    expect(() => t.core.base.$client.prepare('DELETE FROM jeunes WHERE id = ?').run(jeuneId)).toThrow(/FOREIGN KEY/);
  });

  it('les contraintes SQL refusent ce que le domaine refuse', () => {
    const c = t.core.base.$client;
    const inserer = (sql: string) => () => c.prepare(sql).run(jeuneId);
    expect(
      inserer(
        "INSERT INTO situations (id, jeune_id, categorie, sous_type, date_debut, cree_le, modifie_le) VALUES ('s', ?, 'EMP', 'APPRENTISSAGE', '2025-01-01', 0, 0)",
      ),
    ).toThrow(/situations_sous_type/);
    expect(
      inserer(
        "INSERT INTO situations (id, jeune_id, categorie, sous_type, date_debut, cree_le, modifie_le) VALUES ('s', ?, 'EMP', NULL, '2025-01-01', 0, 0)",
      ),
    ).toThrow(/situations_sous_type/);
    expect(
      inserer(
        "INSERT INTO situations (id, jeune_id, categorie, sous_type, date_debut, cree_le, modifie_le) VALUES ('s', ?, 'FOR', 'E2C', '2025-01-01', 0, 0)",
      ),
    ).toThrow(/situations_financeur/);
    expect(
      inserer(
        "INSERT INTO freins (id, jeune_id, theme, date_identification, statut, cree_le, modifie_le) VALUES ('f', ?, 'SANTE', '2025-01-01', 'LEVE', 0, 0)",
      ),
    ).toThrow(/freins_date_statut/);
    expect(
      inserer(
        "INSERT INTO aides (id, jeune_id, type, montant_centimes, date_decision, cree_le, modifie_le) VALUES ('a', ?, 'FAJ', -1, '2025-01-01', 0, 0)",
      ),
    ).toThrow(/aides_montant/);
  });
});
