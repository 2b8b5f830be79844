import { expect, type Locator, type Page } from '@playwright/test';
import { BarreSession } from './BarreSession';

/** « Import »: the wizard of tremplin-import/1 (DIRECTION). */
export class PageImport {
  constructor(private readonly page: Page) {}

  async ouvrir(): Promise<void> {
    await new BarreSession(this.page).aller('Import');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  }

  /** Chooses a folder, as the « Choisir un dossier » button does, then runs the dry run. */
  async analyserDossier(dossier: string): Promise<void> {
    await this.page.getByTestId('import-dossier').setInputFiles(dossier);
    await this.page.getByRole('button', { name: 'Analyser (rien n’est écrit)' }).click();
  }

  erreurs(): Locator {
    return this.page.getByRole('list', { name: /erreurs? : rien n’a été importé/ }).getByRole('listitem');
  }

  boutonImporter(): Locator {
    return this.page.getByRole('button', { name: 'Importer ces données' });
  }

  /** The cells of a file's row in the counts table: lignes, créées, modifiées, inchangées. */
  comptes(fichier: string): Locator {
    return this.page
      .getByRole('table', { name: 'Lignes par fichier' })
      .getByRole('row', { name: new RegExp(`^${fichier.replace('.', '\\.')}`) })
      .getByRole('cell');
  }
}
