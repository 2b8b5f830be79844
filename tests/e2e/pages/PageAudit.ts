import { expect, type Locator, type Page } from '@playwright/test';
import { BarreSession } from './BarreSession';

/** « Journal d’audit »: the chain's verification (DIRECTION). */
export class PageAudit {
  constructor(private readonly page: Page) {}

  async ouvrir(): Promise<void> {
    await new BarreSession(this.page).aller('Journal d’audit');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Journal d’audit' })).toBeVisible();
  }

  resultat(): Locator {
    return this.page.getByRole('region', { name: 'Vérification de la chaîne' }).getByRole('status');
  }

  async verifier(): Promise<void> {
    await this.page.getByRole('button', { name: 'Vérifier à nouveau' }).click();
  }
}
