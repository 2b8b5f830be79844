/**
 * Retention and the young person's rights, through the dispatcher with real logins: the review queue
 * at 729/730/731 days and at 28, archiving, anonymisation (past Region packages unchanged, nothing
 * personal left in the file), erasure on request, and the per-youth export.
 */
import { readFileSync } from 'node:fs';
import { natureFichier, type AccesBase } from '../../db/chiffrement';
import { afterEach, describe, expect, it } from 'vitest';
import { produirePaquet } from '../../electron/core/region';
import { semer } from '../../electron/core/seed/seed';
import { connecter, MDP_TEST, preparerComptes } from '../support/comptes-test';
import { creerCoreTest, horlogeManuelle, type CoreTest } from '../support/core-test';
import { buildJeune } from '../support/fabriques';

let t: CoreTest;
afterEach(() => t.fermer());

/**
 * Everything the file holds on disk, WAL included: what an erased value must not be found in. Read
 * on a plain file (`EN_CLAIR`): encrypted, any content would pass; this checks that erased pages are
 * overwritten (secure_delete), which still matters the day a key leaks.
 */
function contenuSurDisque(): string {
  expect(natureFichier(t.fichier)).toBe('clair');
  t.core.base.$client.pragma('wal_checkpoint(TRUNCATE)');
  return (
    readFileSync(t.fichier).toString('latin1') + readFileSync(`${t.fichier}-wal`, { flag: 'a+' }).toString('latin1')
  );
}

const EN_CLAIR = { cle: null };

async function preparer(depart: Date, acces?: AccesBase) {
  const temps = horlogeManuelle(depart);
  t = creerCoreTest({ systeme: false, maintenant: temps.maintenant, acces });
  await preparerComptes(t);
  return temps;
}

describe('file de conservation', () => {
  it.each([
    [729, []],
    [730, ['SANS_CONTACT']],
    [731, ['SANS_CONTACT']],
  ])('%i jours après le dernier contact → %j', async (jours, raisons) => {
    const temps = await preparer(new Date('2026-01-15T10:00:00+01:00'));
    const j = await t.reussir('jeunes:creer', { saisie: buildJeune({ datePremierAccueil: '2025-06-02' }) });
    await t.reussir('evenements:creer', { jeuneId: j.id, saisie: { date: '2026-01-15', type: 'EI' } });
    temps.avancerJours(jours);
    await connecter(t, 'direction.ml');
    const file = await t.reussir('conservation:aRevoir', {});
    expect(file.filter((l) => l.id === j.id).flatMap((l) => l.raisons)).toEqual(raisons);
  });

  it('sans aucun contact, le premier accueil compte ; à 28 ans révolus le dossier arrive aussi', async () => {
    const temps = await preparer(new Date('2026-06-14T10:00:00+02:00'));
    const ancien = await t.reussir('jeunes:creer', {
      saisie: buildJeune({ nom: 'Ancien', dateNaissance: '2004-01-01', datePremierAccueil: '2024-06-14' }),
    });
    const age = await t.reussir('jeunes:creer', {
      saisie: buildJeune({ nom: 'Vingt-Huit', dateNaissance: '1998-06-15', datePremierAccueil: '2026-01-05' }),
    });
    const raisons = async (id: string) =>
      (await t.reussir('conservation:aRevoir', {})).find((l) => l.id === id)?.raisons ?? [];
    expect(await raisons(ancien.id)).toEqual(['SANS_CONTACT']);
    expect(await raisons(age.id)).toEqual([]);
    temps.avancerJours(1);
    await connecter(t, 'direction.ml');
    expect(await raisons(age.id)).toEqual(['AGE_LIMITE']);
  });

  it('archiver sort le dossier de la file, l’inscrit dans l’historique et le journal', async () => {
    await preparer(new Date('2026-06-15T10:00:00+02:00'));
    const j = await t.reussir('jeunes:creer', { saisie: buildJeune({ datePremierAccueil: '2024-01-10' }) });
    expect((await t.reussir('conservation:aRevoir', {})).map((l) => l.id)).toContain(j.id);
    await t.reussir('conservation:archiver', { ids: [j.id] });
    expect((await t.reussir('jeunes:lire', { id: j.id })).statut).toBe('ARCHIVE');
    expect((await t.reussir('conservation:aRevoir', {})).map((l) => l.id)).not.toContain(j.id);
    const audit = await t.reussir('audit:consultations', { jeuneId: j.id });
    expect(audit.map((a) => a.action)).toContain('Archivage');
  });
});

