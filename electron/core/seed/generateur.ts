/**
 * One synthetic youth file with its whole follow-up, drawn from plausible Mission Locale
 * distributions (docs/choix-domaine.md, « Données synthétiques »). Every row meets the rules the app
 * enforces: dates ordered and never after `aujourdhui`, sub-types of their category, financeur only
 * for training, one open dispositif of a type, propositions moved along the state machine, an entry
 * (situation) for each realised training/job proposition, repérage results of their domain.
 */
import { CATEGORIE_ENTREE } from '../domain/orientation';
import {
  METHODES_PAR_DOMAINE,
  type EtatProposition,
  type Financeur,
  type Sexe,
  type SousTypeSituation,
  type StatutFrein,
  type TypeAide,
  type TypeDispositif,
  type TypePartenaire,
  type TypeProposition,
} from '../domain/codes';
import { cleTri, motsRecherche } from '../domain/jeune';
import { conseilOrientation } from '../domain/reperage';
import type { Annuaire } from './annuaire';
import type { Hasard, Pondere } from './hasard';
import { instantDuJour, iso, jourDe, plusMois } from './jours';
import type { Dossier, LigneJeune, LigneProposition, LigneSituation } from './lignes';
import { FORMATIONS, METIERS, MISSIONS_SERVICE_CIVIQUE, NOMS, PRENOMS_F, PRENOMS_M, VOIES } from './listes-francaises';
import {
  AGES,
  CATEGORIES,
  COMMUNES_PONDEREES,
  MOIS_PREVUS,
  NIVEAUX,
  PARTENAIRE_DU_TYPE,
  PART_ORIENTEE,
  REPERAGES,
  SOUS_TYPES_EMP,
  SOUS_TYPES_FOR,
  SOUS_TYPES_VOL,
  THEMES_FREIN,
  TYPE_ENTREE,
  TYPES_EVENEMENT,
  TYPES_PROPOSITION,
} from './repartitions';

export interface Bureau {
  /** Site ids with their share of files (the head office first, heavier). */
  sites: Pondere<string>;
  /** Advisers who are référents (CONSEILLER accounts). */
  referents: readonly string[];
  annuaire: Annuaire;
  /** Day numbers: first possible reception, and today (nothing is dated after it). */
  debut: number;
  aujourdhui: number;
}

