/**
 * Screenings through the dispatcher on a real SQLite file: domain rules, orientation after a positive
 * result, the follow-up queue with a hand-moved clock, RQTH at a date, and (with real logins) who reads
 * what and the audit of every sensitive read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entree } from '../../electron/core/contract';
import {
  DOMAINES_REPERAGE,
  METHODES_PAR_DOMAINE,
  METHODES_REPERAGE,
  RESULTATS_PAR_DOMAINE,
  RESULTATS_POSITIFS,
  RESULTATS_REPERAGE,
  type DomaineReperage,
} from '../../electron/core/domain/codes';
import { VALEUR_CONFIDENTIELLE } from '../../electron/core/services/elements-jeune';
import { creerCoreTest, horlogeManuelle, type CoreTest } from '../support/core-test';
import { connecter as connecterCompte, preparerComptes } from '../support/comptes-test';
import { buildJeune, buildJeuneMineur, STRUCTURE_TEST } from '../support/fabriques';

type SaisieReperage = Entree<'reperages:creer'>['saisie'];

const illectronisme = (modifs: Partial<SaisieReperage> = {}): SaisieReperage => ({
  domaine: 'ILLECTRONISME',
  date: '2026-06-10',
  methode: 'ENTRETIEN',
  resultat: 'CAPACITES_FAIBLES',
  ...modifs,
});

const handicap = (modifs: Partial<SaisieReperage> = {}): SaisieReperage => ({
  domaine: 'HANDICAP',
  date: '2026-06-01',
  methode: 'DECLARATION_JEUNE',
  resultat: 'RQTH_VALIDE',
  note: 'Trouble dys signalé par le jeune',
  ...modifs,
});

describe('repérages : règles du domaine', () => {
  let t: CoreTest;
  let temps: ReturnType<typeof horlogeManuelle>;
  let jeuneId: string;

  beforeEach(async () => {
    temps = horlogeManuelle();
    t = creerCoreTest({ maintenant: temps.maintenant });
    await t.reussir('structure:initialiser', STRUCTURE_TEST);
    jeuneId = (await t.reussir('jeunes:creer', { saisie: buildJeune() })).id;
  });
  afterEach(() => t.fermer());

  const toutesLesCombinaisons = DOMAINES_REPERAGE.codes.flatMap((domaine) =>
    RESULTATS_REPERAGE.codes.map((resultat) => [domaine, resultat] as const),
  );

  it.each(toutesLesCombinaisons)('%s × résultat %s : accepté seulement si du domaine', async (domaine, resultat) => {
    const saisie = { domaine, date: '2026-06-01', methode: METHODES_PAR_DOMAINE[domaine][0]!, resultat };
    const r = await t.appeler('reperages:creer', { jeuneId, saisie });
    const duDomaine = RESULTATS_PAR_DOMAINE[domaine].includes(resultat);
    expect(r.ok).toBe(duDomaine);
    if (r.ok) expect(r.valeur.positif).toBe(RESULTATS_POSITIFS[domaine].includes(resultat));
    else {
      expect(r.erreur.code).toBe('VALIDATION');
      expect(r.erreur.champs?.resultat).toMatch(/N'est pas un résultat de repérage/);
      expect(t.compter('reperages')).toBe(0);
    }
  });

  it.each(DOMAINES_REPERAGE.codes.flatMap((d) => METHODES_REPERAGE.codes.map((m) => [d, m] as const)))(
    '%s × méthode %s : acceptée seulement si du domaine',
    async (domaine, methode) => {
      const saisie = { domaine, date: '2026-06-01', methode, resultat: RESULTATS_PAR_DOMAINE[domaine][0]! };
      const r = await t.appeler('reperages:creer', { jeuneId, saisie });
      expect(r.ok).toBe(METHODES_PAR_DOMAINE[domaine].includes(methode));
    },
  );

  it('classe positif exactement les résultats en gras de domaine.md', () => {
    const positifs = Object.fromEntries(
      Object.entries(RESULTATS_POSITIFS).map(([d, r]) => [d, [...r].sort()]),
    ) as Record<DomaineReperage, string[]>;
    expect(positifs).toEqual({
      ILLETTRISME: ['ANALPHABETISME', 'DIFFICULTE_A_CONFIRMER', 'FLE', 'ILLETTRISME'],
      ILLECTRONISME: ['CAPACITES_FAIBLES', 'ILLECTRONISME', 'SANS_EQUIPEMENT'],
      HANDICAP: ['AUTRE_RECONNAISSANCE', 'RQTH_EN_COURS', 'RQTH_VALIDE', 'SUSPICION'],
    });
  });

  it('la base refuse elle-même un résultat d’un autre domaine (contrainte CHECK)', () => {
    const inserer = (resultat: string) =>
      t.core.base.$client
        .prepare(
          `INSERT INTO reperages (id, jeune_id, domaine, date, methode, resultat, cree_le, modifie_le)
           VALUES (lower(hex(randomblob(16))), ?, 'ILLECTRONISME', '2026-06-01', 'PIX', ?, 0, 0)`,
        )
        .run(jeuneId, resultat);
    expect(() => inserer('RQTH_VALIDE')).toThrow(/CHECK constraint failed: reperages_resultat/);
    expect(() => inserer('AUTONOME')).not.toThrow();
  });

  it('refuse les dates impossibles, chacune sur son champ, sans rien écrire', async () => {
    const r = await t.appeler('reperages:creer', {
      jeuneId,
      saisie: illectronisme({ dateInformation: '2026-06-09', dateSuivi: '2026-06-01', dateFinRqth: '2027-01-01' }),
    });
    expect(r.ok || r.erreur.champs).toEqual({
      dateInformation: 'Ne peut pas précéder le repérage.',
      dateSuivi: 'Ne peut pas précéder le repérage.',
      dateFinRqth: 'Se saisit seulement pour une RQTH valide.',
    });
    const futur = await t.appeler('reperages:creer', { jeuneId, saisie: illectronisme({ date: '2026-06-16' }) });
    expect(futur.ok || futur.erreur.champs).toEqual({ date: 'Ne peut pas être dans le futur.' });
    expect(t.compter('reperages')).toBe(0);
  });

  it('une orientation liée doit appartenir au même jeune', async () => {
    const autre = (await t.reussir('jeunes:creer', { saisie: buildJeuneMineur() })).id;
    const propositionAutre = await t.reussir('propositions:creer', {
      jeuneId: autre,
      saisie: { date: '2026-06-11', type: 'NUMERIQUE' },
    });
    const refus = await t.appeler('reperages:creer', {
      jeuneId,
      saisie: illectronisme({ propositionId: propositionAutre.id }),
    });
    expect(refus.ok || refus.erreur.champs).toEqual({ propositionId: "N'est pas une orientation de ce jeune." });
    const sienne = await t.reussir('propositions:creer', {
      jeuneId,
      saisie: { date: '2026-06-11', type: 'NUMERIQUE' },
    });
    const lie = await t.reussir('reperages:creer', { jeuneId, saisie: illectronisme({ propositionId: sienne.id }) });
    expect(lie.orientation).toEqual({ id: sienne.id, type: 'NUMERIQUE', etat: 'PROPOSEE', partenaireNom: null });
  });

  it('« Orienter » crée l’orientation et la lie au repérage, dans l’historique du dossier', async () => {
    const mediation = await t.reussir('partenaires:creer', {
      saisie: {
        type: 'ASSOCIATION',
        raisonSociale: 'Espace numérique du quartier',
        ressources: ['MEDIATION_NUMERIQUE'],
      },
    });
    const r = await t.reussir('reperages:creer', { jeuneId, saisie: illectronisme() });
    const conseil = await t.reussir('reperages:conseil', { id: r.id });
    expect(conseil.typeProposition).toBe('NUMERIQUE');
    expect(conseil.partenaires.map((p) => p.id)).toEqual([mediation.id]);
    const oriente = await t.reussir('reperages:orienter', {
      id: r.id,
      saisie: { date: '2026-06-12', type: 'NUMERIQUE', partenaireId: mediation.id },
    });
    expect(oriente.orientation).toMatchObject({ etat: 'PROPOSEE', partenaireNom: 'Espace numérique du quartier' });
    expect(oriente.raisons).toEqual([]);
    const suivi = await t.reussir('suivi:lire', { jeuneId });
    expect(suivi.propositions.map((p) => p.id)).toEqual([oriente.orientation!.id]);
    const historique = await t.reussir('jeunes:historique', { id: jeuneId });
    expect(historique.find((h) => h.entite === 'REPERAGE' && h.champ === 'propositionId')?.nouvelleValeur).toBe(
      oriente.orientation!.id,
    );
    const encore = await t.appeler('reperages:orienter', {
      id: r.id,
      saisie: { date: '2026-06-12', type: 'NUMERIQUE' },
    });
    expect(encore.ok || encore.erreur.message).toMatch(/déjà une orientation/);
  });

  it('« Orienter » refuse un résultat négatif et une date antérieure au repérage', async () => {
    const negatif = await t.reussir('reperages:creer', { jeuneId, saisie: illectronisme({ resultat: 'AUTONOME' }) });
    const r1 = await t.appeler('reperages:orienter', {
      id: negatif.id,
      saisie: { date: '2026-06-12', type: 'NUMERIQUE' },
    });
    expect(r1.ok || r1.erreur.code).toBe('CONFLIT');
    const positif = await t.reussir('reperages:creer', { jeuneId, saisie: illectronisme() });
    const r2 = await t.appeler('reperages:orienter', {
      id: positif.id,
      saisie: { date: '2026-06-09', type: 'NUMERIQUE' },
    });
    expect(r2.ok || r2.erreur.champs).toEqual({ date: 'Antérieure au repérage (10/06/2026).' });
    expect(t.compter('propositions')).toBe(0);
  });

  it('conseille les partenaires de la meilleure ressource d’abord', async () => {
    const creerPartenaire = (raisonSociale: string, ressources: Entree<'partenaires:creer'>['saisie']['ressources']) =>
      t.reussir('partenaires:creer', { saisie: { type: 'SERVICE_PUBLIC', raisonSociale, ressources } });
    const rhf = await creerPartenaire('Agefiph – RHF', ['RESSOURCE_HANDICAP_FORMATION']);
    const mdph = await creerPartenaire('MDPH de la Gironde', ['MDPH']);
    const cap = await creerPartenaire('Cap emploi 33', ['CAP_EMPLOI']);
    await creerPartenaire('Centre de ressources illettrisme', ['CENTRE_RESSOURCES_ILLETTRISME']);
    const r = await t.reussir('reperages:creer', { jeuneId, saisie: handicap({ resultat: 'RQTH_EN_COURS' }) });
    const conseil = await t.reussir('reperages:conseil', { id: r.id });
    expect(conseil.ressources).toEqual(['MDPH', 'CAP_EMPLOI', 'RESSOURCE_HANDICAP_FORMATION']);
    expect(conseil.partenaires.map((p) => p.id)).toEqual([mdph.id, cap.id, rhf.id]);
  });

  it('file « à suivre » : positifs sans orientation et suivis dépassés, les plus anciens d’abord', async () => {
    const autre = (await t.reussir('jeunes:creer', { saisie: buildJeuneMineur() })).id;
    const recent = await t.reussir('reperages:creer', { jeuneId, saisie: illectronisme({ date: '2026-06-10' }) });
    const ancien = await t.reussir('reperages:creer', {
      jeuneId: autre,
      saisie: { domaine: 'ILLETTRISME', date: '2026-03-02', methode: 'GRILLE_REPERAGE', resultat: 'ILLETTRISME' },
    });
    await t.reussir('reperages:creer', { jeuneId, saisie: illectronisme({ resultat: 'AUTONOME' }) });
    const negatifASuivre = await t.reussir('reperages:creer', {
      jeuneId,
      saisie: illectronisme({ resultat: 'REFUS', date: '2026-05-01', dateSuivi: '2026-06-20' }),
    });
    let file = await t.reussir('reperages:aSuivre', {});
    expect(file.lignes.map((l) => [l.id, l.raisons, l.echeance])).toEqual([
      [ancien.id, ['SANS_ORIENTATION'], '2026-03-02'],
      [recent.id, ['SANS_ORIENTATION'], '2026-06-10'],
    ]);
    expect(file.parDomaine).toEqual({ ILLETTRISME: 1, ILLECTRONISME: 1, HANDICAP: 0 });

    // The planned follow-up is due on 20/06: the screening waits from 21/06, not on the day itself.
    temps.avancerJours(5);
    expect((await t.reussir('reperages:aSuivre', {})).lignes).toHaveLength(2);
    temps.avancerJours(1);
    file = await t.reussir('reperages:aSuivre', {});
    expect(file.lignes.map((l) => [l.id, l.raisons])).toEqual([
      [ancien.id, ['SANS_ORIENTATION']],
      [recent.id, ['SANS_ORIENTATION']],
      [negatifASuivre.id, ['SUIVI_DEPASSE']],
    ]);

    // Oriented: out of the queue; the orientation abandoned: back in it.
    const oriente = await t.reussir('reperages:orienter', {
      id: ancien.id,
      saisie: { date: '2026-06-21', type: 'SAVOIRS_BASE' },
    });
    expect((await t.reussir('reperages:aSuivre', {})).lignes.map((l) => l.id)).not.toContain(ancien.id);
    await t.reussir('propositions:changerEtat', {
      id: oriente.orientation!.id,
      etat: 'ABANDONNEE',
      dateEtat: '2026-06-21',
    });
    file = await t.reussir('reperages:aSuivre', {});
    expect(file.lignes.find((l) => l.id === ancien.id)?.raisons).toEqual(['ORIENTATION_SANS_SUITE']);

    // An inactive file leaves the queue.
    await t.reussir('jeunes:changerStatut', { id: autre, statut: 'INACTIF' });
    expect((await t.reussir('reperages:aSuivre', {})).lignes.map((l) => l.id)).not.toContain(ancien.id);
  });

  it('RQTH à une date : dès le repérage, et elle reste même si un repérage ultérieur dit autre chose', async () => {
    const lire = async () => (await t.reussir('reperages:lister', { jeuneId })).rqth;
    await t.reussir('reperages:creer', { jeuneId, saisie: handicap({ resultat: 'SUSPICION', date: '2026-01-10' }) });
    expect(await lire()).toBeNull();
    await t.reussir('reperages:creer', {
      jeuneId,
      saisie: handicap({ resultat: 'RQTH_EN_COURS', date: '2026-02-01', note: null }),
    });
    expect(await lire()).toEqual({ depuis: '2026-02-01', dateFin: null, enCours: true });
    await t.reussir('reperages:creer', {
      jeuneId,
      saisie: handicap({ resultat: 'RQTH_VALIDE', date: '2026-05-01', dateFinRqth: '2031-04-30', note: null }),
    });
    await t.reussir('reperages:creer', {
      jeuneId,
      saisie: handicap({ resultat: 'NON_CONCERNE', date: '2026-06-01', note: null }),
    });
    expect(await lire()).toEqual({ depuis: '2026-02-01', dateFin: '2031-04-30', enCours: false });
  });

  it('les ressources d’un partenaire s’enregistrent, se modifient et s’additionnent à la fusion', async () => {
    const a = await t.reussir('partenaires:creer', {
      saisie: {
        type: 'ASSOCIATION',
        raisonSociale: 'Emmaüs Connect',
        ressources: ['EQUIPEMENT_SOLIDAIRE', 'EQUIPEMENT_SOLIDAIRE'],
      },
    });
    expect(a.ressources).toEqual(['EQUIPEMENT_SOLIDAIRE']);
    const b = await t.reussir('partenaires:creer', {
      saisie: { type: 'ASSOCIATION', raisonSociale: 'Emmaus Connect Bordeaux', ressources: ['MEDIATION_NUMERIQUE'] },
    });
    const fusion = await t.reussir('partenaires:fusionner', { conserveId: a.id, doublonId: b.id });
    expect([...fusion.ressources].sort()).toEqual(['EQUIPEMENT_SOLIDAIRE', 'MEDIATION_NUMERIQUE']);
    const modifie = await t.reussir('partenaires:modifier', {
      id: a.id,
      saisie: { type: 'ASSOCIATION', raisonSociale: 'Emmaüs Connect', ressources: [] },
    });
    expect(modifie.ressources).toEqual([]);
  });

  it('guides : texte de Tremplin par défaut, texte de la structure une fois modifié, puis rétabli', async () => {
    const [illettrisme] = await t.reussir('reperages:guides', {});
    expect(illettrisme).toMatchObject({ domaine: 'ILLETTRISME', parDefaut: true });
    expect(illettrisme!.texte).toMatch(/Signes à remarquer/);
    const modifie = await t.reussir('reperages:modifierGuide', { domaine: 'ILLETTRISME', texte: 'Appeler le CRI.' });
    expect(modifie).toMatchObject({ texte: 'Appeler le CRI.', parDefaut: false });
    expect((await t.reussir('reperages:guides', {}))[0]!.texte).toBe('Appeler le CRI.');
    const vide = await t.appeler('reperages:modifierGuide', { domaine: 'ILLETTRISME', texte: '   ' });
    expect(vide.ok || vide.erreur.champs).toEqual({ texte: 'Obligatoire.' });
    expect((await t.reussir('reperages:modifierGuide', { domaine: 'ILLETTRISME', texte: null })).parDefaut).toBe(true);
  });
});

describe('repérages : droits et audit des lectures', () => {
  let t: CoreTest;
  let ids: { referent: string; autre: string; jeune: string };

  const audit = () =>
    t.core.base.$client
      .prepare(
        "SELECT action, utilisateur_id AS u, jeune_id AS j, objet FROM journal_audit WHERE action = 'LECTURE_SENSIBLE'",
      )
      .all() as { action: string; u: string; j: string; objet: string }[];

  const connecter = (login: string) => connecterCompte(t, login);

  beforeEach(async () => {
    t = creerCoreTest({ systeme: false });
    const conseillers = await preparerComptes(t, [
      ['c.durand', 'Durand'],
      ['k.benali', 'Benali'],
    ]);
    const jeune = await t.reussir('jeunes:creer', { saisie: buildJeune({ referentId: conseillers['c.durand'] }) });
    ids = { referent: conseillers['c.durand']!, autre: conseillers['k.benali']!, jeune: jeune.id };
    await connecter('c.durand');
  });
  afterEach(() => t.fermer());

  it('la note d’un repérage handicap : le ou la référent·e la lit (lecture auditée), pas un·e autre conseiller·ère', async () => {
    const h = await t.reussir('reperages:creer', { jeuneId: ids.jeune, saisie: handicap() });
    await t.reussir('reperages:creer', {
      jeuneId: ids.jeune,
      saisie: illectronisme({ note: 'Pas de box, partage le téléphone de sa sœur' }),
    });
    const avant = audit().length;
    const referent = await t.reussir('reperages:lister', { jeuneId: ids.jeune });
    expect(referent.reperages.find((r) => r.id === h.id)?.note).toBe('Trouble dys signalé par le jeune');
    expect(referent.rqth).toMatchObject({ depuis: '2026-06-01' });
    expect(audit().slice(avant)).toEqual([
      { action: 'LECTURE_SENSIBLE', u: ids.referent, j: ids.jeune, objet: 'REPERAGES' },
    ]);

    await connecter('k.benali');
    const autre = await t.reussir('reperages:lister', { jeuneId: ids.jeune });
    expect(autre).toMatchObject({ detailsReserves: true, rqth: null });
    expect(autre.reperages.map((r) => [r.domaine, r.note, r.noteReservee])).toEqual([['ILLECTRONISME', null, true]]);
    expect(JSON.stringify(autre)).not.toMatch(/Trouble dys|RQTH|box/);
    expect(audit().length).toBe(avant + 1);
    const historique = await t.reussir('jeunes:historique', { id: ids.jeune });
    expect(historique.some((h2) => h2.entiteId === h.id)).toBe(false);
    expect(JSON.stringify(historique)).not.toMatch(/Trouble dys|box/);
  });

  it('un·e autre conseiller·ère ne crée, ne modifie ni ne supprime un repérage handicap', async () => {
    const h = await t.reussir('reperages:creer', { jeuneId: ids.jeune, saisie: handicap() });
    await connecter('k.benali');
    for (const r of [
      await t.appeler('reperages:creer', { jeuneId: ids.jeune, saisie: handicap() }),
      await t.appeler('reperages:modifier', { id: h.id, saisie: handicap({ resultat: 'SUSPICION' }) }),
      await t.appeler('reperages:supprimer', { id: h.id }),
      await t.appeler('reperages:conseil', { id: h.id }),
    ]) {
      expect(r.ok || r.erreur.code).toBe('INTERDIT');
    }
    expect(t.compter('reperages')).toBe(1);
  });

  it('modifier un repérage dont on ne lit pas la note la conserve ; l’historique ne copie jamais la note', async () => {
    const r = await t.reussir('reperages:creer', {
      jeuneId: ids.jeune,
      saisie: illectronisme({ note: 'Note du référent' }),
    });
    await connecter('k.benali');
    const modifie = await t.reussir('reperages:modifier', {
      id: r.id,
      saisie: illectronisme({ resultat: 'ILLECTRONISME', note: null }),
    });
    expect(modifie).toMatchObject({ resultat: 'ILLECTRONISME', note: null, noteReservee: true });
    await connecter('c.durand');
    await t.reussir('reperages:modifier', { id: r.id, saisie: illectronisme({ note: 'Nouvelle note' }) });
    const lu = await t.reussir('reperages:lister', { jeuneId: ids.jeune });
    expect(lu.reperages[0]!.note).toBe('Nouvelle note');
    const historique = await t.reussir('jeunes:historique', { id: ids.jeune });
    expect(historique.find((h) => h.champ === 'note')).toMatchObject({
      ancienneValeur: VALEUR_CONFIDENTIELLE,
      nouvelleValeur: VALEUR_CONFIDENTIELLE,
    });
    expect(JSON.stringify(historique)).not.toMatch(/Note du référent|Nouvelle note/);
  });

  it('file « à suivre » : chacun·e ses dossiers, la direction tous ; un repérage handicap affiché est audité', async () => {
    await t.reussir('reperages:creer', { jeuneId: ids.jeune, saisie: handicap() });
    await connecter('k.benali');
    expect((await t.reussir('reperages:aSuivre', { conseillerId: ids.referent })).lignes).toEqual([]);
    await connecter('direction.ml');
    const avant = audit().length;
    const file = await t.reussir('reperages:aSuivre', {});
    expect(file.lignes.map((l) => [l.domaine, l.referentNom])).toEqual([['HANDICAP', 'Test Durand']]);
    expect(file.lignes[0]!.note).toBeNull();
    expect(audit().slice(avant)).toEqual([
      { action: 'LECTURE_SENSIBLE', u: expect.any(String), j: ids.jeune, objet: 'REPERAGES_A_SUIVRE' },
    ]);
    expect((await t.reussir('reperages:aSuivre', { conseillerId: ids.autre })).lignes).toEqual([]);
  });

  it('seule la direction modifie les guides', async () => {
    const r = await t.appeler('reperages:modifierGuide', { domaine: 'HANDICAP', texte: 'Texte' });
    expect(r.ok || r.erreur.code).toBe('INTERDIT');
    await connecter('direction.ml');
    expect((await t.reussir('reperages:modifierGuide', { domaine: 'HANDICAP', texte: 'Texte' })).modifieParNom).toBe(
      'Anne Petit',
    );
  });
});
