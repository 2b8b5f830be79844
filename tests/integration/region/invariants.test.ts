/**
 * Invariants over the `seed` command's data (a few graines): single-valued breakdowns add up to the total, accompanied ≤ all,
 * durable ≤ job, nested indicators ordered, same base ⇒ same figures, the dashboard agrees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../electron/core/region/indicateurs/catalogue';
import { calculerIndicateurs } from '../../../electron/core/region/indicateurs/moteur';
import type { LigneIndicateur } from '../../../electron/core/region/indicateurs/types';
import { tableauDeBord } from '../../../electron/core/region/tableau-de-bord';
import { creerStructureDemo } from '../../../electron/core/demo/demo';
import { semer } from '../../../electron/core/seed/seed';
import { creerCoreTest, type CoreTest } from '../../support/core-test';

const GRAINES = [1, 2, 3];
const ANNEES = [2023, 2024, 2025];
/** Breakdowns where a record may count under several modalities. */
const MULTIVALUEES = new Set(['JEUNES_FREINS_IDENTIFIES/theme', 'JEUNES_FREINS_LEVES/theme']);

const cores: CoreTest[] = [];
const cas: { nom: string; lignes: LigneIndicateur[]; t: CoreTest; annee: number }[] = [];
beforeAll(async () => {
  for (const graine of GRAINES) {
    const t = creerCoreTest();
    cores.push(t);
    await creerStructureDemo(t.core);
    // Five years ending mid-2026: 2023 to 2025 are full years, each with its N-1.
    semer(t.core.base, { jeunes: 300, graine, annees: 5, aujourdhui: '2026-06-15' });
    for (const annee of ANNEES) {
      cas.push({
        nom: `graine ${graine}, ${annee}`,
        lignes: calculerIndicateurs(t.core.base.$client, annee),
        t,
        annee,
      });
    }
  }
}, 60_000);
afterAll(() => cores.forEach((t) => t.fermer()));

const v = (l: LigneIndicateur[], code: string, variante = 'tous', dimension = 'total', modalite = 'total') =>
  l.find((x) => x.code === code && x.variante === variante && x.dimension === dimension && x.modalite === modalite)!
    .valeur;

describe.each(GRAINES.flatMap((g) => ANNEES.map((a) => `graine ${g}, ${a}`)))('%s', (nom) => {
  const lignes = () => cas.find((c) => c.nom === nom)!.lignes;

  it('les données ne sont pas vides (le test mord)', () => {
    expect(v(lignes(), 'JEUNES_ACCOMPAGNES')).toBeGreaterThan(20);
    expect(v(lignes(), 'JEUNES_ENTRES_SOLUTION', 'accompagnes')).toBeGreaterThan(0);
  });

  it('chaque répartition à valeur unique a pour somme le total', () => {
    const l = lignes();
    for (const i of CATALOGUE) {
      for (const variante of ['tous', 'accompagnes']) {
        const siennes = l.filter((x) => x.code === i.code && x.variante === variante);
        if (siennes.length === 0) continue;
        const total = siennes.find((x) => x.dimension === 'total')!.valeur;
        for (const dimension of new Set(siennes.map((x) => x.dimension).filter((d) => d !== 'total'))) {
          const somme = siennes.filter((x) => x.dimension === dimension).reduce((s, x) => s + x.valeur, 0);
          if (MULTIVALUEES.has(`${i.code}/${dimension}`)) expect(somme).toBeGreaterThanOrEqual(total);
          else expect(somme, `${i.code}/${variante}/${dimension}`).toBe(total);
        }
      }
    }
  });

  it('accompagnés ≤ tous (total, sexe, niveau, qpv, zrr)', () => {
    const l = lignes();
    for (const a of l.filter((x) => x.variante === 'accompagnes')) {
      if (['tranche_age', 'rqth'].includes(a.dimension)) continue; // own reference dates (spec)
      expect(a.valeur, `${a.code}/${a.dimension}/${a.modalite}`).toBeLessThanOrEqual(
        v(l, a.code, 'tous', a.dimension, a.modalite),
      );
    }
  });

  it('emploi durable ≤ emploi ; solution entre le plus grand et la somme des trois ; indicateurs emboîtés', () => {
    const l = lignes();
    for (const variante of ['tous', 'accompagnes']) {
      for (const d of ['total/total', 'sexe/F', 'sexe/M', 'niveau/NON_RENSEIGNE', 'qpv/oui']) {
        const [dim, mod] = d.split('/') as [string, string];
        expect(v(l, 'JEUNES_ENTRES_EMPLOI_DURABLE', variante, dim, mod)).toBeLessThanOrEqual(
          v(l, 'JEUNES_ENTRES_EMPLOI', variante, dim, mod),
        );
      }
      const parties = ['FORMATION', 'ALTERNANCE', 'EMPLOI'].map((c) => v(l, `JEUNES_ENTRES_${c}`, variante));
      const solution = v(l, 'JEUNES_ENTRES_SOLUTION', variante);
      expect(solution).toBeGreaterThanOrEqual(Math.max(...parties));
      expect(solution).toBeLessThanOrEqual(parties.reduce((a, b) => a + b, 0));
    }
    const inclus: [string, string][] = [
      ['JEUNES_ACCOMPAGNES', 'JEUNES_CONTACT'],
      ['PREMIERS_ACCUEILS_SOLUTION_6M', 'PREMIERS_ACCUEILS'],
      ['JEUNES_FREINS_LEVES', 'JEUNES_FREINS_IDENTIFIES'],
      ...['HANDICAP', 'ILLETTRISME', 'ILLECTRONISME'].flatMap((d): [string, string][] => [
        [`JEUNES_REPERES_POSITIFS_${d}`, `JEUNES_REPERES_${d}`],
        [`JEUNES_REPERES_ORIENTES_${d}`, `JEUNES_REPERES_POSITIFS_${d}`],
      ]),
    ];
    for (const [petit, grand] of inclus) expect(v(l, petit), petit).toBeLessThanOrEqual(v(l, grand));
    expect(v(l, 'JEUNES_ENTRES_FORMATION')).toBeLessThanOrEqual(v(l, 'ENTREES_FORMATION'));
  });

  it('mêmes données ⇒ mêmes chiffres ; le tableau de bord a les mêmes totaux, N-1 compris', () => {
    const c = cas.find((x) => x.nom === nom)!;
    const client = c.t.core.base.$client;
    expect(calculerIndicateurs(client, c.annee)).toEqual(c.lignes);
    const tableau = tableauDeBord(client, c.annee);
    const precedente = calculerIndicateurs(client, c.annee - 1);
    for (const chiffre of tableau.chiffres) {
      expect(chiffre.valeur).toBe(v(c.lignes, chiffre.code, chiffre.variante));
      expect(chiffre.precedente).toBe(v(precedente, chiffre.code, chiffre.variante));
    }
  });
});