/** The file of a youth first received on day `accueil` (the caller draws and orders those days). */
export function genererDossier(h: Hasard, b: Bureau, accueil: number): Dossier {
  const { aujourdhui } = b;
  const sexe: Sexe = h.oui(0.52) ? 'M' : 'F';
  const age = h.tirer(AGES);
  // Up to 360 days before the birthday `age` years earlier: still `age` completed years at reception.
  const naissance = plusMois(accueil, -12 * age) - h.entier(0, 360);
  const commune = h.tirer(COMMUNES_PONDEREES);
  const nom = h.choisir(NOMS);
  const prenom = h.choisir(sexe === 'F' ? PRENOMS_F : PRENOMS_M);
  const nomUsage = sexe === 'F' && age >= 22 && h.oui(0.06) ? h.choisir(NOMS) : null;
  const referent = b.referents.length > 0 ? h.choisir(b.referents) : null;
  const minute = () => h.entier(0, 600);
  const id = h.uuid7(instantDuJour(accueil, 0));
  // How long the youth is followed: months to a couple of years, never past today.
  const finSuivi = Math.min(aujourdhui, accueil + 15 + Math.round(h.exponentielle(420)));
  const auteur = () =>
    referent !== null && h.oui(0.85) ? referent : b.referents.length > 0 ? h.choisir(b.referents) : null;

  const saisie = { nom, nomUsage, prenom };
  const jeune: LigneJeune = {
    id,
    nom,
    nomUsage,
    prenom,
    sexe,
    dateNaissance: iso(naissance),
    datePremierAccueil: iso(accueil),
    niveauFormation: h.tirer(NIVEAUX),
    qpv: commune.partQpv > 0 && h.oui(commune.partQpv),
    zrr: commune.zrr,
    telephone: h.oui(0.92) ? `0${h.oui(0.6) ? 6 : 7}${String(h.entier(0, 99_999_999)).padStart(8, '0')}` : null,
    email: h.oui(0.6)
      ? `${motsRecherche({ nom: prenom, nomUsage: null, prenom: '' }).join('.')}.${motsRecherche({ nom, nomUsage: null, prenom: '' }).join('')}${h.entier(1, 99)}@exemple.fr`
      : null,
    adresse: h.oui(0.85) ? `${h.entier(1, 120)} ${h.choisir(VOIES)}` : null,
    codePostal: commune.codePostal,
    commune: commune.nom,
    siteId: h.tirer(b.sites),
    referentId: referent,
    // Files without news for more than a year are often set inactive by their adviser.
    statut: finSuivi < aujourdhui - 365 && h.oui(0.6) ? 'INACTIF' : 'ACTIF',
    dateInformationRgpd: h.oui(0.9) ? iso(accueil) : null,
    nomTri: cleTri(saisie),
    creeLe: instantDuJour(accueil, minute()),
    mots: motsRecherche(saisie),
    historiqueId: h.uuid7(instantDuJour(accueil, 0)),
  };

  const d: Dossier = {
    jeune,
    evenements: [],
    situations: [],
    propositions: [],
    reperages: [],
    dispositifs: [],
    freins: [],
    aides: [],
  };

  // Events: the first reception, then about one contact every three to four weeks of follow-up.
  const nEvenements = 1 + Math.round(((finSuivi - accueil) / 23) * (0.4 + 1.2 * h.suivant()));
  for (let k = 0; k < nEvenements; k++) {
    const jour = k === 0 ? accueil : h.entier(accueil, finSuivi);
    d.evenements.push({
      id: h.uuid7(instantDuJour(jour, 0)),
      date: iso(jour),
      type: k === 0 ? (h.oui(0.6) ? 'EI' : 'ACC') : h.tirer(TYPES_EVENEMENT),
      conseillerId: auteur(),
      creeLe: instantDuJour(jour, minute()),
    });
  }

  const proposer = (p: Omit<LigneProposition, 'id' | 'creeLe' | 'conseillerId'>): LigneProposition => {
    const jour = jourDe(p.date);
    const ligne = {
      id: h.uuid7(instantDuJour(jour, 0)),
      conseillerId: auteur(),
      creeLe: instantDuJour(jour, minute()),
      ...p,
    };
    d.propositions.push(ligne);
    return ligne;
  };

  genererSituations(h, b, d, accueil, proposer);

  // Other orientations, at any point of the follow-up.
  for (let k = Math.round(h.exponentielle(1.2)); k > 0; k--) {
    const type = h.tirer(TYPES_PROPOSITION);
    const jour = h.entier(accueil, finSuivi);
    const partenaireId = choisirPartenaire(h, b, PARTENAIRE_DU_TYPE[type]);
    const cible = cibleDe(h, b, type, partenaireId);
    const [etat, dateEtat] = cheminEtats(h, type, jour, aujourdhui, false);
    proposer({ date: iso(jour), type, etat, dateEtat: iso(dateEtat), partenaireId, ...cible });
  }

  genererReperages(h, b, d, accueil, proposer);
  genererDispositifsEtAides(h, d, accueil, age, aujourdhui);

  if (h.oui(0.45)) {
    for (let k = h.entier(1, 3); k > 0; k--) {
      const jour = Math.min(aujourdhui, accueil + h.entier(0, 120));
      const u = h.suivant();
      const fin = jour + h.entier(10, 300);
      const [statut, dateStatut]: [StatutFrein, number | null] =
        u < 0.42 && fin <= aujourdhui
          ? ['LEVE', fin]
          : u < 0.52 && fin <= aujourdhui
            ? ['NON_LEVE', fin]
            : u < 0.75
              ? ['EN_COURS', null]
              : ['IDENTIFIE', null];
      d.freins.push({
        id: h.uuid7(instantDuJour(jour, 0)),
        theme: h.tirer(THEMES_FREIN),
        dateIdentification: iso(jour),
        statut,
        dateStatut: dateStatut === null ? null : iso(dateStatut),
        creeLe: instantDuJour(jour, minute()),
      });
    }
  }
  return d;
}

type Proposer = (p: Omit<LigneProposition, 'id' | 'creeLe' | 'conseillerId'>) => LigneProposition;

function choisirPartenaire(h: Hasard, b: Bureau, type: TypePartenaire | null): string | null {
  if (type === null || h.oui(0.1)) return null;
  const liste = b.annuaire.parType[type];
  return liste.length > 0 ? h.choisir(liste) : null;
}

