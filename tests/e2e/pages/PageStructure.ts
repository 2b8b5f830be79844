import { expect, type Locator, type Page } from '@playwright/test';

export class PageStructure {
  constructor(private readonly page: Page) {}

  async ouvrir(): Promise<void> {
    await this.page.goto('/#/structure');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Structure' })).toBeVisible();
  }

  tableSites(): Locator {
    return this.page.getByRole('table', { name: 'Sites' });
  }

  private formulaire(nom: string): Locator {
    return this.page.getByRole('form', { name: nom });
  }

  async ajouterSite(libelle: string, type: string): Promise<void> {
    const f = this.formulaire('Ajouter un site');
    await f.getByRole('textbox', { name: 'Nom du site' }).fill(libelle);
    await f.getByRole('combobox', { name: 'Type de site' }).click();
    await this.page.getByRole('option', { name: type, exact: true }).click();
    await f.getByRole('button', { name: 'Ajouter' }).click();
  }
}
