import { expect, type Locator, type Page } from '@playwright/test';

export class PageListeJeunes {
  constructor(private readonly page: Page) {}

  readonly grille = (): Locator => this.page.getByRole('grid', { name: 'Jeunes' });

  async ouvrir(): Promise<void> {
    await this.page.goto('/#/jeunes');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Jeunes' })).toBeVisible();
  }

  champRecherche(): Locator {
    return this.page.getByRole('searchbox', { name: /Rechercher un jeune/ });
  }

  async rechercher(texte: string): Promise<void> {
    await this.champRecherche().fill(texte);
  }

  /** Data rows (the header row excluded) containing `texte`. */
  lignes(texte?: string | RegExp): Locator {
    const lignes = this.grille()
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') });
    return texte === undefined ? lignes : lignes.filter({ hasText: texte });
  }

  async ouvrirDossier(texte: string | RegExp): Promise<void> {
    await this.lignes(texte).first().click();
  }
}
