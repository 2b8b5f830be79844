/**
 * The partners' directory of a synthetic office: training organisations with sessions, CFAs,
 * companies with offers, SIAE, and the screening resources (Cap emploi, MDPH, centre de ressources
 * illettrisme, médiation numérique…) that orientations after a positive repérage go to.
 */
import type { Financeur, RessourceReperage, TypeOffre, TypePartenaire } from '../domain/codes';
import { normaliser } from '../domain/texte';
import { pondere, type Hasard } from './hasard';
import { iso, instantDuJour, plusMois } from './jours';
import {
  COMMUNES,
  ENTREPRISES,
  FORMATIONS,
  METIERS,
  MISSIONS_SERVICE_CIVIQUE,
  NOMS,
  PRENOMS_F,
  PRENOMS_M,
} from './listes-francaises';

export interface LignePartenaire {
  id: string;
  type: TypePartenaire;
  raisonSociale: string;
  siret: string | null;
  codePostal: string;
  commune: string;
  telephone: string;
  email: string | null;
  nomRecherche: string;
  creeLe: number;
}

export interface LigneContact {
  id: string;
  partenaireId: string;
  ordre: number;
  nom: string;
  fonction: string;
  telephone: string;
}

export interface LigneSession {
  id: string;
  partenaireId: string;
  intitule: string;
  dateDebut: string;
  dateFin: string;
  places: number;
  financeur: Financeur;
}

export interface LigneOffre {
  id: string;
  partenaireId: string;
  type: TypeOffre;
  intitule: string;
  dateDebut: string;
  dateFin: string | null;
}

export interface Annuaire {
  partenaires: LignePartenaire[];
  contacts: LigneContact[];
  sessions: LigneSession[];
  offres: LigneOffre[];
  ressources: { partenaireId: string; ressource: RessourceReperage }[];
  /** Partner ids by type, and by resource offered: what the youth generator picks from. */
  parType: Record<TypePartenaire, string[]>;
  parRessource: Partial<Record<RessourceReperage, string[]>>;
  sessionsDe: Map<string, LigneSession[]>;
  offresDe: Map<string, LigneOffre[]>;
}

/** The named screening partners of a Gironde office, with what each offers. */
const PARTENAIRES_REPERAGE: readonly [TypePartenaire, string, readonly RessourceReperage[]][] = [
  ['SERVICE_PUBLIC', 'Cap emploi Gironde', ['CAP_EMPLOI']],
  ['SERVICE_PUBLIC', 'MDPH de la Gironde', ['MDPH']],
  ['ASSOCIATION', 'Ressource handicap formation Nouvelle-Aquitaine', ['RESSOURCE_HANDICAP_FORMATION']],
  ['ASSOCIATION', 'Centre de ressources illettrisme de la Gironde', ['CENTRE_RESSOURCES_ILLETTRISME']],
  ['ORGANISME_FORMATION', 'Savoirs pour réussir Bordeaux', ['COMPETENCES_BASE_REGION', 'CLEA']],
  ['ORGANISME_FORMATION', 'Langues et intégration Libourne', ['FLE', 'COMPETENCES_BASE_REGION']],
  ['ASSOCIATION', 'Médiation numérique de la Rive droite', ['MEDIATION_NUMERIQUE']],
  ['ASSOCIATION', 'Connexions solidaires', ['EQUIPEMENT_SOLIDAIRE', 'MEDIATION_NUMERIQUE']],
];

const AUTRES: readonly [TypePartenaire, string][] = [
  ['SERVICE_PUBLIC', 'France Travail Bordeaux Bastide'],
  ['SERVICE_PUBLIC', 'CAF de la Gironde'],
  ['SANTE', 'Maison des adolescents de la Gironde'],
  ['SANTE', 'Centre de santé mutualiste Libourne'],
  ['LOGEMENT', 'Foyer de jeunes travailleurs Bordeaux-Lac'],
  ['LOGEMENT', 'Habitat jeunes du Libournais'],
  ['ASSOCIATION', 'Unis-Cité Bordeaux'],
  ['ASSOCIATION', 'Auto-école solidaire du Médoc'],
  ['ASSOCIATION', 'Erasmus+ jeunesse Aquitaine'],
  ['ASSOCIATION', 'Couveuse d’entreprises de la Gironde'],
];

/** Fictional names: the seeded directory must not pass for real organisations' records. */
const ORGANISMES = [
  'Institut Garonne Formation',
  'Centre Estuaire Compétences',
  'Atelier des métiers',
  'Entre-deux-Mers Formation',
  'Cap Avenir Formation',
  'Ressources et parcours',
  'École de la 2e chance',
  'Campus Médoc',
  'Tremplin Qualification',
  'Sud-Gironde Formation',
];
const COMMUNES_PONDEREES = pondere(COMMUNES);
const FINANCEURS_SESSION: readonly Financeur[] = ['REGION', 'REGION', 'REGION', 'FRANCE_TRAVAIL', 'OPCO', 'ETAT'];

/** 14 digits with a valid Luhn key, unique per counter value. */
function siret(compteur: number): string {
  const corps = String(300_000_000_000 + compteur * 7).padStart(13, '0');
  let somme = 0;
  for (let i = 0; i < 13; i++) {
    let chiffre = Number(corps[12 - i]);
    if (i % 2 === 0) {
      chiffre *= 2;
      if (chiffre > 9) chiffre -= 9;
    }
    somme += chiffre;
  }
  return `${corps}${(10 - (somme % 10)) % 10}`;
}

