import { expect, type Locator, type Page } from '@playwright/test';

export class PageFicheJeune {
  constructor(private readonly page: Page) {}

  async attendre(nomComplet: string | RegExp): Promise<void> {
    await expect(this.page).toHaveURL(/#\/jeunes\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole('heading', { level: 1, name: nomComplet })).toBeVisible();
  }

  /** The value shown for a label of the summary (a `<dt>`/`<dd>` pair). */
  valeur(terme: string): Locator {
    return this.page.locator('dt', { hasText: new RegExp(`^${terme}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  async modifier(): Promise<void> {
    await this.page.getByRole('link', { name: 'Modifier' }).click();
  }

  historique(): Locator {
    return this.page.getByRole('table', { name: 'Historique des modifications' });
  }

  /** History rows about one field, by its French label (« Création du dossier » for the creation). */
  lignesHistorique(champ: string): Locator {
    return this.historique()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: champ, exact: true }) });
  }

  interrupteurStatut(): Locator {
    return this.page.getByRole('switch', { name: 'Dossier actif' });
  }

  /** « Santé (confidentiel) »: its health barriers, or the notice that they are reserved. */
  sectionSante(): Locator {
    return this.page.getByRole('region', { name: 'Santé (confidentiel)' });
  }

  freinsSante(): Locator {
    return this.sectionSante().getByRole('table', { name: 'Freins de santé' });
  }

  /** DIRECTION: « Qui a consulté ce dossier ». */
  consultations(): Locator {
    return this.page.getByRole('table', { name: 'Qui a consulté ce dossier' });
  }

  /** DIRECTION: the advisers granted the confidential details. */
  acces(): Locator {
    return this.page.getByRole('region', { name: 'Accès aux informations confidentielles' });
  }
}
