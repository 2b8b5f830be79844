import { expect, type Locator, type Page } from '@playwright/test';

/** The partner directory: search, type filter, paged grid. */
export class PageListePartenaires {
  constructor(private readonly page: Page) {}

  readonly grille = (): Locator => this.page.getByRole('grid', { name: 'Partenaires' });

  async ouvrir(): Promise<void> {
    await this.page.goto('/#/partenaires');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Partenaires' })).toBeVisible();
  }

  async rechercher(texte: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: /Rechercher un partenaire/ }).fill(texte);
  }

  /** Data rows (the header row excluded) containing `texte`. */
  lignes(texte?: string | RegExp): Locator {
    const lignes = this.grille()
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') });
    return texte === undefined ? lignes : lignes.filter({ hasText: texte });
  }

  async nouveau(): Promise<void> {
    await this.page.getByRole('link', { name: 'Nouveau partenaire' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Nouveau partenaire' })).toBeVisible();
  }
}
