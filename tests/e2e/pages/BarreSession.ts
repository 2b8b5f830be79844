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

  /** Goes to a screen of the bar, through the « Pilotage » menu where DIRECTION finds its screens. */
  async aller(nom: string): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav).toBeVisible();
    const pilotage = nav.getByRole('button', { name: 'Pilotage' });
    if ((await pilotage.count()) > 0 && (await nav.getByRole('link', { name: nom, exact: true }).count()) === 0) {
      await pilotage.click();
      await this.page.getByRole('menuitem', { name: nom, exact: true }).click();
    } else {
      await nav.getByRole('link', { name: nom, exact: true }).click();
    }
  }

  /** The screens of the « Pilotage » menu, in order (the menu is opened, then closed). */
  async pilotage(): Promise<string[]> {
    await this.page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('button', { name: 'Pilotage' })
      .click();
    const entrees = await this.page.getByRole('menu').getByRole('menuitem').allInnerTexts();
    await this.page.keyboard.press('Escape');
    return entrees;
  }

  /** The top bar's screens, in order. */
  rubriques(): Promise<string[]> {
    return this.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link').allInnerTexts();
  }
}
