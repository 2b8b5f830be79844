import { expect, type Locator, type Page } from '@playwright/test';

/** « Session verrouillée »: a full-screen dialog over the hidden app. */
export class PageVerrouillage {
  constructor(private readonly page: Page) {}

  dialogue(): Locator {
    return this.page.getByRole('dialog', { name: 'Session verrouillée' });
  }

  motDePasse(): Locator {
    return this.dialogue().getByRole('textbox', { name: 'Mot de passe', exact: true });
  }

  async deverrouiller(motDePasse: string): Promise<void> {
    await this.motDePasse().fill(motDePasse);
    await this.dialogue().getByRole('button', { name: 'Déverrouiller' }).click();
  }

  async seDeconnecter(): Promise<void> {
    await this.dialogue().getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(this.dialogue()).toBeHidden();
  }
}
