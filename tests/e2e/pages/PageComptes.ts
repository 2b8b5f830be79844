import { expect, type Locator, type Page } from '@playwright/test';
import { BarreSession } from './BarreSession';
import { Champs } from './Champs';
import type { CompteTest } from './PagePremiersComptes';

/** « Comptes »: the staff's accounts, a new one, the idle-lock delay. */
export class PageComptes {
  constructor(private readonly page: Page) {}

  async ouvrir(): Promise<void> {
    await new BarreSession(this.page).aller('Comptes');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Comptes' })).toBeVisible();
  }

  tableau(): Locator {
    return this.page.getByRole('table', { name: 'Comptes existants' });
  }

  ligne(texte: string | RegExp): Locator {
    return this.tableau().getByRole('row').filter({ hasText: texte });
  }

  formulaireCreation(): Locator {
    return this.page.getByRole('form', { name: 'Créer un compte' });
  }

  async creer(c: CompteTest & { role: string }): Promise<void> {
    const f = this.formulaireCreation();
    await new Champs(this.page, f).choisir('Rôle', c.role);
    await f.getByRole('textbox', { name: 'Prénom', exact: true }).fill(c.prenom);
    await f.getByRole('textbox', { name: 'Nom', exact: true }).fill(c.nom);
    await f.getByRole('textbox', { name: 'Identifiant', exact: true }).fill(c.login);
    await f.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(c.motDePasse);
    await f.getByRole('textbox', { name: 'Confirmation du mot de passe', exact: true }).fill(c.motDePasse);
    await f.getByRole('button', { name: 'Créer le compte' }).click();
  }

  /** The idle-lock delay's form. */
  reglage(): Locator {
    return this.page.getByRole('form', { name: 'Verrouillage automatique' });
  }

  async reglerVerrouillage(minutes: number): Promise<void> {
    await this.reglage().getByRole('textbox', { name: 'Verrouillage après inactivité' }).fill(String(minutes));
    await this.reglage().getByRole('button', { name: 'Enregistrer le délai' }).click();
  }

  /** The passing confirmation of a change. */
  annonce(texte: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: texte });
  }
}
