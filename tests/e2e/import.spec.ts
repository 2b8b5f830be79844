/**
 * Import d'un dossier tremplin-import/1 par la direction : un dossier avec une erreur est refusé
 * (l'erreur est nommée, rien n'est écrit), puis un dossier valide est analysé, confirmé et compté.
 */
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { capturer, verifierAccessibilite } from './pages/outils';
import { PageImport } from './pages/PageImport';
import { PageListeJeunes } from './pages/PageListeJeunes';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

test('un dossier avec une erreur est refusé sans rien écrire, puis un dossier valide est importé', async ({ page }) => {
  const assistant = new PageImport(page);
  const liste = new PageListeJeunes(page);
  await page.goto('/');
  await assistant.ouvrir();

  await test.step('dossier invalide : l’erreur est montrée avec son fichier, sa ligne et sa colonne', async () => {
    await assistant.analyserDossier(join(FIXTURES, 'invalides', '29-age-moins-de-14'));
    await expect(page.getByRole('alert')).toContainText('1 erreur : rien n’a été importé.');
    await expect(assistant.erreurs()).toHaveCount(1);
    await expect(assistant.erreurs().first()).toHaveText(
      /^jeunes\.csv:2:date_naissance: âge au premier accueil de 13 ans/,
    );
    await expect(assistant.boutonImporter()).toHaveCount(0);
    await capturer(page, 'import-01-erreur');
    await verifierAccessibilite(page);
  });

  await test.step('rien n’a été écrit', async () => {
    await liste.ouvrir();
    await liste.rechercher('Hugo Nguyen');
    await expect(page.getByText('Aucun jeune ne correspond à cette recherche.')).toBeVisible();
    await assistant.ouvrir();
  });

  await test.step('dossier valide : le rapport à blanc, puis l’import confirmé', async () => {
    await assistant.analyserDossier(join(FIXTURES, 'valides', 'complet'));
    await expect(page.getByRole('status').filter({ hasText: 'Aucune erreur' })).toBeVisible();
    await expect(assistant.comptes('jeunes.csv')).toHaveText(['3', '3', '0', '0']);
    await expect(page.getByText('Sites qui seront créés : ANTENNE-NORD.')).toBeVisible();
    await capturer(page, 'import-02-rapport');
    await assistant.boutonImporter().click();
    await expect(page.getByRole('status').filter({ hasText: 'Import terminé.' })).toBeVisible();
    await expect(assistant.comptes('evenements.csv')).toHaveText(['3', '3', '0', '0']);
    await expect(page.getByText('Comptes créés, inactifs et sans mot de passe')).toContainText('m.dupont');
    await capturer(page, 'import-03-termine');
    await verifierAccessibilite(page);
  });

  await test.step('les jeunes importés sont dans la liste', async () => {
    await liste.ouvrir();
    await liste.rechercher('Hugo Nguyen');
    await expect(liste.lignes(/Hugo/)).toHaveCount(1);
  });
});