/** A session of the training partner, or an offer of the company, with its wording. */
function cibleDe(h: Hasard, b: Bureau, type: TypeProposition, partenaireId: string | null) {
  const vide = { sessionId: null, offreId: null, intitule: null };
  if (partenaireId === null) return vide;
  if (type === 'FORMATION' || type === 'ALTERNANCE') {
    const sessions = b.annuaire.sessionsDe.get(partenaireId);
    if (sessions && h.oui(0.6)) {
      const s = h.choisir(sessions);
      return { sessionId: s.id, offreId: null, intitule: s.intitule };
    }
  } else {
    const offres = b.annuaire.offresDe
      .get(partenaireId)
      ?.filter((o) => CATEGORIE_ENTREE[type] !== undefined && o.type === type);
    if (offres && offres.length > 0 && h.oui(0.7)) {
      const o = h.choisir(offres);
      return { sessionId: null, offreId: o.id, intitule: o.intitule };
    }
  }
  return vide;
}

/** [next state, probability, min days, max days]. */
type Etape = readonly [EtatProposition, number, number, number];

/**
 * Moves a proposition along domaine.md's path from `jour`, stopping when a step would fall after
 * today. A training/job proposition stops at RETENUE: only its entry (a situation) makes it REALISEE.
 */
function cheminEtats(
  h: Hasard,
  type: TypeProposition,
  jour: number,
  aujourdhui: number,
  favorable: boolean,
): [EtatProposition, number] {
  const entree = CATEGORIE_ENTREE[type] !== undefined;
  let etat: EtatProposition = 'PROPOSEE';
  let date = jour;
  const bonus = favorable ? 0.12 : 0;
  const etapes: Partial<Record<EtatProposition, readonly Etape[]>> = {
    PROPOSEE: [
      ['ACCEPTEE_JEUNE', 0.72 + bonus, 0, 10],
      ['REFUSEE_JEUNE', 0.1, 0, 15],
      ['ABANDONNEE', 0.06, 10, 60],
    ],
    ACCEPTEE_JEUNE: [
      ['TRANSMISE', 0.8 + bonus, 0, 7],
      ['REFUSEE_JEUNE', 0.04, 1, 20],
      ['ABANDONNEE', 0.05, 10, 60],
    ],
    TRANSMISE: [
      ['RETENUE', 0.5 + bonus, 5, 30],
      ['REFUSEE_PARTENAIRE', 0.25, 5, 40],
      ['ABANDONNEE', 0.06, 15, 60],
    ],
    RETENUE: entree
      ? [['ABANDONNEE', 0.3, 10, 60]]
      : [
          ['REALISEE', 0.7, 3, 40],
          ['ABANDONNEE', 0.1, 10, 60],
        ],
  };
  for (;;) {
    const choix: readonly Etape[] | undefined = etapes[etat];
    if (!choix) return [etat, date];
    let u = h.suivant();
    const suite: Etape | undefined = choix.find(([, p]) => (u -= p) < 0);
    if (!suite) return [etat, date];
    const prochaine = date + h.entier(suite[2], suite[3]);
    if (prochaine > aujourdhui) return [etat, date];
    etat = suite[0];
    date = prochaine;
  }
}

