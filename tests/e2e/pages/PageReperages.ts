import { expect, type Locator, type Page } from '@playwright/test';
import { Champs } from './Champs';

export interface ReperageTest {
  domaine: 'Illettrisme' | 'Illectronisme' | 'Handicap';
  methode: string;
  resultat: string;
  finRqth?: string;
  note?: string;
}

/** The « Repérages » section of a youth's file, « Orienter », and the « Repérages à suivre » page. */
export class PageReperages {
  constructor(private readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole('region', { name: 'Repérages' });
  }

  lignes(texte?: string | RegExp): Locator {
    const lignes = this.section().getByRole('table', { name: 'Repérages' }).locator('tbody').getByRole('row');
    return texte === undefined ? lignes : lignes.filter({ hasText: texte });
  }

  dialogue(titre: string): Locator {
    return this.page.getByRole('dialog', { name: titre, exact: true });
  }

  /** Records a screening through « Ajouter un repérage »; `avantEnregistrement` acts on the open dialog. */
  async ajouter(r: ReperageTest, avantEnregistrement?: (dialogue: Locator) => Promise<void>): Promise<void> {
    await this.section().getByRole('button', { name: 'Ajouter un repérage' }).click();
    const dialogue = this.dialogue('Nouveau repérage');
    const champs = new Champs(this.page, dialogue);
    await champs.choisir('Domaine', r.domaine);
    await champs.choisir('Méthode', r.methode);
    await champs.choisir('Résultat', r.resultat);
    if (r.finRqth) await champs.saisirDate('Fin de validité de la RQTH', r.finRqth);
    if (r.note) await champs.texte('Note (confidentielle)').fill(r.note);
    await avantEnregistrement?.(dialogue);
    await dialogue.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(this.page.getByRole('alert').filter({ hasText: 'Repérage enregistré.' })).toBeVisible();
  }

  /** « Orienter » on the row of a screening: the orientation dialog, prefilled. */
  async orienter(resume: string | RegExp): Promise<Locator> {
    await this.section()
      .getByRole('button', { name: typeof resume === 'string' ? `Orienter : ${resume}` : resume })
      .click();
    const dialogue = this.dialogue('Orienter après le repérage');
    await expect(dialogue).toBeVisible();
    return dialogue;
  }

  // ——— « Repérages à suivre » ———

  async ouvrirASuivre(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Repérages' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Repérages à suivre' })).toBeVisible();
  }

  lignesASuivre(texte?: string | RegExp): Locator {
    const lignes = this.page.getByRole('table', { name: 'Repérages à suivre' }).locator('tbody').getByRole('row');
    return texte === undefined ? lignes : lignes.filter({ hasText: texte });
  }
}
