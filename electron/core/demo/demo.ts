/**
 * A small, deterministic demo office for the browser preview: a structure, three sites, six
 * accounts (admin, direction, three advisers, reception), forty young people and the partners screened
 * youths are oriented to, created through
 * the dispatcher so they pass every rule.
 * (The `seed` command of a later version generates realistic volumes.)
 */
import type { Core } from '../core';
import type { EntreeValidee, EtatStructure, Jeune, JeuneSaisieBrute } from '../contract';
import { ajouterJours, ajouterMois, dateLocale } from '../domain/dates';
import { NIVEAUX_FORMATION } from '../domain/codes';

/** Every demo account's password (demo data only: printed by `npm run preview`). */
export const MOT_DE_PASSE_DEMO = 'démo Tremplin, bienvenue !';

const PRENOMS_F = [
  'Hélène',
  'Inès',
  'Léa',
  'Chloé',
  'Manon',
  'Zoé',
  'Anaïs',
  'Maëlys',
  'Sarah',
  'Lina',
  'Emma',
  'Jade',
  'Louise',
  'Camille',
  'Océane',
  'Aïcha',
  'Fatoumata',
  'Clémence',
  'Justine',
  'Noémie',
  'Yasmine',
  'Élodie',
  'Marie-Lou',
  'Agathe',
  'Salomé',
];
const PRENOMS_M = [
  'Théo',
  'Lucas',
  'Noé',
  'Enzo',
  'Rayan',
  'Mathéo',
  'Loïc',
  'Yanis',
  'Hugo',
  'Jérémy',
  'Nathan',
  'Kylian',
  'Mehdi',
  'Baptiste',
  'Maxime',
  'Adrien',
  'Mamadou',
  'Jean-Baptiste',
  'Quentin',
  'Sofiane',
  'Gaël',
  'Romain',
  'Killian',
  'Dylan',
  'Bastien',
];
const NOMS = [
  'Martin',
  'Bernard',
  'Dubois',
  'Lefèvre',
  'Moreau',
  'Garcia',
  'Roux',
  'Fournier',
  'Girard',
  'Lemaire',
  'Bonnet',
  'Dupont',
  "N'Diaye",
  'Da Silva',
  'Le Goff',
  'Laurent',
  'Simon',
  'Michel',
  'Lefebvre',
  'Leroy',
  'Durand',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Chevalier',
  'François',
  'Rousseau',
  'Benoît',
  'Traoré',
  'Diallo',
  'Nguyen',
  'Pereira',
  'Lacroix',
  'Castaing',
  'Etcheverry',
  'Dufau',
  'Lamarque',
  'Bordes',
  'Ducasse',
];
const COMMUNES: [string, string][] = [
  ['Bordeaux', '33000'],
  ['Libourne', '33500'],
  ['Blaye', '33390'],
  ['Mérignac', '33700'],
  ['Cenon', '33150'],
];

