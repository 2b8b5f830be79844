/**
 * Screening (repérage) rules of domaine.md: which methods and results belong to a domain, which
 * results are positive, RQTH at a date, where to orient after a positive result, and why a screening
 * waits for a follow-up.
 */
import {
  METHODES_PAR_DOMAINE,
  RESULTATS_PAR_DOMAINE,
  RESULTATS_POSITIFS,
  RESULTATS_RQTH,
  type DomaineReperage,
  type EtatProposition,
  type MethodeReperage,
  type RessourceReperage,
  type ResultatReperage,
  type TypeProposition,
} from './codes';

export function methodeDuDomaine(domaine: DomaineReperage, methode: string): methode is MethodeReperage {
  return (METHODES_PAR_DOMAINE[domaine] as readonly string[]).includes(methode);
}

export function resultatDuDomaine(domaine: DomaineReperage, resultat: string): resultat is ResultatReperage {
  return (RESULTATS_PAR_DOMAINE[domaine] as readonly string[]).includes(resultat);
}

/** A positive result (bold in domaine.md); a result of another domain is never positive. */
export function estPositif(domaine: DomaineReperage, resultat: string): boolean {
  return (RESULTATS_POSITIFS[domaine] as readonly string[]).includes(resultat);
}

/** Handicap screening is health information: sensitive as a whole (domaine.md). */
export function domaineSensible(domaine: DomaineReperage): boolean {
  return domaine === 'HANDICAP';
}

export interface ReperageDate {
  domaine: DomaineReperage;
  date: string;
  resultat: string;
  dateFinRqth?: string | null;
}

export interface EtatRqth {
  /** Date of the first screening that gave RQTH. */
  depuis: string;
  /** Expiry of the latest valid RQTH when known: shown to advisers, never used by the figures. */
  dateFin: string | null;
  /** Requested only (no RQTH_VALIDE on or before the date). */
  enCours: boolean;
}

const estRqth = (r: ReperageDate) =>
  r.domaine === 'HANDICAP' && (RESULTATS_RQTH as readonly string[]).includes(r.resultat);

/**
 * RQTH at `date`: a HANDICAP screening dated on or before it says RQTH_VALIDE or RQTH_EN_COURS; once
 * recorded it stays, whatever later screenings say (domaine.md). Null: no RQTH at that date.
 */
export function etatRqthA(reperages: readonly ReperageDate[], date: string): EtatRqth | null {
  const rqth = reperages.filter((r) => estRqth(r) && r.date <= date).sort((a, b) => a.date.localeCompare(b.date));
  if (rqth.length === 0) return null;
  const valides = rqth.filter((r) => r.resultat === 'RQTH_VALIDE');
  return {
    depuis: rqth[0]!.date,
    dateFin: valides[valides.length - 1]?.dateFinRqth ?? null,
    enCours: valides.length === 0,
  };
}

export function aRqthA(reperages: readonly ReperageDate[], date: string): boolean {
  return etatRqthA(reperages, date) !== null;
}

/** The errors of a screening's dates, by field (ISO dates compare as text); the clock's rules apart. */
export function erreursReperage(r: {
  domaine: DomaineReperage;
  date: string;
  resultat: string;
  dateInformation: string | null;
  dateSuivi: string | null;
  dateFinRqth: string | null;
}): Record<string, string> {
  const erreurs: Record<string, string> = {};
  if (r.dateInformation !== null && r.dateInformation < r.date)
    erreurs.dateInformation = 'ne peut pas précéder le repérage.';
  if (r.dateSuivi !== null && r.dateSuivi < r.date) erreurs.dateSuivi = 'ne peut pas précéder le repérage.';
  if (r.dateFinRqth !== null) {
    if (r.domaine !== 'HANDICAP' || r.resultat !== 'RQTH_VALIDE')
      erreurs.dateFinRqth = 'se saisit seulement pour une RQTH valide.';
    else if (r.dateFinRqth < r.date) erreurs.dateFinRqth = 'ne peut pas précéder le repérage.';
  }
  return erreurs;
}

