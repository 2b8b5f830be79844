/**
 * Repérages : une conseillère note un illectronisme (capacités faibles), le jeune apparaît dans « à
 * suivre », elle l'oriente vers la médiation numérique et il en sort ; une RQTH dans l'en-tête ; un autre
 * conseiller ne lit ni le repérage handicap ni sa note ; la direction adapte un guide.
 */
import { connecter, expect, test } from './fixtures';
import { BarreSession } from './pages/BarreSession';
import { capturer, verifierAccessibilite } from './pages/outils';
import { PageFicheJeune } from './pages/PageFicheJeune';
import { PageFormulaireJeune, type JeuneTest } from './pages/PageFormulaireJeune';
import { PageListeJeunes } from './pages/PageListeJeunes';
import { PageReperages } from './pages/PageReperages';

const NOEMIE: JeuneTest = {
  nom: 'Repérage-Témoin',
  prenom: 'Noémie',
  sexe: 'Femme',
  dateNaissance: '14/09/2006',
  site: 'Antenne de Libourne',
  referent: 'Camille Durand',
};
const NOTE_HANDICAP = 'Troubles dys confirmés par le CMP';

test.describe('avec la conseillère référente', () => {
  test.use({ compte: 'c.durand' });

  test('illectronisme repéré, suivi, orienté vers la médiation numérique ; handicap réservé', async ({ page }) => {
    test.slow();
    const fiche = new PageFicheJeune(page);
    const reperages = new PageReperages(page);
    const liste = new PageListeJeunes(page);
    const ouvrirNoemie = async () => {
      await liste.ouvrir();
      await liste.rechercher(NOEMIE.nom);
      await liste.ouvrirDossier(NOEMIE.nom);
      await fiche.attendre('Noémie Repérage-Témoin');
    };

    await test.step('la référente note un illectronisme : capacités numériques faibles', async () => {
      const formulaire = new PageFormulaireJeune(page);
      await formulaire.ouvrirNouveau();
      await formulaire.remplir(NOEMIE);
      await formulaire.creer();
      await fiche.attendre('Noémie Repérage-Témoin');
      await expect(reperages.section()).toContainText('Aucun repérage enregistré.');
      await reperages.ajouter(
        { domaine: 'Illectronisme', methode: 'Entretien', resultat: 'Capacités numériques faibles' },
        async (dialogue) => {
          // Only the chosen domain's results are offered, and its guide is at hand.
          await dialogue.getByRole('button', { name: 'Aide au repérage : illectronisme' }).click();
          await expect(dialogue).toContainText('Médiation numérique');
          await capturer(page, 'reperages-01-saisie-avec-guide');
          await verifierAccessibilite(page);
        },
      );
      const ligne = reperages.lignes('Capacités numériques faibles');
      await expect(ligne).toContainText('Positif');
      await expect(ligne.getByRole('button', { name: /^Orienter/ })).toBeVisible();
    });

    await test.step('le jeune apparaît dans « Repérages à suivre »', async () => {
      await reperages.ouvrirASuivre();
      const ligne = reperages.lignesASuivre('Noémie Repérage-Témoin');
      await expect(ligne).toContainText('Illectronisme');
      await expect(ligne).toContainText('Orienter');
      await expect(page.getByText(/^Illectronisme : [1-9]\d*$/)).toBeVisible();
      await capturer(page, 'reperages-02-a-suivre');
      await verifierAccessibilite(page);
    });

    await test.step('elle l’oriente vers la médiation numérique proposée', async () => {
      await reperages.lignesASuivre('Noémie Repérage-Témoin').getByRole('link').click();
      await fiche.attendre('Noémie Repérage-Témoin');
      const dialogue = await reperages.orienter(/^Orienter : Illectronisme du .* capacités numériques faibles$/);
      const conseilles = dialogue.getByRole('group', { name: 'Partenaires conseillés' });
      await expect(conseilles.getByRole('radio')).toHaveCount(4);
      await expect(dialogue.getByRole('combobox', { name: "Type d'orientation" })).toHaveText('Numérique');
      await conseilles.getByRole('radio', { name: /Médiation numérique de la Rive droite/ }).check();
      await expect(dialogue.getByRole('combobox', { name: 'Partenaire' })).toHaveValue(
        'Médiation numérique de la Rive droite',
      );
      await capturer(page, 'reperages-03-orienter');
      await verifierAccessibilite(page);
      await dialogue.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(
        page.getByRole('alert').filter({ hasText: 'Orientation enregistrée et liée au repérage.' }),
      ).toBeVisible();
      const ligne = reperages.lignes('Capacités numériques faibles');
      await expect(ligne).toContainText('Proposée au jeune');
      await expect(ligne).toContainText('Médiation numérique de la Rive droite');
      await expect(ligne.getByRole('button', { name: /^Orienter/ })).toHaveCount(0);
    });

    await test.step('il sort de la file « à suivre »', async () => {
      await reperages.ouvrirASuivre();
      await expect(reperages.lignesASuivre().first()).toBeVisible();
      await expect(reperages.lignesASuivre('Noémie Repérage-Témoin')).toHaveCount(0);
      await capturer(page, 'reperages-04-a-suivre-apres-orientation');
    });

    await test.step('une RQTH valide : la pastille de l’en-tête, la note confidentielle', async () => {
      await ouvrirNoemie();
      await reperages.ajouter({
        domaine: 'Handicap',
        methode: 'Notification de la MDPH',
        resultat: 'RQTH valide',
        finRqth: '30/06/2031',
        note: NOTE_HANDICAP,
      });
      await expect(page.getByText('RQTH jusqu’au 30/06/2031')).toBeVisible();
      await expect(reperages.lignes('RQTH valide')).toContainText(NOTE_HANDICAP);
      await reperages.section().scrollIntoViewIfNeeded();
      await capturer(page, 'reperages-05-fiche-referente');
      await verifierAccessibilite(page);
    });

    await test.step('un autre conseiller ne lit ni le repérage handicap ni sa note', async () => {
      await new BarreSession(page).seDeconnecter(/Camille Durand/);
      await connecter(page, 'k.benali');
      await ouvrirNoemie();
      await expect(reperages.section()).toContainText('réservés au ou à la référent·e et à la direction');
      await expect(reperages.lignes()).toHaveCount(1);
      await expect(reperages.lignes('Capacités numériques faibles')).toBeVisible();
      await expect(page.getByText(NOTE_HANDICAP)).toHaveCount(0);
      await expect(page.getByText(/RQTH/)).toHaveCount(0);
      await reperages.section().scrollIntoViewIfNeeded();
      await capturer(page, 'reperages-06-fiche-autre-conseiller');
      await verifierAccessibilite(page);
    });
  });
});