export function genererAnnuaire(h: Hasard, nJeunes: number, debut: number, aujourdhui: number): Annuaire {
  const a: Annuaire = {
    partenaires: [],
    contacts: [],
    sessions: [],
    offres: [],
    ressources: [],
    parType: {
      ORGANISME_FORMATION: [],
      CFA: [],
      ENTREPRISE: [],
      SIAE: [],
      ASSOCIATION: [],
      SERVICE_PUBLIC: [],
      SANTE: [],
      LOGEMENT: [],
    },
    parRessource: {},
    sessionsDe: new Map(),
    offresDe: new Map(),
  };
  const creeLe = instantDuJour(debut, 0);
  const telephone = () => `05${String(h.entier(0, 99_999_999)).padStart(8, '0')}`;

  const ajouter = (type: TypePartenaire, raisonSociale: string): string => {
    const id = h.uuid7(creeLe + a.partenaires.length);
    const [commune] = COMMUNES[h.entier(0, 11)]!;
    a.partenaires.push({
      id,
      type,
      raisonSociale,
      siret: type === 'SERVICE_PUBLIC' ? null : siret(a.partenaires.length + 1),
      codePostal: commune.codePostal,
      commune: commune.nom,
      telephone: telephone(),
      email: h.oui(0.7) ? `contact@${normaliser(raisonSociale).replace(/ /g, '-').slice(0, 30)}.fr` : null,
      nomRecherche: normaliser(raisonSociale),
      creeLe,
    });
    a.parType[type].push(id);
    const contacts = h.entier(1, 2);
    for (let ordre = 0; ordre < contacts; ordre++) {
      a.contacts.push({
        id: h.uuid7(creeLe),
        partenaireId: id,
        ordre,
        nom: `${h.choisir(h.oui(0.6) ? PRENOMS_F : PRENOMS_M)} ${h.choisir(NOMS)}`,
        fonction: h.choisir(['Chargé·e de recrutement', 'Référent·e jeunes', 'Coordinateur·rice', 'Responsable']),
        telephone: telephone(),
      });
    }
    return id;
  };

  for (const [type, nom, ressources] of PARTENAIRES_REPERAGE) {
    const id = ajouter(type, nom);
    for (const ressource of ressources) {
      a.ressources.push({ partenaireId: id, ressource });
      (a.parRessource[ressource] ??= []).push(id);
    }
  }
  for (const [type, nom] of AUTRES) ajouter(type, nom);

  // The directory grows with the office, but far slower than the number of youths.
  const echelle = Math.sqrt(Math.max(nJeunes, 100) / 100);
  const nOrganismes = Math.round(6 * echelle);
  const nCfa = Math.round(3 * echelle);
  const nEntreprises = Math.round(25 * echelle);
  const nSiae = Math.round(2 * echelle);
  const moisPeriode = Math.max(1, Math.round((aujourdhui - debut) / 30));

  for (let i = 0; i < nOrganismes; i++) {
    const commune = h.tirer(COMMUNES_PONDEREES);
    const id = ajouter(
      'ORGANISME_FORMATION',
      `${ORGANISMES[i % ORGANISMES.length]} ${commune.nom}${i >= ORGANISMES.length ? ` ${i}` : ''}`,
    );
    ajouterSessions(id, h.entier(3, 8));
  }
  for (let i = 0; i < nCfa; i++) {
    const id = ajouter(
      'CFA',
      `CFA ${h.choisir(['BTP', 'des métiers', 'agricole', 'de l’hôtellerie', 'commerce'])} ${i + 1}`,
    );
    ajouterSessions(id, h.entier(2, 4));
  }
  for (let i = 0; i < nEntreprises; i++) {
    const id = ajouter('ENTREPRISE', `${h.choisir(ENTREPRISES)} ${h.choisir(NOMS)}${i >= 100 ? ` ${i}` : ''}`);
    for (let k = h.entier(0, 3); k > 0; k--)
      ajouterOffre(id, h.choisir(['EMPLOI', 'EMPLOI', 'ALTERNANCE', 'PMSMP'] as const));
  }
  for (let i = 0; i < nSiae; i++) {
    const id = ajouter(
      'SIAE',
      `${h.choisir(['Chantier d’insertion', 'Entreprise d’insertion', 'Association intermédiaire'])} ${i + 1}`,
    );
    ajouterOffre(id, 'EMPLOI');
  }
  for (const id of a.parType.ASSOCIATION.slice(0, 2)) ajouterOffre(id, 'SERVICE_CIVIQUE');
  return a;

  function ajouterSessions(partenaireId: string, n: number): void {
    const liste: LigneSession[] = [];
    for (let k = 0; k < n; k++) {
      const jourDebut = debut + Math.floor((k / n) * moisPeriode * 30) + h.entier(0, 60);
      const session: LigneSession = {
        id: h.uuid7(creeLe),
        partenaireId,
        intitule: h.choisir(FORMATIONS),
        dateDebut: iso(jourDebut),
        dateFin: iso(plusMois(jourDebut, h.entier(2, 9))),
        places: h.entier(8, 16),
        financeur: h.choisir(FINANCEURS_SESSION),
      };
      liste.push(session);
      a.sessions.push(session);
    }
    a.sessionsDe.set(partenaireId, liste);
  }

  function ajouterOffre(partenaireId: string, type: TypeOffre): void {
    const jourDebut = h.entier(debut, aujourdhui);
    const offre: LigneOffre = {
      id: h.uuid7(creeLe),
      partenaireId,
      type,
      intitule: type === 'SERVICE_CIVIQUE' ? h.choisir(MISSIONS_SERVICE_CIVIQUE) : h.choisir(METIERS),
      dateDebut: iso(jourDebut),
      dateFin: h.oui(0.5) ? iso(jourDebut + h.entier(30, 180)) : null,
    };
    a.offres.push(offre);
    const liste = a.offresDe.get(partenaireId) ?? [];
    liste.push(offre);
    a.offresDe.set(partenaireId, liste);
  }
}
