import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EtatProposition } from '../../electron/core/domain/codes';
import { ETATS_PROPOSITION } from '../../electron/core/domain/codes';
import { transitionsPossibles } from '../../electron/core/domain/orientation';
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

async function organisme(modifs = {}) {
  return t.reussir('partenaires:creer', {
    saisie: {
      type: 'ORGANISME_FORMATION',
      raisonSociale: 'AFPA Bordeaux',
      siret: '73282932000074',
      commune: 'Bordeaux',
      contacts: [{ nom: 'Claire Martin', fonction: 'Chargée de recrutement', telephone: '05 56 00 00 00' }],
      ...modifs,
    },
  });
}

async function orientationRetenue() {
  const of = await organisme();
  const session = await t.reussir('sessions:creer', {
    partenaireId: of.id,
    saisie: {
      intitule: 'Titre pro agent de restauration',
      dateDebut: '2026-05-04',
      dateFin: '2026-11-30',
      places: 12,
      financeur: 'REGION',
    },
  });
  let p = await t.reussir('propositions:creer', {
    jeuneId,
    saisie: {
      date: '2026-04-01',
      type: 'FORMATION',
      partenaireId: of.id,
      sessionId: session.id,
      motif: 'Projet restauration validé',
    },
  });
  for (const etat of ['ACCEPTEE_JEUNE', 'TRANSMISE', 'RETENUE'] as const) {
    p = await t.reussir('propositions:changerEtat', { id: p.id, etat, dateEtat: '2026-04-10' });
  }
  return { of, session, p };
}

