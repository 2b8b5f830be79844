/** Test data with named variants: each test says only what matters to it. */
import type { JeuneSaisieBrute } from '../../electron/core/contract';

export function buildJeune(modifs: Partial<JeuneSaisieBrute> = {}): JeuneSaisieBrute {
  return {
    nom: 'Lefèvre',
    prenom: 'Hélène',
    sexe: 'F',
    dateNaissance: '2005-03-10',
    datePremierAccueil: '2024-11-02',
    niveauFormation: 'N3',
    qpv: true,
    zrr: false,
    telephone: '06 12 34 56 78',
    email: 'helene.lefevre@exemple.fr',
    adresse: '12 rue des Lilas',
    codePostal: '33000',
    commune: 'Bordeaux',
    ...modifs,
  };
}

/** 16 at first reception. */
export function buildJeuneMineur(modifs: Partial<JeuneSaisieBrute> = {}): JeuneSaisieBrute {
  return buildJeune({
    nom: 'Moreau',
    prenom: 'Théo',
    sexe: 'M',
    dateNaissance: '2008-09-01',
    datePremierAccueil: '2025-02-10',
    ...modifs,
  });
}

export const STRUCTURE_TEST = {
  code: 'ML33-TEST',
  nom: 'Mission Locale de test',
  siret: '73282932000074',
  siteSiege: 'Siège',
};
