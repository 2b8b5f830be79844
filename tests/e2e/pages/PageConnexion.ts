import { expect, type Locator, type Page } from '@playwright/test';

/** « Connexion »: the login screen. */
export class PageConnexion {
  constructor(private readonly page: Page) {}

  titre(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Connexion' });
  }

  async ouvrir(): Promise<void> {
    await this.page.goto('/');
    await expect(this.titre()).toBeVisible();
  }

  identifiant(): Locator {
    return this.page.getByRole('textbox', { name: 'Identifiant', exact: true });
  }

  motDePasse(): Locator {
    return this.page.getByRole('textbox', { name: 'Mot de passe', exact: true });
  }

  async seConnecter(login: string, motDePasse: string): Promise<void> {
    await this.identifiant().fill(login);
    await this.motDePasse().fill(motDePasse);
    await this.page.getByRole('button', { name: 'Se connecter' }).click();
  }

  /** Logs in from the login screen, as a person does, and waits for the app. */
  async connecter(login: string, motDePasse: string): Promise<void> {
    await this.ouvrir();
    await this.seConnecter(login, motDePasse);
    await expect(this.page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  }
}
