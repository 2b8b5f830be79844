import { expect, type Locator, type Page } from '@playwright/test';
import { Champs } from './Champs';

/** A training session as the scenarios type it: dates JJ/MM/AAAA, the financeur by its label. */
export interface SessionTest {
  intitule: string;
  dateDebut: string;
  dateFin?: string;
  places?: string;
  financeur?: string;
  eligibilite?: string;
}

/** A partner's page: identity, contacts, sessions or offers, oriented youths, delete, merge. */
export class PagePartenaire {
  constructor(private readonly page: Page) {}

  async attendre(nom: string): Promise<void> {
    await expect(this.page).toHaveURL(/#\/partenaires\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole('heading', { level: 1, name: nom })).toBeVisible();
  }

  tableau(nom: 'Contacts' | 'Sessions de formation' | 'Offres' | 'Jeunes orientés'): Locator {
    return this.page.getByRole('table', { name: nom });
  }

  /** The region « Jeunes orientés », with its transformation rate. */
  orientations(): Locator {
    return this.page.getByRole('region', { name: 'Jeunes orientés' });
  }

  dialogue(titre: string): Locator {
    return this.page.getByRole('dialog', { name: titre });
  }

  async ajouterSession(s: SessionTest): Promise<void> {
    await this.page.getByRole('button', { name: 'Ajouter une session' }).click();
    const dialogue = this.dialogue('Nouvelle session');
    const champs = new Champs(this.page, dialogue);
    await champs.texte('Intitulé').fill(s.intitule);
    await champs.saisirDate('Date de début', s.dateDebut);
    if (s.dateFin) await champs.saisirDate('Date de fin', s.dateFin);
    if (s.places) await champs.texte('Places').fill(s.places);
    if (s.financeur) await champs.choisir('Financeur', s.financeur);
    if (s.eligibilite) await champs.texte("Conditions d'accès").fill(s.eligibilite);
    await dialogue.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialogue).toBeHidden();
  }

  /** « Supprimer », confirmed: the dialog stays open when the server refuses. */
  async supprimer(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Supprimer', exact: true }).click();
    const dialogue = this.dialogue('Supprimer ce partenaire ?');
    await dialogue.getByRole('button', { name: 'Supprimer' }).click();
    return dialogue;
  }

  /** « Fusionner avec… »: picks the duplicate by name, shows what will happen, and leaves it unconfirmed. */
  async choisirDoublon(nom: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Fusionner avec…' }).click();
    const dialogue = this.dialogue('Fusionner avec un doublon');
    await dialogue.getByRole('combobox', { name: 'Fiche en double' }).fill(nom);
    await this.page.getByRole('option', { name: nom }).click();
    return dialogue;
  }
}