describe('anonymisation', () => {
  it('garde les chiffres des années passées et ne laisse rien de personnel dans le fichier', async () => {
    await preparer(new Date('2026-11-27T10:00:00+01:00'), EN_CLAIR);
    semer(t.core.base, { jeunes: 150, graine: 11, annees: 3, aujourdhui: '2026-11-27' });
    const j = await t.reussir('jeunes:creer', {
      saisie: buildJeune({ nom: 'Canari-Zébulon', prenom: 'Ysolde', telephone: '06 99 88 77 66', commune: 'Quinsac' }),
    });
    await t.reussir('evenements:creer', {
      jeuneId: j.id,
      saisie: { date: '2025-03-04', type: 'EI', commentaire: 'Commentaire-canari-secret' },
    });
    const csv = async () =>
      Buffer.from((await produirePaquet(t.core.base, { annee: 2025, maintenant: new Date() })).fichiers[0]!.contenu);
    const avant = await csv();
    const ids = [j.id, ...(await t.reussir('conservation:aRevoir', {})).map((l) => l.id)];

    const refus = await t.appeler('conservation:anonymiser', { ids, motDePasse: 'pas le bon mot de passe' });
    expect(refus.ok).toBe(false);
    expect((await t.reussir('jeunes:lire', { id: j.id })).nom).toBe('Canari-Zébulon');

    await t.reussir('conservation:anonymiser', { ids, motDePasse: MDP_TEST });
    const anonyme = await t.reussir('jeunes:lire', { id: j.id });
    expect(anonyme).toMatchObject({ statut: 'ANONYMISE', prenom: 'Dossier', nom: 'anonymisé', telephone: null });
    expect((await csv()).equals(avant)).toBe(true);
    const disque = contenuSurDisque();
    for (const canari of ['Canari-Z', 'Ysolde', '0699887766', 'Quinsac', 'Commentaire-canari-secret']) {
      expect(disque.includes(canari), canari).toBe(false);
    }
    expect((await t.reussir('jeunes:rechercher', { texte: 'Ysolde' })).total).toBe(0);
  });
});

describe('droits du jeune', () => {
  it('effacement sur demande : mot de passe exigé, plus aucune ligne ni trace dans le fichier, journal gardé', async () => {
    await preparer(new Date('2026-06-15T10:00:00+02:00'), EN_CLAIR);
    const j = await t.reussir('jeunes:creer', { saisie: buildJeune({ nom: 'Efface-Canari', prenom: 'Omérine' }) });
    await t.reussir('evenements:creer', {
      jeuneId: j.id,
      saisie: { date: '2026-06-01', type: 'EI', commentaire: 'x' },
    });
    await t.reussir('freins:creer', {
      jeuneId: j.id,
      saisie: { theme: 'SANTE', dateIdentification: '2026-06-01', statut: 'IDENTIFIE', actions: 'Suivi-canari-sante' },
    });
    const refus = await t.appeler('jeunes:effacer', { id: j.id, motDePasse: 'faux mot de passe ici' });
    expect(refus.ok).toBe(false);
    expect(t.compter('jeunes')).toBe(1);

    await t.reussir('jeunes:effacer', { id: j.id, motDePasse: MDP_TEST });
    for (const table of ['jeunes', 'evenements', 'freins', 'historique_jeunes', 'jeunes_mots']) {
      expect(t.compter(table), table).toBe(0);
    }
    const disque = contenuSurDisque();
    for (const canari of ['Efface-Canari', 'Omérine', 'Suivi-canari-sante'])
      expect(disque.includes(canari)).toBe(false);
    const efface = t.core.base.$client
      .prepare("SELECT count(*) AS n FROM journal_audit WHERE action = 'EFFACEMENT' AND jeune_id = ?")
      .get(j.id) as { n: number };
    expect(efface.n).toBe(1);
    expect((await t.reussir('audit:verifier', {})).premiereRupture).toBeNull();
  });

  it('export de ses données : tout, santé et repérage handicap compris, en JSON et en PDF, audité', async () => {
    await preparer(new Date('2026-06-15T10:00:00+02:00'));
    const j = await t.reussir('jeunes:creer', { saisie: buildJeune() });
    await t.reussir('freins:creer', {
      jeuneId: j.id,
      saisie: { theme: 'SANTE', dateIdentification: '2026-06-01', statut: 'IDENTIFIE', actions: 'Suivi au CMP' },
    });
    await t.reussir('reperages:creer', {
      jeuneId: j.id,
      saisie: {
        domaine: 'HANDICAP',
        date: '2026-06-01',
        methode: 'DECLARATION_JEUNE',
        resultat: 'SUSPICION',
        note: 'Note handicap',
      },
    });
    const exporte = await t.reussir('jeunes:exporterDonnees', { id: j.id });
    const donnees = JSON.parse(exporte.json) as Record<string, unknown[]> & { jeune: { nom: string } };
    expect(donnees.jeune.nom).toBe('Lefèvre');
    expect(donnees.freins).toMatchObject([{ theme: 'SANTE', actions: 'Suivi au CMP' }]);
    expect(donnees.reperages).toMatchObject([{ domaine: 'HANDICAP', note: 'Note handicap' }]);
    expect(donnees.historique!.length).toBeGreaterThan(0);
    expect(Buffer.from(exporte.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(exporte.nomFichier).toMatch(/^donnees-lefevre-2026-06-15$/);
    const audit = await t.reussir('audit:consultations', { jeuneId: j.id });
    expect(audit.map((a) => a.action)).toContain('Export');
    await connecter(t, 'admin.ml');
    expect((await t.appeler('jeunes:exporterDonnees', { id: j.id })).ok).toBe(false);
  });
});