test('la direction adapte le guide du repérage handicap, puis rétablit celui de Tremplin', async ({ page }) => {
  await page.goto('/#/reperages/guides');
  await expect(page.getByRole('heading', { level: 1, name: 'Guides du repérage' })).toBeVisible();
  await page.getByRole('tab', { name: 'Handicap' }).click();
  await expect(page.getByText('Texte fourni par Tremplin.')).toBeVisible();
  await page.getByRole('button', { name: 'Modifier' }).click();
  const champ = page.getByRole('textbox', { name: 'Texte du guide : Handicap' });
  await champ.fill('Référente handicap de la structure : Mme Roux, poste 214.\nOrienter vers Cap emploi Gironde.');
  await page.getByRole('button', { name: 'Enregistrer le guide' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Guide « Handicap » enregistré.' })).toBeVisible();
  await expect(page.getByText(/Texte adapté par Anne Petit/)).toBeVisible();
  await expect(page.getByText('Référente handicap de la structure : Mme Roux, poste 214.')).toBeVisible();
  await capturer(page, 'reperages-07-guide-adapte');
  await verifierAccessibilite(page);
  await page.getByRole('button', { name: 'Rétablir le texte de Tremplin' }).click();
  await expect(page.getByText('Texte fourni par Tremplin.')).toBeVisible();
});