describe('partenaires', () => {
  it('refuse un SIRET à la clé fausse, et un SIRET déjà pris (doublon), sans rien écrire', async () => {
    const faux = await t.appeler('partenaires:creer', {
      saisie: { type: 'ENTREPRISE', raisonSociale: 'Boulangerie', siret: '73282932000075' },
    });
    expect(faux.ok || faux.erreur.champs?.siret).toMatch(/clé de contrôle/);
    await organisme();
    const doublon = await t.appeler('partenaires:creer', {
      saisie: { type: 'ENTREPRISE', raisonSociale: 'AFPA bis', siret: '732 829 320 00074' },
    });
    expect(doublon.ok || doublon.erreur).toMatchObject({
      code: 'CONFLIT',
      champs: { siret: 'Déjà utilisé par « AFPA Bordeaux ».' },
    });
    expect(compter('partenaires')).toBe(1);
  });

  it('garde les contacts, cherche sans accents ni casse, filtre par type', async () => {
    await organisme({ raisonSociale: 'École de la 2e chance', siret: null });
    await t.reussir('partenaires:creer', { saisie: { type: 'ENTREPRISE', raisonSociale: 'Boulangerie Dupré' } });
    const r = await t.reussir('partenaires:rechercher', { texte: 'ecole' });
    expect(r.lignes.map((l) => l.raisonSociale)).toEqual(['École de la 2e chance']);
    expect((await t.reussir('partenaires:rechercher', { texte: '', type: 'ENTREPRISE' })).total).toBe(1);
    const fiche = await t.reussir('partenaires:lire', { id: r.lignes[0]!.id });
    expect(fiche.contacts).toEqual([
      { nom: 'Claire Martin', fonction: 'Chargée de recrutement', telephone: '0556000000', email: null },
    ]);
  });

  it('les sessions sont réservées aux organismes de formation et CFA', async () => {
    const entreprise = await t.reussir('partenaires:creer', {
      saisie: { type: 'ENTREPRISE', raisonSociale: 'Garage' },
    });
    const r = await t.appeler('sessions:creer', {
      partenaireId: entreprise.id,
      saisie: { intitule: 'X', dateDebut: '2026-01-01' },
    });
    expect(r.ok || r.erreur.code).toBe('CONFLIT');
    const offre = await t.reussir('offres:creer', {
      partenaireId: entreprise.id,
      saisie: { type: 'ALTERNANCE', intitule: 'Mécanicien', codeRome: 'i1604' },
    });
    expect(offre.codeRome).toBe('I1604');
    const rome = await t.appeler('offres:creer', {
      partenaireId: entreprise.id,
      saisie: { type: 'EMPLOI', intitule: 'X', codeRome: '1604' },
    });
    expect(rome.ok || rome.erreur.champs?.codeRome).toMatch(/lettre et 4 chiffres/i);
  });

  it('la liste compte les sessions, offres et orientations de chaque partenaire', async () => {
    await orientationRetenue();
    await t.reussir('partenaires:creer', { saisie: { type: 'ENTREPRISE', raisonSociale: 'Boulangerie' } });
    const { lignes } = await t.reussir('partenaires:rechercher', {});
    expect(lignes.map((l) => [l.raisonSociale, l.sessions, l.offres, l.orientations])).toEqual([
      ['AFPA Bordeaux', 1, 0, 1],
      ['Boulangerie', 0, 0, 0],
    ]);
  });

  it('refuse de supprimer un partenaire lié, et supprime un partenaire sans lien', async () => {
    const { of } = await orientationRetenue();
    const r = await t.appeler('partenaires:supprimer', { id: of.id });
    expect(r.ok || r.erreur.message).toMatch(
      /ne peut pas être supprimé : il est lié à 1 session\(s\), 1 orientation\(s\)/,
    );
    const seul = await t.reussir('partenaires:creer', { saisie: { type: 'ASSOCIATION', raisonSociale: 'Secours' } });
    await t.reussir('partenaires:supprimer', { id: seul.id });
    expect(compter('partenaires')).toBe(1);
  });

  it('la fusion déplace tous les liens vers la fiche conservée et l’inscrit dans l’historique des jeunes', async () => {
    const { of, session, p } = await orientationRetenue();
    await t.reussir('propositions:enregistrerEntree', {
      id: p.id,
      situation: { categorie: 'FOR', sousType: 'PRF_QUALIFIANTE', financeur: 'REGION', dateDebut: '2026-05-04' },
    });
    const conserve = await organisme({
      raisonSociale: 'AFPA Nouvelle-Aquitaine',
      siret: null,
      telephone: null,
      contacts: [],
    });
    const fusion = await t.reussir('partenaires:fusionner', { conserveId: conserve.id, doublonId: of.id });
    expect(fusion.sessions.map((s) => s.id)).toEqual([session.id]);
    expect(fusion.orientations.map((o) => o.propositionId)).toEqual([p.id]);
    expect(fusion.contacts.map((c) => c.nom)).toEqual(['Claire Martin']);
    expect(fusion.siret).toBe('73282932000074'); // repris du doublon, vide sur la fiche conservée
    const suivi = await t.reussir('suivi:lire', { jeuneId });
    expect(suivi.situations[0]).toMatchObject({ partenaireId: conserve.id, partenaireNom: 'AFPA Nouvelle-Aquitaine' });
    expect(compter('partenaires')).toBe(1);
    const historique = (await t.reussir('jeunes:historique', { id: jeuneId })).filter(
      (h) => h.champ === 'partenaireId',
    );
    expect(historique.map((h) => [h.entite, h.ancienneValeur, h.nouvelleValeur])).toEqual([
      ['PROPOSITION', of.id, conserve.id],
      ['SITUATION', of.id, conserve.id],
    ]);
    expect(t.core.base.$client.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('orientations : machine à états', () => {
  it('ne propose que les transitions légales et chaque transition est datée dans l’historique', async () => {
    const { p } = await orientationRetenue();
    expect(p.etat).toBe('RETENUE');
    expect(p.etatsPossibles).toEqual(['REFUSEE_JEUNE', 'REFUSEE_PARTENAIRE', 'ABANDONNEE']); // réalisée : par l'entrée
    expect(p.entreePossible).toBe(true);
    const etats = (await t.reussir('jeunes:historique', { id: jeuneId }))
      .filter((h) => h.entite === 'PROPOSITION' && h.champ === 'etat')
      .map((h) => `${h.ancienneValeur}→${h.nouvelleValeur}`);
    expect(etats.reverse()).toEqual(['PROPOSEE→ACCEPTEE_JEUNE', 'ACCEPTEE_JEUNE→TRANSMISE', 'TRANSMISE→RETENUE']);
  });

  const paires = ETATS_PROPOSITION.codes.flatMap((de) =>
    ETATS_PROPOSITION.codes
      .filter((vers) => !transitionsPossibles(de).includes(vers))
      .map((vers) => [de, vers] as const),
  );

  it.each(paires)('refuse %s → %s, sans rien changer', async (de, vers) => {
    const p = await t.reussir('propositions:creer', { jeuneId, saisie: { date: '2026-04-01', type: 'SANTE' } });
    const chemin: Record<EtatProposition, EtatProposition[]> = {
      PROPOSEE: [],
      ACCEPTEE_JEUNE: ['ACCEPTEE_JEUNE'],
      TRANSMISE: ['ACCEPTEE_JEUNE', 'TRANSMISE'],
      RETENUE: ['ACCEPTEE_JEUNE', 'TRANSMISE', 'RETENUE'],
      REALISEE: ['ACCEPTEE_JEUNE', 'TRANSMISE', 'RETENUE', 'REALISEE'],
      REFUSEE_JEUNE: ['REFUSEE_JEUNE'],
      REFUSEE_PARTENAIRE: ['REFUSEE_PARTENAIRE'],
      ABANDONNEE: ['ABANDONNEE'],
    };
    for (const etat of chemin[de])
      await t.reussir('propositions:changerEtat', { id: p.id, etat, dateEtat: '2026-04-02' });
    const avant = compter('historique_jeunes');
    const r = await t.appeler('propositions:changerEtat', { id: p.id, etat: vers, dateEtat: '2026-04-03' });
    expect(r.ok || r.erreur.code).toBe('CONFLIT');
    expect(compter('historique_jeunes')).toBe(avant);
  });

  it('refuse une date d’état dans le futur ou antérieure à l’état précédent', async () => {
    const p = await t.reussir('propositions:creer', { jeuneId, saisie: { date: '2026-04-01', type: 'LOGEMENT' } });
    const futur = await t.appeler('propositions:changerEtat', {
      id: p.id,
      etat: 'ACCEPTEE_JEUNE',
      dateEtat: '2026-06-16',
    });
    expect(futur.ok || futur.erreur.champs?.dateEtat).toMatch(/futur/);
    const avant = await t.appeler('propositions:changerEtat', {
      id: p.id,
      etat: 'ACCEPTEE_JEUNE',
      dateEtat: '2026-03-31',
    });
    expect(avant.ok || avant.erreur.champs?.dateEtat).toMatch(/antérieure/i);
  });

  it('une orientation vers une formation ne devient réalisée que par son entrée', async () => {
    const { p } = await orientationRetenue();
    const r = await t.appeler('propositions:changerEtat', { id: p.id, etat: 'REALISEE', dateEtat: '2026-05-04' });
    expect(r.ok || r.erreur.message).toMatch(/Enregistrez l'entrée/);
  });
});

describe('enregistrer l’entrée', () => {
  it('crée la situation liée à l’orientation et au partenaire, et passe l’orientation à réalisée', async () => {
    const { of, p } = await orientationRetenue();
    const realisee = await t.reussir('propositions:enregistrerEntree', {
      id: p.id,
      situation: {
        categorie: 'FOR',
        sousType: 'PRF_QUALIFIANTE',
        financeur: 'REGION',
        dateDebut: '2026-05-04',
        intitule: 'Agent de restauration',
      },
    });
    expect(realisee).toMatchObject({
      etat: 'REALISEE',
      dateEtat: '2026-05-04',
      etatsPossibles: [],
      entreePossible: false,
    });
    const suivi = await t.reussir('suivi:lire', { jeuneId });
    expect(suivi.situations).toEqual([
      expect.objectContaining({ id: realisee.situationId, propositionId: p.id, partenaireId: of.id, categorie: 'FOR' }),
    ]);
    expect(suivi.situationCouranteId).toBe(realisee.situationId);
    const partenaire = await t.reussir('partenaires:lire', { id: of.id });
    expect(partenaire.tauxTransformation).toBe(1);
    expect(partenaire.orientations[0]).toMatchObject({ etat: 'REALISEE', jeuneNom: 'Lefèvre' });

    const suppression = await t.appeler('situations:supprimer', { id: realisee.situationId! });
    expect(suppression.ok || suppression.erreur).toMatchObject({
      code: 'CONFLIT',
      message: expect.stringMatching(/entrée d'une orientation/),
    });
  });

  it.each([
    [{ categorie: 'EMP', sousType: 'CDD', dateDebut: '2026-05-04' }, /« Formation » attendu/],
    [
      { categorie: 'FOR', sousType: 'E2C', financeur: 'REGION', dateDebut: '2026-03-31' },
      /antérieure à l'orientation/i,
    ],
    [{ categorie: 'FOR', sousType: 'E2C', financeur: 'REGION', dateDebut: '2026-06-20' }, /futur/],
    [{ categorie: 'FOR', sousType: 'E2C', dateDebut: '2026-05-04' }, /Financeur : obligatoire/i],
  ])('refuse %j sans rien écrire', async (situation, message) => {
    const { p } = await orientationRetenue();
    const avant = compter('historique_jeunes');
    const r = await t.appeler('propositions:enregistrerEntree', { id: p.id, situation: situation as never });
    expect(r.ok || r.erreur.message, JSON.stringify(r)).toMatch(message);
    expect(compter('situations')).toBe(0);
    expect(compter('historique_jeunes')).toBe(avant);
  });

  it('refuse l’entrée tant que le partenaire n’a pas retenu le jeune', async () => {
    const p = await t.reussir('propositions:creer', { jeuneId, saisie: { date: '2026-04-01', type: 'EMPLOI' } });
    const r = await t.appeler('propositions:enregistrerEntree', {
      id: p.id,
      situation: { categorie: 'EMP', sousType: 'CDI', dateDebut: '2026-05-01' },
    });
    expect(r.ok || r.erreur.message).toMatch(/retenu le jeune/);
  });
});

describe('vues', () => {
  it('liste les orientations sans nouvelles depuis 15 jours, les plus anciennes d’abord', async () => {
    const conseiller = await t.reussir('conseillers:creer', {
      login: 'c.durand',
      nom: 'Durand',
      prenom: 'Camille',
      role: 'CONSEILLER',
    });
    const vieille = await t.reussir('propositions:creer', {
      jeuneId,
      saisie: { date: '2026-05-01', type: 'LOGEMENT', conseillerId: conseiller.id },
    });
    await t.reussir('propositions:creer', { jeuneId, saisie: { date: '2026-05-31', type: 'SANTE' } }); // 15 jours pile
    await t.reussir('propositions:creer', { jeuneId, saisie: { date: '2026-06-01', type: 'NUMERIQUE' } }); // 14 jours
    const enAttente = await t.reussir('propositions:enAttente', {});
    expect(enAttente.map((p) => [p.type, p.joursAttente])).toEqual([
      ['LOGEMENT', 45],
      ['SANTE', 15],
    ]);
    expect((await t.reussir('propositions:enAttente', { conseillerId: conseiller.id })).map((p) => p.id)).toEqual([
      vieille.id,
    ]);
  });

  it('la fiche de liaison est un PDF d’une page avec le jeune, le partenaire, la session et les dates', async () => {
    const { p } = await orientationRetenue();
    const fiche = await t.reussir('propositions:ficheLiaison', { id: p.id });
    expect(fiche.nomFichier).toBe('fiche-liaison-lefevre-2026-04-01.pdf');
    const octets = Buffer.from(fiche.pdfBase64, 'base64');
    expect(octets.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await getDocument({ data: new Uint8Array(octets), useSystemFonts: false }).promise;
    expect(pdf.numPages).toBe(1);
    const page = await pdf.getPage(1);
    const texte = (await page.getTextContent()).items
      .map((i) => ('str' in i ? i.str : ''))
      .join('')
      .replace(/\s+/g, ' ');
    for (const attendu of [
      'Fiche de liaison',
      'LEFÈVRE Hélène',
      'AFPA Bordeaux',
      'Titre pro agent de restauration',
      'du 04/05/2026 au 30/11/2026',
      'Projet restauration validé',
      'Le 15/06/2026',
      '06 12 34 56 78',
    ]) {
      expect(texte).toContain(attendu);
    }
    expect(texte).not.toMatch(/QPV|commentaire/i);
  });
});
