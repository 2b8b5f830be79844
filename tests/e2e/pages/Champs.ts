import { expect, type Locator, type Page } from '@playwright/test';

/** The fields of one form (a page, a dialog), found by their exact French label. */
export class Champs {
  constructor(
    private readonly page: Page,
    private readonly zone: Locator,
  ) {}

  /** A text field (one line or several). */
  texte(label: string): Locator {
    return this.zone.getByRole('textbox', { name: label, exact: true });
  }

  /** A date field: a group of day / month / year sections named by the label. */
  date(label: string): Locator {
    return this.zone.getByRole('group', { name: label, exact: true });
  }

  liste(label: string): Locator {
    return this.zone.getByRole('combobox', { name: label, exact: true });
  }

  /** Types JJ/MM/AAAA into a date field, section after section, as a user does. */
  async saisirDate(label: string, jjmmaaaa: string): Promise<void> {
    await this.date(label).getByRole('spinbutton', { name: 'Jour' }).click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(jjmmaaaa.replaceAll('/', ''));
  }

  /** Picks a choice, then waits for the list to have closed (a fading list is neither usable nor auditable). */
  async choisir(label: string, option: string): Promise<void> {
    await this.liste(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    // Closing hides the list from assistive technologies at once, but it fades out before leaving the page.
    await expect(this.page.locator('[role="listbox"]')).toHaveCount(0);
  }

  /** The choices a list offers, read by opening it (then closed with Escape). */
  async options(label: string): Promise<string[]> {
    await this.liste(label).click();
    const options = await this.page.getByRole('listbox').getByRole('option').allInnerTexts();
    await this.page.keyboard.press('Escape');
    return options;
  }
}
