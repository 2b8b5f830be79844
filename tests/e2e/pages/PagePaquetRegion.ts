import { expect, type Locator, type Page } from '@playwright/test';
import { BarreSession } from './BarreSession';

/** « Paquet Région »: the director's wizard (quality check, password, production, ZIP). */
export class PagePaquetRegion {
  constructor(private readonly page: Page) {}

  async ouvrir(): Promise<void> {
    await new BarreSession(this.page).aller('Paquet Région');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Paquet Région' })).toBeVisible();
  }

  async controler(): Promise<void> {
    await this.page.getByRole('button', { name: 'Contrôler les données' }).click();
    await expect(this.page.getByRole('table', { name: 'Points à vérifier' })).toBeVisible();
  }

  /** The count of one check, by its label. */
  compte(libelle: string): Locator {
    return this.page
      .getByRole('table', { name: 'Points à vérifier' })
      .getByRole('row', { name: libelle })
      .getByRole('cell');
  }

  /** The links of the files to fix for one check. */
  dossiers(libelle: string): Locator {
    return this.page
      .getByRole('table', { name: /dossiers? à corriger/ })
      .getByRole('row')
      .filter({ hasText: libelle })
      .getByRole('link');
  }
}
