import { expect, type Locator, type Page } from '@playwright/test';

/** « Orientations à relancer »: open orientations with no news, oldest first. */
export class PageOrientationsARelancer {
  constructor(private readonly page: Page) {}

  async ouvrir(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'À relancer' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Orientations à relancer' })).toBeVisible();
  }

  /** Data rows containing `texte`. */
  lignes(texte?: string | RegExp): Locator {
    const lignes = this.page.getByRole('table', { name: 'Orientations à relancer' }).locator('tbody').getByRole('row');
    return texte === undefined ? lignes : lignes.filter({ hasText: texte });
  }

  async filtrer(conseiller: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Conseiller·ère de l’orientation' }).click();
    await this.page.getByRole('option', { name: conseiller, exact: true }).click();
  }
}
