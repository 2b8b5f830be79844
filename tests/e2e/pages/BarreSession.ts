import { expect, type Locator, type Page } from '@playwright/test';

/** The session's part of the top bar: « Verrouiller » and the user's menu (named by the user). */
export class BarreSession {
  constructor(private readonly page: Page) {}

  menu(nom: string | RegExp): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: nom });
  }

  async verrouiller(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Verrouiller' }).click();
  }

  async choisir(nom: string | RegExp, action: 'Changer mon mot de passe' | 'Se déconnecter'): Promise<void> {
    await this.menu(nom).click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  /** Logs out and waits for the login screen. */
  async seDeconnecter(nom: string | RegExp): Promise<void> {
    await this.choisir(nom, 'Se déconnecter');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  }

  /** The top bar's screens, in order. */
  rubriques(): Promise<string[]> {
    return this.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link').allInnerTexts();
  }
}
