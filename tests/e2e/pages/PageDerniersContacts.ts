import { expect, type Locator, type Page } from '@playwright/test';

export class PageDerniersContacts {
  constructor(private readonly page: Page) {}

  async attendre(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Derniers contacts' })).toBeVisible();
  }

  tableau(): Locator {
    return this.page.getByRole('table', { name: 'Derniers contacts' });
  }

  lignes(texte?: string | RegExp): Locator {
    const lignes = this.tableau().locator('tbody').getByRole('row');
    return texte === undefined ? lignes : lignes.filter({ hasText: texte });
  }

  async filtrerConseiller(nom: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Conseiller·ère', exact: true }).click();
    await this.page.getByRole('option', { name: nom, exact: true }).click();
  }
}
