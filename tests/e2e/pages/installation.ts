/** A new installation, as its first users set it up: the structure, the first accounts, a login. */
import { expect, type Page } from '@playwright/test';
import { PageConnexion } from './PageConnexion';
import { PagePremiersComptes, type CompteTest } from './PagePremiersComptes';

export const PREMIERS_COMPTES = {
  administrateur: { prenom: 'Alain', nom: 'Roux', login: 'a.roux', motDePasse: 'trois pommes vertes sous la pluie' },
  direction: { prenom: 'Béatrice', nom: 'Lemoine', login: 'b.lemoine', motDePasse: 'le chat dort sur le radiateur' },
} as const satisfies Record<string, CompteTest>;

export type PremierCompteTest = keyof typeof PREMIERS_COMPTES;

/** After the structure: the first two accounts, then `qui` logs in. */
export async function creerPremiersComptes(page: Page, qui: PremierCompteTest): Promise<void> {
  const comptes = new PagePremiersComptes(page);
  await comptes.attendre();
  await comptes.remplir('Compte administrateur', PREMIERS_COMPTES.administrateur);
  await comptes.remplir('Compte de direction', PREMIERS_COMPTES.direction);
  await comptes.creer();
  const connexion = new PageConnexion(page);
  await expect(connexion.titre()).toBeVisible();
  await connexion.connecter(PREMIERS_COMPTES[qui].login, PREMIERS_COMPTES[qui].motDePasse);
}