function genererSituations(h: Hasard, b: Bureau, d: Dossier, accueil: number, proposer: Proposer): void {
  const { aujourdhui } = b;
  const nouvelle = (s: Omit<LigneSituation, 'id' | 'creeLe' | 'propositionId'>, jour: number): LigneSituation => {
    const ligne = {
      id: h.uuid7(instantDuJour(jour, 0)),
      creeLe: instantDuJour(jour, h.entier(0, 600)),
      propositionId: null,
      ...s,
    };
    d.situations.push(ligne);
    return ligne;
  };
  const de = h.oui(0.55)
    ? nouvelle(
        {
          categorie: 'DE',
          sousType: null,
          dateDebut: iso(Math.min(aujourdhui, accueil + h.entier(0, 20))),
          dateFinPrevue: null,
          dateFin: null,
          partenaireId: null,
          intitule: null,
          financeur: null,
        },
        accueil,
      )
    : null;

  let jour = accueil + Math.round(h.exponentielle(100));
  for (let k = 0; k < 5 && jour <= aujourdhui && h.oui(k === 0 ? 0.68 : 0.55); k++) {
    const categorie = h.tirer(CATEGORIES);
    let sousType: SousTypeSituation | null = null;
    let financeur: Financeur | null = null;
    let mois: readonly [number, number] | null = null;
    let semaines: readonly [number, number] | null = null;
    let intitule: string | null = null;
    let typePartenaire: TypePartenaire | null = 'ENTREPRISE';
    switch (categorie) {
      case 'EMP':
        sousType = h.tirer(SOUS_TYPES_EMP);
        intitule = h.choisir(METIERS);
        if (sousType === 'INTERIM') semaines = h.oui(0.85) ? [1, 8] : null;
        else mois = MOIS_PREVUS[sousType] ?? null;
        if (sousType === 'IAE') typePartenaire = 'SIAE';
        if (sousType === 'CREATION_ENTREPRISE') typePartenaire = null;
        break;
      case 'FOR': {
        [sousType, financeur] = h.tirer(SOUS_TYPES_FOR);
        intitule = h.choisir(FORMATIONS);
        mois = [2, 10];
        typePartenaire = 'ORGANISME_FORMATION';
        break;
      }
      case 'ALT':
        sousType = h.oui(0.8) ? 'APPRENTISSAGE' : 'PROFESSIONNALISATION';
        intitule = h.choisir(METIERS);
        mois = h.oui(0.6) ? [24, 24] : [12, 12];
        break;
      case 'PMSMP':
        semaines = [1, 4];
        intitule = h.choisir(METIERS);
        break;
      case 'IMM':
        semaines = [1, 3];
        break;
      case 'VOL':
        sousType = h.tirer(SOUS_TYPES_VOL);
        mois = sousType === 'SERVICE_CIVIQUE' ? [6, 10] : [1, 6];
        intitule = sousType === 'SERVICE_CIVIQUE' ? h.choisir(MISSIONS_SERVICE_CIVIQUE) : null;
        typePartenaire = 'ASSOCIATION';
        break;
      case 'SCO':
        mois = [10, 10];
        typePartenaire = null;
        break;
      case 'DE':
        break;
    }
    const finPrevue = mois
      ? plusMois(jour, h.entier(mois[0], mois[1])) - 1
      : semaines
        ? jour + 7 * h.entier(semaines[0], semaines[1]) - 1
        : null;
    // Real end: known once passed (sometimes earlier than planned: ruptures); open-ended ones end less often.
    let fin: number | null = null;
    if (finPrevue !== null && finPrevue <= aujourdhui) fin = h.oui(0.15) ? h.entier(jour, finPrevue) : finPrevue;
    else if (finPrevue === null && h.oui(0.3)) fin = jour + Math.round(h.exponentielle(300));
    if (fin !== null && fin > aujourdhui) fin = null;

    const partenaireId = choisirPartenaire(h, b, typePartenaire);
    const situation = nouvelle(
      {
        categorie,
        sousType,
        dateDebut: iso(jour),
        dateFinPrevue: finPrevue === null ? null : iso(Math.max(jour, finPrevue)),
        dateFin: fin === null ? null : iso(fin),
        partenaireId,
        intitule,
        financeur,
      },
      jour,
    );

    // Many entries into training, jobs and immersions follow an orientation by the Mission Locale.
    const type = TYPE_ENTREE[categorie];
    if (
      type &&
      partenaireId !== null &&
      (categorie !== 'VOL' || sousType === 'SERVICE_CIVIQUE') &&
      h.oui(PART_ORIENTEE[categorie] ?? 0)
    ) {
      const date = Math.max(accueil, jour - h.entier(5, 60));
      const cible = cibleDe(h, b, type, partenaireId);
      situation.propositionId = proposer({
        date: iso(date),
        type,
        etat: 'REALISEE',
        dateEtat: iso(jour),
        partenaireId,
        ...cible,
        intitule: cible.intitule ?? intitule,
      }).id;
    }
    if (de !== null && de.dateFin === null && ['EMP', 'ALT', 'FOR'].includes(categorie) && jour > jourDe(de.dateDebut))
      de.dateFin = iso(jour - 1);
    const suite = fin ?? (finPrevue !== null && finPrevue < aujourdhui ? finPrevue : null);
    if (suite === null) break;
    jour = suite + 1 + Math.round(h.exponentielle(60));
  }
}

