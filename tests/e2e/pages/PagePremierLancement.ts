import { expect, type Page } from '@playwright/test';

export interface StructureTest {
  code: string;
  nom: string;
  siret?: string;
  siege: string;
}

export class PagePremierLancement {
  constructor(private readonly page: Page) {}

  async ouvrir(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Bienvenue dans Tremplin' })).toBeVisible();
  }

  async initialiser(s: StructureTest): Promise<void> {
    await this.page.getByLabel('Code de la structure').fill(s.code);
    await this.page.getByLabel('Nom officiel').fill(s.nom);
    if (s.siret) await this.page.getByLabel('SIRET').fill(s.siret);
    await this.page.getByLabel('Nom du siège').fill(s.siege);
    await this.page.getByRole('button', { name: 'Commencer' }).click();
  }
}
