import { expect, type Locator, type Page } from '@playwright/test';
import { Champs } from './Champs';

/** A youth as the scenarios type it: dates JJ/MM/AAAA, codes and names by their French label. */
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
  referent?: string;
}

/** « Nouveau dossier » and « Modifier » share this form. */
export class PageFormulaireJeune {
  private readonly champs: Champs;

  constructor(private readonly page: Page) {
    this.champs = new Champs(page, page.getByRole('main'));
  }

  async ouvrirNouveau(): Promise<void> {
    await this.page.goto('/#/jeunes/nouveau');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Nouveau dossier' })).toBeVisible();
  }

  texte(label: string): Locator {
    return this.champs.texte(label);
  }

  date(label: string): Locator {
    return this.champs.date(label);
  }

  liste(label: string): Locator {
    return this.champs.liste(label);
  }

  saisirDate(label: string, jjmmaaaa: string): Promise<void> {
    return this.champs.saisirDate(label, jjmmaaaa);
  }

  choisir(label: string, option: string): Promise<void> {
    return this.champs.choisir(label, option);
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
    if (j.referent) await this.choisir('Conseiller·ère référent·e', j.referent);
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
