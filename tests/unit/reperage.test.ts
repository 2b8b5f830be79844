import { describe, expect, it } from 'vitest';
import { DOMAINES_REPERAGE, RESULTATS_PAR_DOMAINE } from '../../electron/core/domain/codes';
import {
  aRqthA,
  conseilOrientation,
  estPositif,
  etatRqthA,
  raisonsASuivre,
  type ReperageDate,
} from '../../electron/core/domain/reperage';

const rqth = (date: string, resultat: string, dateFinRqth: string | null = null): ReperageDate => ({
  domaine: 'HANDICAP',
  date,
  resultat,
  dateFinRqth,
});

describe('RQTH à une date (domaine.md)', () => {
  it.each([
    ['la veille du repérage', '2025-12-31', false],
    ['le jour du repérage', '2026-01-01', true],
    ['le lendemain', '2026-01-02', true],
    ['des années plus tard', '2031-06-30', true],
  ])('%s (%s) → %s', (_cas, date, attendu) => {
    expect(aRqthA([rqth('2026-01-01', 'RQTH_VALIDE')], date)).toBe(attendu);
  });

  it('RQTH_EN_COURS compte aussi ; les autres résultats et les autres domaines non', () => {
    expect(aRqthA([rqth('2026-01-01', 'RQTH_EN_COURS')], '2026-01-01')).toBe(true);
    for (const resultat of ['AUTRE_RECONNAISSANCE', 'SUSPICION', 'NON_CONCERNE', 'REFUS']) {
      expect(aRqthA([rqth('2026-01-01', resultat)], '2030-01-01')).toBe(false);
    }
    expect(aRqthA([{ domaine: 'ILLETTRISME', date: '2026-01-01', resultat: 'RQTH_VALIDE' }], '2030-01-01')).toBe(false);
  });

  it('reste acquise malgré un repérage ultérieur contraire, et la date de fin ne compte pas', () => {
    const reperages = [rqth('2026-01-01', 'RQTH_VALIDE', '2026-03-31'), rqth('2026-02-01', 'NON_CONCERNE')];
    expect(etatRqthA(reperages, '2027-01-01')).toEqual({ depuis: '2026-01-01', dateFin: '2026-03-31', enCours: false });
  });

  it('« en cours » tant qu’aucune RQTH valide n’est datée au plus tard ce jour-là', () => {
    const reperages = [rqth('2026-01-01', 'RQTH_EN_COURS'), rqth('2026-04-01', 'RQTH_VALIDE', '2031-03-31')];
    expect(etatRqthA(reperages, '2026-03-31')).toEqual({ depuis: '2026-01-01', dateFin: null, enCours: true });
    expect(etatRqthA(reperages, '2026-04-01')).toEqual({ depuis: '2026-01-01', dateFin: '2031-03-31', enCours: false });
  });
});

describe('conseil d’orientation', () => {
  const resultats = DOMAINES_REPERAGE.codes.flatMap((d) => RESULTATS_PAR_DOMAINE[d].map((r) => [d, r] as const));
  it.each(resultats)('%s / %s : une ressource au moins si positif, rien sinon', (domaine, resultat) => {
    const conseil = conseilOrientation(domaine, resultat);
    if (estPositif(domaine, resultat)) expect(conseil?.ressources.length).toBeGreaterThan(0);
    else expect(conseil).toBeNull();
  });
});

describe('raisons d’attendre un suivi', () => {
  const positif = { domaine: 'ILLECTRONISME' as const, resultat: 'ILLECTRONISME', dateSuivi: null };
  it.each([
    ['positif sans orientation', positif, null, ['SANS_ORIENTATION']],
    ['positif orienté', positif, 'TRANSMISE', []],
    ['positif, orientation réalisée', positif, 'REALISEE', []],
    ['positif, orientation refusée par le jeune', positif, 'REFUSEE_JEUNE', ['ORIENTATION_SANS_SUITE']],
    ['positif, orientation abandonnée', positif, 'ABANDONNEE', ['ORIENTATION_SANS_SUITE']],
    ['négatif sans orientation', { ...positif, resultat: 'AUTONOME' }, null, []],
    ['suivi prévu ce jour', { ...positif, resultat: 'AUTONOME', dateSuivi: '2026-06-15' }, null, []],
    ['suivi prévu la veille', { ...positif, resultat: 'AUTONOME', dateSuivi: '2026-06-14' }, null, ['SUIVI_DEPASSE']],
    ['les deux', { ...positif, dateSuivi: '2026-06-14' }, null, ['SANS_ORIENTATION', 'SUIVI_DEPASSE']],
  ] as const)('%s', (_cas, reperage, etat, attendu) => {
    expect(raisonsASuivre(reperage, etat, '2026-06-15')).toEqual(attendu);
  });
});
