/**
 * The youth's path as one dated list, most recent first: contacts, situations (start, real end),
 * programmes (entry, exit), barriers (identification, status) and aids. Pure: built from `Suivi`.
 */
import type { Suivi } from '../../../../electron/core/contract';
import {
  libelle,
  STATUTS_FREIN,
  THEMES_FREIN,
  TYPES_AIDE,
  TYPES_DISPOSITIF,
  TYPES_EVENEMENT,
} from '../../../../electron/core/domain/codes';
import type { DateIso } from '../../../../electron/core/domain/dates';
import { formaterMontant } from '../../../../electron/core/domain/montant';
import i18n from '../../i18n';
import { detailSituation, joindre } from './libellesSuivi';

/** The kinds of the filter, in its order (also the order of items of the same day). */
export const GENRES_CHRONOLOGIE = ['CONTACT', 'SITUATION', 'DISPOSITIF', 'FREIN', 'AIDE'] as const;
export type GenreChronologie = (typeof GENRES_CHRONOLOGIE)[number];

export interface ElementChronologie {
  /** Unique in the list: the record's id and what happened to it. */
  cle: string;
  genre: GenreChronologie;
  date: DateIso;
  description: string;
}

/** Among the facts of one record on the same day, the later step first (an end before its start). */
type Etape = 'debut' | 'fin';

interface Fait extends ElementChronologie {
  etape: Etape;
}

function fait(genre: GenreChronologie, id: string, etape: Etape, date: DateIso, description: string): Fait {
  return { cle: `${id}:${etape}`, genre, date, description, etape };
}

function faits(suivi: Suivi): Fait[] {
  const t = i18n.t;
  return [
    ...suivi.evenements.map((e) =>
      fait('CONTACT', e.id, 'debut', e.date, joindre(libelle(TYPES_EVENEMENT, e.type), e.conseillerNom, e.siteLibelle)),
    ),
    ...suivi.situations.flatMap((s) => {
      const situation = detailSituation(s);
      return [
        fait('SITUATION', s.id, 'debut', s.dateDebut, t('chronologie.debutSituation', { situation })),
        ...(s.dateFin === null
          ? []
          : [fait('SITUATION', s.id, 'fin', s.dateFin, t('chronologie.finSituation', { situation }))]),
      ];
    }),
    ...suivi.dispositifs.flatMap((d) => {
      const dispositif = libelle(TYPES_DISPOSITIF, d.type);
      return [
        fait('DISPOSITIF', d.id, 'debut', d.dateEntree, t('chronologie.entreeDispositif', { dispositif })),
        ...(d.dateSortie === null
          ? []
          : [fait('DISPOSITIF', d.id, 'fin', d.dateSortie, t('chronologie.sortieDispositif', { dispositif }))]),
      ];
    }),
    ...suivi.freins.flatMap((f) => {
      const theme = libelle(THEMES_FREIN, f.theme);
      const description = (statut: string) => t('chronologie.frein', { theme, statut: statut.toLowerCase() });
      return [
        fait('FREIN', f.id, 'debut', f.dateIdentification, description(STATUTS_FREIN.libelles.IDENTIFIE)),
        // The status date of a barrier still « identifié » repeats its identification.
        ...(f.dateStatut === null || f.statut === 'IDENTIFIE'
          ? []
          : [fait('FREIN', f.id, 'fin', f.dateStatut, description(libelle(STATUTS_FREIN, f.statut)))]),
      ];
    }),
    ...suivi.aides.map((a) =>
      fait(
        'AIDE',
        a.id,
        'debut',
        a.dateDecision,
        t('chronologie.aide', { type: libelle(TYPES_AIDE, a.type), montant: formaterMontant(a.montantCentimes) }),
      ),
    ),
  ];
}

/**
 * Most recent day first; within a day, by kind, then a record's end before its start. Otherwise the
 * order received stays (the sort is stable, and the server sends each list most recent first).
 */
function plusRecentDAbord(a: Fait, b: Fait): number {
  return (
    b.date.localeCompare(a.date) ||
    GENRES_CHRONOLOGIE.indexOf(a.genre) - GENRES_CHRONOLOGIE.indexOf(b.genre) ||
    (a.etape === b.etape ? 0 : a.etape === 'fin' ? -1 : 1)
  );
}

export function chronologie(suivi: Suivi): ElementChronologie[] {
  return faits(suivi)
    .sort(plusRecentDAbord)
    .map(({ cle, genre, date, description }) => ({ cle, genre, date, description }));
}

/** `null`: every kind. */
export function filtrerChronologie(
  elements: readonly ElementChronologie[],
  genre: GenreChronologie | null,
): ElementChronologie[] {
  return genre === null ? [...elements] : elements.filter((e) => e.genre === genre);
}
