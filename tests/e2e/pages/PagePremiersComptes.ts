import { expect, type Locator, type Page } from '@playwright/test';

export interface CompteTest {
  prenom: string;
  nom: string;
  login: string;
  motDePasse: string;
}

export type PremierCompte = 'Compte administrateur' | 'Compte de direction';

/** « Créer les premiers comptes », after the structure on a new installation. */
export class PagePremiersComptes {
  constructor(private readonly page: Page) {}

  async attendre(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Créer les premiers comptes' })).toBeVisible();
  }

  /** One account's part of the form (a region named by its title). */
  compte(nom: PremierCompte): Locator {
    return this.page.getByRole('region', { name: nom });
  }

  champ(compte: PremierCompte, label: string): Locator {
    return this.compte(compte).getByRole('textbox', { name: label, exact: true });
  }

  async remplir(compte: PremierCompte, c: CompteTest, confirmation: string = c.motDePasse): Promise<void> {
    await this.champ(compte, 'Prénom').fill(c.prenom);
    await this.champ(compte, 'Nom').fill(c.nom);
    await this.champ(compte, 'Identifiant').fill(c.login);
    await this.champ(compte, 'Mot de passe').fill(c.motDePasse);
    await this.champ(compte, 'Confirmation du mot de passe').fill(confirmation);
  }

  async creer(): Promise<void> {
    await this.page.getByRole('button', { name: 'Créer les comptes' }).click();
  }
}