function genererReperages(h: Hasard, b: Bureau, d: Dossier, accueil: number, proposer: Proposer): void {
  const { aujourdhui } = b;
  for (const [domaine, part, resultats] of REPERAGES) {
    if (!h.oui(part)) continue;
    const jour = Math.min(aujourdhui, accueil + h.entier(0, 90));
    const resultat = h.tirer(resultats);
    const conseil = conseilOrientation(domaine, resultat);
    let propositionId: string | null = null;
    if (conseil && h.oui(0.6)) {
      const date = jour + h.entier(0, 80);
      const avecRessource = conseil.ressources.flatMap((r) => b.annuaire.parRessource[r] ?? []);
      if (date <= aujourdhui && avecRessource.length > 0) {
        const [etat, dateEtat] = cheminEtats(h, conseil.typeProposition, date, aujourdhui, true);
        propositionId = proposer({
          date: iso(date),
          type: conseil.typeProposition,
          etat,
          dateEtat: iso(dateEtat),
          partenaireId: avecRessource[0]!,
          sessionId: null,
          offreId: null,
          intitule: null,
        }).id;
      }
    }
    const information = jour + h.entier(0, 7);
    d.reperages.push({
      id: h.uuid7(instantDuJour(jour, 0)),
      domaine,
      date: iso(jour),
      methode: h.choisir(METHODES_PAR_DOMAINE[domaine]),
      resultat,
      dateInformation: information <= aujourdhui && h.oui(0.8) ? iso(information) : null,
      dateSuivi: conseil && h.oui(0.5) ? iso(plusMois(jour, h.entier(1, 3))) : null,
      dateFinRqth: resultat === 'RQTH_VALIDE' && h.oui(0.6) ? iso(plusMois(jour, 60)) : null,
      propositionId,
      creeLe: instantDuJour(jour, h.entier(0, 600)),
    });
  }
}

/** CEJ or PACEA for many, with their allowances; a few other programmes and aids. */
function genererDispositifsEtAides(h: Hasard, d: Dossier, accueil: number, age: number, aujourdhui: number): void {
  const periode = (
    type: TypeDispositif,
    delai: number,
    mois: readonly [number, number],
  ): [number, number | null] | null => {
    const entree = accueil + h.entier(0, delai);
    if (entree > aujourdhui) return null;
    const sortie = plusMois(entree, h.entier(mois[0], mois[1]));
    d.dispositifs.push({
      id: h.uuid7(instantDuJour(entree, 0)),
      type,
      dateEntree: iso(entree),
      dateSortie: sortie <= aujourdhui ? iso(sortie) : null,
      creeLe: instantDuJour(entree, h.entier(0, 600)),
    });
    return [entree, sortie];
  };
  const aide = (type: TypeAide, jour: number, euros: number) => {
    if (jour > aujourdhui) return;
    d.aides.push({
      id: h.uuid7(instantDuJour(jour, 0)),
      type,
      montantCentimes: Math.round(euros * 100),
      dateDecision: iso(jour),
      creeLe: instantDuJour(jour, h.entier(0, 600)),
    });
  };
  const u = h.suivant();
  if (u < 0.33) {
    const p = periode(h.oui(0.06) ? 'CEJ_RUPTURE' : 'CEJ', 60, [6, 12]);
    if (p)
      for (let m = 1; m <= h.entier(1, 8); m++) aide('ALLOCATION_CEJ', plusMois(p[0], m), age < 18 ? 315.53 : 528.95);
  } else if (u < 0.75) {
    const p = periode('PACEA', 30, [3, 24]);
    if (p && h.oui(0.5))
      for (let k = h.entier(1, 3); k > 0; k--) aide('ALLOCATION_PACEA', p[0] + h.entier(15, 300), h.entier(100, 528));
  }
  if (age < 18 && h.oui(0.25)) periode('OBLIGATION_FORMATION', 30, [6, 18]);
  if (h.oui(0.03)) periode('PARRAINAGE', 180, [6, 12]);
  if (h.oui(0.1)) aide('FAJ', accueil + h.entier(0, 365), h.entier(50, 300));
  if (h.oui(0.03)) aide('PERMIS_B_REGION', accueil + h.entier(30, 500), 1000);
  if (h.oui(0.05)) aide('AIDE_ALIMENTAIRE', accueil + h.entier(0, 200), h.entier(30, 100));
  if (h.oui(0.04)) aide('MOBILITE_AUTRE', accueil + h.entier(0, 300), h.entier(50, 400) + h.entier(0, 99) / 100);
  if (h.oui(0.02)) aide('FONDS_SECURISATION', accueil + h.entier(0, 300), h.entier(100, 500));
}
