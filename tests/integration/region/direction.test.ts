/** The director's Region channels with the real access control: re-authentication, audit, targets. */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { creerCoreTest, type CoreTest } from '../../support/core-test';
import { buildJeune, STRUCTURE_TEST } from '../../support/fabriques';

const MDP = 'une phrase de passe assez longue';
let t: CoreTest;

const exports = () =>
  t.core.base.$client.prepare("SELECT objet FROM journal_audit WHERE action = 'EXPORT'").all() as { objet: string }[];

beforeEach(async () => {
  t = creerCoreTest({ systeme: false });
  await t.reussir('structure:initialiser', STRUCTURE_TEST);
  await t.reussir('comptes:initialiser', {
    administrateur: { login: 'admin.ml', nom: 'Admin', prenom: 'Alex', motDePasse: MDP },
    direction: { login: 'direction.ml', nom: 'Petit', prenom: 'Anne', motDePasse: MDP },
  });
  await t.reussir('session:ouvrir', { login: 'direction.ml', motDePasse: MDP });
  const { id } = await t.reussir('jeunes:creer', { saisie: buildJeune({ niveauFormation: '' }) });
  await t.reussir('evenements:creer', { jeuneId: id, saisie: { date: '2025-03-04', type: 'EI' } });
});
afterEach(() => t.fermer());

it('le paquet demande le mot de passe de la direction, puis journalise l’export (l’année, aucune valeur)', async () => {
  const refus = await t.appeler('region:paquet', { annee: 2025, motDePasse: 'pas le bon' });
  expect(refus.ok).toBe(false);
  if (!refus.ok) expect(refus.erreur.message).toBe('Mot de passe incorrect.');
  expect(exports()).toEqual([]);

  const paquet = await t.reussir('region:paquet', { annee: 2025, motDePasse: MDP });
  expect(paquet.qualite.jeunes_accompagnes_sans_niveau).toBe(1);
  const manifest = JSON.parse(Buffer.from(paquet.fichiers.at(-1)!.base64, 'base64').toString('utf8'));
  for (const f of manifest.fichiers) {
    const contenu = Buffer.from(paquet.fichiers.find((x) => x.nom === f.nom)!.base64, 'base64');
    expect(createHash('sha256').update(contenu).digest('hex')).toBe(f.sha256);
  }
  expect(exports()).toEqual([{ objet: 'PAQUET_REGION 2025' }]);
  expect((await t.appeler('region:paquet', { annee: 25, motDePasse: MDP })).ok).toBe(false);
});

it('la liste des dossiers à corriger nomme chaque jeune pour la direction', async () => {
  const qualite = await t.reussir('region:qualite', { annee: 2025 });
  expect(qualite.dossiers).toEqual([
    expect.objectContaining({ controle: 'jeunes_accompagnes_sans_niveau', nom: 'Hélène Lefèvre', date: '2025-03-04' }),
  ]);
});

it('les objectifs de la convention : par année, indicateurs connus, entiers positifs', async () => {
  expect(await t.reussir('objectifs:lire', { annee: 2025 })).toEqual({ annee: 2025, objectifs: [] });
  const objectifs = [
    { code: 'JEUNES_ACCOMPAGNES', variante: 'tous', valeur: 900 },
    { code: 'JEUNES_ENTRES_EMPLOI_DURABLE', variante: 'accompagnes', valeur: 120 },
  ] as const;
  await t.reussir('objectifs:enregistrer', { annee: 2025, objectifs: [...objectifs] });
  expect((await t.reussir('objectifs:lire', { annee: 2025 })).objectifs).toEqual(objectifs);
  expect((await t.reussir('objectifs:lire', { annee: 2026 })).objectifs).toEqual([]);

  const inconnu = await t.appeler('objectifs:enregistrer', {
    annee: 2025,
    objectifs: [{ code: 'JEUNES_INVENTES', variante: 'tous', valeur: 3 }],
  });
  expect(inconnu.ok ? '' : inconnu.erreur.message).toMatch(/indicateur inconnu/);
  const variante = await t.appeler('objectifs:enregistrer', {
    annee: 2025,
    objectifs: [{ code: 'PREMIERS_ACCUEILS', variante: 'accompagnes', valeur: 3 }],
  });
  expect(variante.ok ? '' : variante.erreur.message).toMatch(/Variante.*n’a pas cette variante/);
  const negatif = await t.appeler('objectifs:enregistrer', {
    annee: 2025,
    objectifs: [{ code: 'PREMIERS_ACCUEILS', variante: 'tous', valeur: -1 }],
  });
  expect(negatif.ok ? '' : negatif.erreur.message).toMatch(/Objectif : un nombre positif ou nul est attendu/);
  expect((await t.reussir('objectifs:lire', { annee: 2025 })).objectifs).toEqual(objectifs);
});