/** Dates that cannot be in the future of `aujourdhui` (the screening and the information given). */
export function erreursDatesFutures(
  r: { date: string; dateInformation: string | null },
  aujourdhui: string,
): Record<string, string> {
  const erreurs: Record<string, string> = {};
  if (r.date > aujourdhui) erreurs.date = 'ne peut pas être dans le futur.';
  if (r.dateInformation !== null && r.dateInformation > aujourdhui)
    erreurs.dateInformation = 'ne peut pas être dans le futur.';
  return erreurs;
}

export interface Conseil {
  /** The kind of orientation proposed (the adviser may change it: a training session is a FORMATION). */
  typeProposition: TypeProposition;
  /** Partners' resources to propose, best first. */
  ressources: readonly RessourceReperage[];
}

const TYPE_PAR_DOMAINE: Readonly<Record<DomaineReperage, TypeProposition>> = {
  ILLETTRISME: 'SAVOIRS_BASE',
  ILLECTRONISME: 'NUMERIQUE',
  HANDICAP: 'HANDICAP',
};

const RESSOURCES_PAR_RESULTAT: Readonly<Partial<Record<ResultatReperage, readonly RessourceReperage[]>>> = {
  DIFFICULTE_A_CONFIRMER: ['CENTRE_RESSOURCES_ILLETTRISME', 'COMPETENCES_BASE_REGION', 'CLEA'],
  ILLETTRISME: ['COMPETENCES_BASE_REGION', 'CENTRE_RESSOURCES_ILLETTRISME', 'CLEA'],
  ANALPHABETISME: ['COMPETENCES_BASE_REGION', 'CENTRE_RESSOURCES_ILLETTRISME'],
  FLE: ['FLE', 'COMPETENCES_BASE_REGION'],
  CAPACITES_FAIBLES: ['MEDIATION_NUMERIQUE', 'COMPETENCES_BASE_REGION'],
  ILLECTRONISME: ['MEDIATION_NUMERIQUE', 'COMPETENCES_BASE_REGION'],
  SANS_EQUIPEMENT: ['EQUIPEMENT_SOLIDAIRE', 'MEDIATION_NUMERIQUE'],
  RQTH_VALIDE: ['CAP_EMPLOI', 'RESSOURCE_HANDICAP_FORMATION'],
  RQTH_EN_COURS: ['MDPH', 'CAP_EMPLOI', 'RESSOURCE_HANDICAP_FORMATION'],
  AUTRE_RECONNAISSANCE: ['MDPH', 'CAP_EMPLOI', 'RESSOURCE_HANDICAP_FORMATION'],
  SUSPICION: ['MDPH', 'RESSOURCE_HANDICAP_FORMATION'],
};

/** Where to orient after a result; null for a negative result (nothing to orient). */
export function conseilOrientation(domaine: DomaineReperage, resultat: ResultatReperage): Conseil | null {
  if (!estPositif(domaine, resultat)) return null;
  return { typeProposition: TYPE_PAR_DOMAINE[domaine], ressources: RESSOURCES_PAR_RESULTAT[resultat] ?? [] };
}

/** Why a screening is in the follow-up queue. */
export type RaisonASuivre = 'SANS_ORIENTATION' | 'ORIENTATION_SANS_SUITE' | 'SUIVI_DEPASSE';

/** Orientation states that leave the young person with no orientation after all. */
export const ETATS_SANS_SUITE: readonly EtatProposition[] = ['REFUSEE_JEUNE', 'REFUSEE_PARTENAIRE', 'ABANDONNEE'];

/**
 * Why a screening waits for a follow-up (empty: it does not): a positive result with no orientation,
 * or whose orientation was refused or abandoned; or any screening whose planned follow-up has passed.
 */
export function raisonsASuivre(
  r: { domaine: DomaineReperage; resultat: string; dateSuivi: string | null },
  etatOrientation: EtatProposition | null,
  aujourdhui: string,
): RaisonASuivre[] {
  const raisons: RaisonASuivre[] = [];
  if (estPositif(r.domaine, r.resultat)) {
    if (etatOrientation === null) raisons.push('SANS_ORIENTATION');
    else if (ETATS_SANS_SUITE.includes(etatOrientation)) raisons.push('ORIENTATION_SANS_SUITE');
  }
  if (r.dateSuivi !== null && r.dateSuivi < aujourdhui) raisons.push('SUIVI_DEPASSE');
  return raisons;
}
