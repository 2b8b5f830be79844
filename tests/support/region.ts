/** Hand-built data for the Region figures: youths, follow-up records and screenings, by date. */
import type { TypeEvenement } from '../../electron/core/domain/codes';
import type { JeuneSaisieBrute } from '../../electron/core/contract';
import { calculerIndicateurs } from '../../electron/core/region/indicateurs/moteur';
import type { LigneIndicateur } from '../../electron/core/region/indicateurs/types';
import type { CoreTest } from './core-test';
import { buildJeune, STRUCTURE_TEST } from './fabriques';

let suffixe = 0;

/** A youth with a distinct name (no duplicate prompt), the given facts and its events. */
export async function jeune(
  t: CoreTest,
  faits: Partial<JeuneSaisieBrute> = {},
  evenements: [date: string, type: TypeEvenement][] = [],
): Promise<string> {
  suffixe += 1;
  const { id } = await t.reussir('jeunes:creer', {
    saisie: buildJeune({ nom: `Jeune${suffixe}`, prenom: `Test${suffixe}`, telephone: '', email: '', ...faits }),
    confirmerDoublon: true,
  });
  for (const [date, type] of evenements) await t.reussir('evenements:creer', { jeuneId: id, saisie: { date, type } });
  return id;
}

export async function situation(
  t: CoreTest,
  jeuneId: string,
  s: { categorie: string; sousType?: string; dateDebut: string; dateFinPrevue?: string; financeur?: string },
): Promise<string> {
  return (await t.reussir('situations:creer', { jeuneId, saisie: { sousType: '', financeur: '', ...s } as never })).id;
}

/** Screenings have no channel yet: written as the future screening screen will write them. */
export function reperage(
  t: CoreTest,
  jeuneId: string,
  r: { domaine: string; date: string; methode: string; resultat: string; propositionId?: string },
): void {
  suffixe += 1;
  t.core.base.$client
    .prepare(
      `INSERT INTO reperages (id, jeune_id, domaine, date, methode, resultat, proposition_id, cree_le, modifie_le)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)`,
    )
    .run(`rep-${suffixe}`, jeuneId, r.domaine, r.date, r.methode, r.resultat, r.propositionId ?? null);
}

/** The figures of a year as `code/variante/dimension/modalite → valeur`. */
export function figures(t: CoreTest, annee: number): Map<string, number> {
  return new Map(
    calculerIndicateurs(t.core.base.$client, annee).map((l: LigneIndicateur) => [
      `${l.code}/${l.variante}/${l.dimension}/${l.modalite}`,
      l.valeur,
    ]),
  );
}

/** A figure (`tous`, `total` unless said otherwise). */
export function valeur(
  f: Map<string, number>,
  code: string,
  variante = 'tous',
  dimension = 'total',
  modalite = 'total',
) {
  const v = f.get(`${code}/${variante}/${dimension}/${modalite}`);
  if (v === undefined) throw new Error(`Ligne absente : ${code}/${variante}/${dimension}/${modalite}`);
  return v;
}

/** An orientation, put straight in the state the test needs (the state machine is tested elsewhere). */
export async function proposition(
  t: CoreTest,
  jeuneId: string,
  p: { date: string; type?: string; etat?: string; partenaireId?: string },
): Promise<string> {
  const { id } = await t.reussir('propositions:creer', {
    jeuneId,
    saisie: { date: p.date, type: p.type ?? 'FORMATION', partenaireId: p.partenaireId ?? '' } as never,
  });
  if (p.etat) t.core.base.$client.prepare('UPDATE propositions SET etat = ? WHERE id = ?').run(p.etat, id);
  return id;
}

/** Links an entry to the orientation that led to it (what « Enregistrer l'entrée » records). */
export function lier(t: CoreTest, situationId: string, propositionId: string): void {
  t.core.base.$client.prepare('UPDATE situations SET proposition_id = ? WHERE id = ?').run(propositionId, situationId);
}

/** The worked example of paquet-region.md (N = 2025). */
export async function construireExemple(core: CoreTest): Promise<void> {
  await core.reussir('structure:initialiser', STRUCTURE_TEST);
  const a = await jeune(
    core,
    { sexe: 'F', dateNaissance: '2005-03-10', niveauFormation: 'N3', qpv: true, datePremierAccueil: '2024-11-02' },
    [
      ['2025-01-15', 'EI'],
      ['2025-02-01', 'TEL'],
    ],
  );
  await situation(core, a, {
    categorie: 'FOR',
    sousType: 'PRF_QUALIFIANTE',
    financeur: 'REGION',
    dateDebut: '2025-07-20',
  });
  const b = await jeune(
    core,
    { sexe: 'M', dateNaissance: '2008-09-01', niveauFormation: '', qpv: false, datePremierAccueil: '2025-02-10' },
    [
      ['2025-02-10', 'TEL'],
      ['2025-03-05', 'AT'],
    ],
  );
  await situation(core, b, { categorie: 'EMP', sousType: 'CDD', dateDebut: '2025-10-01', dateFinPrevue: '2026-03-31' });
  const c = await jeune(
    core,
    { sexe: 'M', dateNaissance: '1999-12-31', niveauFormation: 'N4', qpv: false, datePremierAccueil: '2023-05-01' },
    [['2024-12-20', 'EI']],
  );
  await situation(core, c, { categorie: 'ALT', sousType: 'APPRENTISSAGE', dateDebut: '2025-01-10' });
}
