import { expect, type Locator, type Page } from '@playwright/test';
import { Champs } from './Champs';

export type Onglet = 'Situations' | 'Dispositifs' | 'Freins' | 'Aides' | 'Contacts';
export type GenreChronologie = 'Tout' | 'Contacts' | 'Situations' | 'Dispositifs' | 'Freins' | 'Aides';

/** The follow-up part of a youth's file: quick contact entry, chronology, records by kind. */
export class PageSuiviJeune {
  constructor(private readonly page: Page) {}

  // ——— Header ———

  /** « Situation actuelle : … » (or « Aucune situation en cours ») under the name. */
  situationActuelle(): Locator {
    return this.page.locator('p').filter({ hasText: /^(Situation actuelle :|Aucune situation en cours)/ });
  }

  /** The current situation's line with its badges (« Emploi durable »). */
  enTeteSituation(): Locator {
    return this.situationActuelle().locator('xpath=..');
  }

  // ——— Quick contact entry ———

  saisieContact(): Locator {
    return this.page.getByRole('form', { name: 'Nouveau contact' });
  }

  champsContact(): Champs {
    return new Champs(this.page, this.saisieContact());
  }

  // ——— Records by kind ———

  onglet(nom: Onglet): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${nom} \\(\\d+\\)$`) });
  }

  async ouvrirOnglet(nom: Onglet): Promise<void> {
    await this.onglet(nom).click();
    await expect(this.onglet(nom)).toHaveAttribute('aria-selected', 'true');
  }

  tableau(nom: Onglet): Locator {
    return this.page.getByRole('table', { name: nom });
  }

  /** Data rows of a tab's table containing `texte`. */
  lignes(nom: Onglet, texte?: string | RegExp): Locator {
    const lignes = this.tableau(nom).locator('tbody').getByRole('row');
    return texte === undefined ? lignes : lignes.filter({ hasText: texte });
  }

  /** Clicks « Ajouter … » and answers the dialog that opens, by its title (exact names: « Ajouter un frein de santé »). */
  async ajouter(bouton: string, titre: string): Promise<Locator> {
    await this.page.getByRole('button', { name: bouton, exact: true }).click();
    const dialogue = this.dialogue(titre);
    await expect(dialogue).toBeVisible();
    return dialogue;
  }

  dialogue(titre: string): Locator {
    return this.page.getByRole('dialog', { name: titre, exact: true });
  }

  champs(dialogue: Locator): Champs {
    return new Champs(this.page, dialogue);
  }

  async enregistrer(dialogue: Locator): Promise<void> {
    await dialogue.getByRole('button', { name: 'Enregistrer' }).click();
  }

  /** The passing confirmation of a saved change. */
  annonce(texte: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: texte });
  }

  // ——— Chronology ———

  chronologie(): Locator {
    return this.page.getByRole('list', { name: 'Chronologie' });
  }

  /** Each item's text: « JJ/MM/AAAA description ». */
  async elementsChronologie(): Promise<string[]> {
    const textes = await this.chronologie().getByRole('listitem').allInnerTexts();
    return textes.map((t) => t.replace(/\s+/g, ' ').trim());
  }

  async filtrerChronologie(genre: GenreChronologie): Promise<void> {
    const bouton = this.page.getByRole('group', { name: 'Genre d’éléments affichés' }).getByRole('button', {
      name: genre,
      exact: true,
    });
    await bouton.click();
    await expect(bouton).toHaveAttribute('aria-pressed', 'true');
  }
}