/** A tiny deterministic generator (mulberry32): the same demo every time. */
export function aleatoire(graine: number): () => number {
  let a = graine;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function appeler<T>(core: Pick<Core, 'dispatch'>, canal: string, entree: unknown): Promise<T> {
  const reponse = await core.dispatch(canal, entree);
  if (!reponse.ok) throw new Error(`Données de démonstration refusées (${canal}) : ${reponse.erreur.message}`);
  return reponse.valeur as T;
}

export async function remplirDemo(core: Pick<Core, 'dispatch'>, aujourdhui: Date = new Date()): Promise<void> {
  const initialisation: EntreeValidee<'structure:initialiser'> = {
    code: 'ML-DEMO',
    nom: 'Mission Locale de démonstration',
    siret: null,
    siteSiege: 'Siège — Bordeaux',
  };
  await appeler<EtatStructure>(core, 'structure:initialiser', initialisation);
  await appeler(core, 'sites:creer', { libelle: 'Antenne de Libourne', type: 'ANTENNE' });
  await appeler(core, 'sites:creer', { libelle: 'Permanence de Blaye', type: 'PERMANENCE' });
  await appeler(core, 'comptes:initialiser', {
    administrateur: { login: 'admin', prenom: 'Alex', nom: 'Martin', motDePasse: MOT_DE_PASSE_DEMO },
    direction: { login: 'a.petit', prenom: 'Anne', nom: 'Petit', motDePasse: MOT_DE_PASSE_DEMO },
  });
  for (const [login, prenom, nom, role] of [
    ['c.durand', 'Camille', 'Durand', 'CONSEILLER'],
    ['k.benali', 'Karim', 'Benali', 'CONSEILLER'],
    ['s.morel', 'Sophie', 'Morel', 'CONSEILLER'],
    ['l.accueil', 'Léa', 'Accueil', 'ACCUEIL'],
  ] as const) {
    await appeler(core, 'conseillers:creer', { login, prenom, nom, role, motDePasse: MOT_DE_PASSE_DEMO });
  }
  const etat = await appeler<EtatStructure>(core, 'structure:lire', {});
  const referents = etat.conseillers.filter((c) => c.role === 'CONSEILLER');

  for (const saisie of genererJeunes(
    40,
    2026,
    aujourdhui,
    etat.sites.map((s) => s.id),
    referents.map((r) => r.id),
  )) {
    await appeler<Jeune>(core, 'jeunes:creer', { saisie, confirmerDoublon: true });
  }
  for (const saisie of ANNUAIRE_DEMO) await appeler(core, 'partenaires:creer', { saisie });
}

/** The partners an office orients screened youths to, with the resources « Orienter » proposes. */
const ANNUAIRE_DEMO: readonly EntreeValidee<'partenaires:creer'>['saisie'][] = [
  ['ASSOCIATION', 'Cap emploi Gironde', 'Bordeaux', ['CAP_EMPLOI']],
  ['SERVICE_PUBLIC', 'MDPH de la Gironde', 'Bordeaux', ['MDPH']],
  ['ASSOCIATION', 'Agefiph — Ressource handicap formation', 'Bordeaux', ['RESSOURCE_HANDICAP_FORMATION']],
  ['ASSOCIATION', 'Centre ressources illettrisme de Gironde', 'Bordeaux', ['CENTRE_RESSOURCES_ILLETTRISME']],
  ['ORGANISME_FORMATION', 'GRETA — Compétences clés', 'Libourne', ['COMPETENCES_BASE_REGION', 'CLEA', 'FLE']],
  ['ASSOCIATION', 'Espace numérique de Libourne', 'Libourne', ['MEDIATION_NUMERIQUE']],
  ['ASSOCIATION', 'Emmaüs Connect Bordeaux', 'Bordeaux', ['EQUIPEMENT_SOLIDAIRE', 'MEDIATION_NUMERIQUE']],
].map(([type, raisonSociale, commune, ressources]) => ({
  type,
  raisonSociale,
  commune,
  ressources,
  siret: null,
  adresse: null,
  codePostal: null,
  telephone: null,
  email: null,
  notes: null,
  contacts: [],
})) as EntreeValidee<'partenaires:creer'>['saisie'][];

/**
 * `n` plausible youth files (names, ages 16–24 at first reception within the last 30 months,
 * levels, zoning, phone), the same for the same graine.
 */
export function* genererJeunes(
  n: number,
  graine: number,
  aujourdhui: Date,
  siteIds: readonly string[],
  referentIds: readonly string[],
): Generator<JeuneSaisieBrute> {
  const hasard = aleatoire(graine);
  const choisir = <T>(liste: readonly T[]): T => liste[Math.floor(hasard() * liste.length)]!;
  const jour = dateLocale(aujourdhui);
  for (let i = 0; i < n; i++) {
    const sexe = hasard() < 0.5 ? 'F' : 'M';
    const premierAccueil = ajouterJours(jour, -Math.floor(hasard() * 900));
    const age = 16 + Math.floor(hasard() * 9);
    const naissance = ajouterJours(ajouterMois(premierAccueil, -12 * age), -Math.floor(hasard() * 360));
    const [commune, codePostal] = choisir(COMMUNES);
    yield {
      nom: choisir(NOMS),
      prenom: choisir(sexe === 'F' ? PRENOMS_F : PRENOMS_M),
      sexe,
      dateNaissance: naissance,
      datePremierAccueil: premierAccueil,
      niveauFormation: hasard() < 0.15 ? null : choisir(NIVEAUX_FORMATION.codes),
      qpv: hasard() < 0.25,
      zrr: hasard() < 0.15,
      telephone: `06${String(Math.floor(hasard() * 1e8)).padStart(8, '0')}`,
      commune,
      codePostal,
      siteId: siteIds.length > 0 ? choisir(siteIds) : null,
      referentId: referentIds.length > 0 ? choisir(referentIds) : null,
    };
  }
}
