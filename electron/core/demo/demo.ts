/**
 * The demo Mission Locale: a structure, three sites and six accounts (admin, direction, three
 * advisers, reception) created through the dispatcher, then a few hundred synthetic youth files
 * written by `seed` — the browser preview's database, and what `tremplin seed` builds on a new file.
 */
import type { Core } from '../core';
import type { EntreeValidee, EtatStructure } from '../contract';
import { dateLocale } from '../domain/dates';
import { semer } from '../seed/seed';

/** Every demo account's password (demo data only: printed by `npm run preview`). */
export const MOT_DE_PASSE_DEMO = 'démo Tremplin, bienvenue !';

/** Youth files of the preview: enough to page, sort and search, small enough to start in a second. */
export const JEUNES_DEMO = 300;
const GRAINE_DEMO = 2026;

async function appeler<T>(core: Pick<Core, 'dispatch'>, canal: string, entree: unknown): Promise<T> {
  const reponse = await core.dispatch(canal, entree);
  if (!reponse.ok) throw new Error(`Données de démonstration refusées (${canal}) : ${reponse.erreur.message}`);
  return reponse.valeur as T;
}

/** The demo office: structure ML-DEMO, its sites and its six accounts (password MOT_DE_PASSE_DEMO). */
export async function creerStructureDemo(core: Pick<Core, 'dispatch'>): Promise<void> {
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
}

/** The preview's demo: the demo office and JEUNES_DEMO seeded files over the last three years. */
export async function remplirDemo(core: Pick<Core, 'dispatch' | 'base'>, aujourdhui: Date = new Date()): Promise<void> {
  await creerStructureDemo(core);
  semer(core.base, { jeunes: JEUNES_DEMO, graine: GRAINE_DEMO, annees: 3, aujourdhui: dateLocale(aujourdhui) });
}
