/** Aucune violation WCAG 2.1 A/AA détectable par axe-core, écran par écran. */
import { expect, test } from './fixtures';
import { capturer, verifierAccessibilite } from './pages/outils';
import { PageFicheJeune } from './pages/PageFicheJeune';
import { PageFormulaireJeune } from './pages/PageFormulaireJeune';
import { PageListeJeunes } from './pages/PageListeJeunes';
import { PagePremierLancement } from './pages/PagePremierLancement';
import { PageStructure } from './pages/PageStructure';

test.describe('installation vierge', () => {
  test.use({ donnees: 'vierge' });

  test('premier lancement, avec et sans erreurs', async ({ page }) => {
    const accueil = new PagePremierLancement(page);
    await accueil.ouvrir();
    await verifierAccessibilite(page);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(page.getByRole('textbox', { name: 'Nom officiel' })).toHaveAccessibleDescription('Obligatoire.');
    await capturer(page, 'a11y-premier-lancement-erreurs');
    await verifierAccessibilite(page);
  });
});

test.describe('installation de démonstration', () => {
  test('liste des jeunes', async ({ page }) => {
    const liste = new PageListeJeunes(page);
    await liste.ouvrir();
    await expect(liste.lignes().first()).toBeVisible();
    await verifierAccessibilite(page);
    await liste.rechercher('zzzz-personne');
    await expect(page.getByText('Aucun jeune ne correspond à cette recherche.')).toBeVisible();
    await capturer(page, 'a11y-liste-vide-recherche');
    await verifierAccessibilite(page);
  });

  test('nouveau dossier, erreurs affichées', async ({ page }) => {
    const formulaire = new PageFormulaireJeune(page);
    await formulaire.ouvrirNouveau();
    await verifierAccessibilite(page);
    await formulaire.texte('Téléphone').fill('12 34');
    await formulaire.texte('E-mail').fill('pas-une-adresse');
    await formulaire.creer();
    await expect(formulaire.texte('Nom de naissance')).toHaveAccessibleDescription('Obligatoire.');
    await expect(formulaire.date('Date de naissance')).toHaveAccessibleDescription('Obligatoire.');
    await expect(formulaire.liste('Sexe')).toHaveAccessibleDescription('Obligatoire.');
    await expect(formulaire.texte('Téléphone')).toHaveAccessibleDescription(/^Numéro français attendu/);
    await expect(formulaire.texte('E-mail')).toHaveAccessibleDescription('Adresse e-mail attendue (nom@domaine.fr).');
    await capturer(page, 'a11y-nouveau-dossier-erreurs');
    await verifierAccessibilite(page);
  });

  test('fiche, historique et formulaire de modification', async ({ page }) => {
    const liste = new PageListeJeunes(page);
    const fiche = new PageFicheJeune(page);
    const formulaire = new PageFormulaireJeune(page);
    await liste.ouvrir();
    // An active file (the seeded demo has inactive ones): the test switches it to inactive below.
    await page.getByRole('combobox', { name: 'Statut' }).click();
    await page.getByRole('option', { name: 'Actif', exact: true }).click();
    await expect(liste.lignes().first().locator('[data-field="statut"]')).toHaveText('Actif');
    await liste.lignes().first().click();
    await expect(fiche.historique()).toBeVisible();
    await verifierAccessibilite(page);

    const referentAvant = await fiche.valeur('Conseiller·ère référent·e').innerText();
    await fiche.modifier();
    await expect(formulaire.texte('Commune')).toBeVisible();
    await verifierAccessibilite(page);
    // Seeded files may already have an address: the history shows the old one, or « (vide) ».
    const adresseAvant = (await formulaire.texte('Adresse').inputValue()) || '(vide)';
    await formulaire.texte('Adresse').fill('12 rue des Tanneurs');
    await formulaire.liste('Conseiller·ère référent·e').click();
    const autre = page
      .getByRole('option')
      .filter({ hasNotText: referentAvant })
      .filter({ hasNotText: 'Non renseigné' })
      .first();
    const referentApres = await autre.innerText();
    await autre.click();
    await formulaire.enregistrer();
    await expect(fiche.lignesHistorique('Adresse')).toContainText(
      new RegExp(`${adresseAvant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} → .*12 rue des Tanneurs`),
    );
    // The server records ids: the history shows the advisers' names.
    await expect(fiche.lignesHistorique('Conseiller·ère référent·e')).toContainText(
      new RegExp(`${referentAvant} → .*${referentApres}`),
    );

    await fiche.interrupteurStatut().uncheck();
    await expect(fiche.lignesHistorique('Statut du dossier')).toContainText(/Actif → .*Inactif/);
    await expect(fiche.valeur('Statut du dossier')).toHaveText('Inactif');
    await capturer(page, 'a11y-fiche-historique');
    await verifierAccessibilite(page);
  });

  test.describe('administration', () => {
    test.use({ compte: 'admin' });

    test('page Structure', async ({ page }) => {
      const structure = new PageStructure(page);
      await structure.ouvrir();
      await expect(structure.tableSites()).toBeVisible();
      await verifierAccessibilite(page);
    });
  });
});
