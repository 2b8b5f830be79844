import { expect, type Locator, type Page } from '@playwright/test';

/** A youth as the scenarios type it: dates JJ/MM/AAAA, codes by their French label. */
export interface JeuneTest {
  nom: string;
  nomUsage?: string;
  prenom: string;
  sexe: 'Femme' | 'Homme';
  dateNaissance: string;
  telephone?: string;
  commune?: string;
  codePostal?: string;
  niveau?: string;
  qpv?: boolean;
  site?: string;
}

/** « Nouveau dossier » and « Modifier » share this form. */
export class PageFormulaireJeune {
  constructor(private readonly page: Page) {}

  async ouvrirNouveau(): Promise<void> {
    await this.page.goto('/#/jeunes/nouveau');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Nouveau dossier' })).toBeVisible();
  }

  /** A text field, by its exact label. */
  texte(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  /** A date field: a group of day / month / year sections named by the label. */
  date(label: string): Locator {
    return this.page.getByRole('group', { name: label, exact: true });
  }

  liste(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  /** Types JJ/MM/AAAA into a date field, section after section, as a user does. */
  async saisirDate(label: string, jjmmaaaa: string): Promise<void> {
    await this.date(label).getByRole('spinbutton', { name: 'Jour' }).click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(jjmmaaaa.replaceAll('/', ''));
  }

  async choisir(label: string, option: string): Promise<void> {
    await this.liste(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async remplir(j: JeuneTest): Promise<void> {
    await this.texte('Nom de naissance').fill(j.nom);
    if (j.nomUsage !== undefined) await this.texte("Nom d'usage").fill(j.nomUsage);
    await this.texte('Prénom(s)').fill(j.prenom);
    await this.choisir('Sexe', j.sexe);
    await this.saisirDate('Date de naissance', j.dateNaissance);
    if (j.niveau) await this.choisir('Niveau de formation', j.niveau);
    if (j.qpv) await this.page.getByRole('switch', { name: 'Résidence en QPV' }).check();
    if (j.telephone) await this.texte('Téléphone').fill(j.telephone);
    if (j.codePostal) await this.texte('Code postal').fill(j.codePostal);
    if (j.commune) await this.texte('Commune').fill(j.commune);
    if (j.site) await this.choisir('Site', j.site);
  }

  async creer(): Promise<void> {
    await this.page.getByRole('button', { name: 'Créer le dossier' }).click();
  }

  async enregistrer(): Promise<void> {
    await this.page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  }

  /** The duplicate warning, when it shows. */
  dialogueDoublons(): Locator {
    return this.page.getByRole('dialog', { name: 'Un dossier semblable existe déjà' });
  }
}
