import type { Locator, Page } from '@playwright/test';
import { Champs } from './Champs';

/** A contact as the scenarios type it. */
export interface ContactTest {
  nom: string;
  fonction?: string;
  telephone?: string;
  email?: string;
}

/** A partner as the scenarios type it: the type by its French label. */
export interface PartenaireTest {
  type: string;
  raisonSociale: string;
  siret?: string;
  commune?: string;
  telephone?: string;
  contacts?: readonly ContactTest[];
}

/** « Nouveau partenaire » and « Modifier » share this form. */
export class PageFormulairePartenaire {
  private readonly champs: Champs;

  constructor(private readonly page: Page) {
    this.champs = new Champs(page, page.getByRole('main'));
  }

  /** The fields of the n-th contact (from 1), grouped under « Contact n ». */
  contact(numero: number): Champs {
    return new Champs(this.page, this.page.getByRole('group', { name: `Contact ${numero}` }));
  }

  async remplir(p: PartenaireTest): Promise<void> {
    await this.champs.choisir('Type de partenaire', p.type);
    await this.champs.texte('Raison sociale').fill(p.raisonSociale);
    if (p.siret !== undefined) await this.champs.texte('SIRET').fill(p.siret);
    if (p.commune) await this.champs.texte('Commune').fill(p.commune);
    if (p.telephone) await this.telephone().fill(p.telephone);
    for (const [i, c] of (p.contacts ?? []).entries()) {
      await this.page.getByRole('button', { name: 'Ajouter un contact' }).click();
      const champs = this.contact(i + 1);
      await champs.texte('Nom').fill(c.nom);
      if (c.fonction) await champs.texte('Fonction').fill(c.fonction);
      if (c.telephone) await champs.texte('Téléphone').fill(c.telephone);
      if (c.email) await champs.texte('E-mail').fill(c.email);
    }
  }

  siret(): Locator {
    return this.champs.texte('SIRET');
  }

  /** The partner's own phone (each contact has one too). */
  telephone(): Locator {
    return this.page.getByRole('region', { name: 'Coordonnées' }).getByRole('textbox', { name: 'Téléphone' });
  }

  async creer(): Promise<void> {
    await this.page.getByRole('button', { name: 'Créer le partenaire' }).click();
  }
}
