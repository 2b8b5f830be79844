import { expect, type Locator, type Page } from '@playwright/test';
import { Champs } from './Champs';

/** An orientation as the scenarios type it: the partner and session by their names. */
export interface OrientationTest {
  date: string;
  partenaire: string;
  session: string | RegExp;
  motif: string;
}

/** The « Orientations » section of a youth's file and its dialogs. */
export class PageOrientationsJeune {
  constructor(private readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole('region', { name: 'Orientations', exact: true });
  }

  tableau(): Locator {
    return this.section().getByRole('table', { name: 'Orientations' });
  }

  /** Data rows of the table containing `texte`. */
  lignes(texte?: string | RegExp): Locator {
    const lignes = this.tableau().locator('tbody').getByRole('row');
    return texte === undefined ? lignes : lignes.filter({ hasText: texte });
  }

  dialogue(titre: string): Locator {
    return this.page.getByRole('dialog', { name: titre });
  }

  champs(dialogue: Locator): Champs {
    return new Champs(this.page, dialogue);
  }

  /** Opens « Nouvelle orientation » and fills it, without sending. */
  async preparer(o: OrientationTest): Promise<Locator> {
    await this.section().getByRole('button', { name: 'Nouvelle orientation' }).click();
    const dialogue = this.dialogue('Nouvelle orientation');
    const champs = this.champs(dialogue);
    await champs.saisirDate('Date de la proposition', o.date);
    await champs.liste('Partenaire').fill(o.partenaire);
    await this.page.getByRole('option', { name: o.partenaire }).click();
    await champs.liste('Session de formation').click();
    await this.page.getByRole('option', { name: o.session }).click();
    await champs.texte("Motif de l'orientation").fill(o.motif);
    return dialogue;
  }

  /** A state button of a row, by the state's label (its accessible name also names the orientation). */
  boutonEtat(ligne: Locator, etat: string): Locator {
    return ligne.getByRole('button', { name: new RegExp(`^${etat} : `) });
  }

  /** Moves a row's orientation to `etat`, on the date the dialog proposes (today). */
  async passerA(ligne: Locator, etat: string): Promise<void> {
    await this.boutonEtat(ligne, etat).click();
    const dialogue = this.dialogue(`Nouvel état : ${etat}`);
    await dialogue.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialogue).toBeHidden();
  }

  boutonEntree(ligne: Locator): Locator {
    return ligne.getByRole('button', { name: /^Enregistrer l’entrée : / });
  }

  boutonFiche(ligne: Locator): Locator {
    return ligne.getByRole('button', { name: /^Fiche de liaison \(PDF\) : / });
  }
}
