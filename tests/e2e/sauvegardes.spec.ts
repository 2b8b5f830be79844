/**
 * Sauvegardes : la direction fait une sauvegarde, saisit un dossier, restaure la sauvegarde (mot de
 * passe retapé), se reconnecte et ne trouve plus le dossier saisi après la sauvegarde ; elle
 * affiche et enregistre la clé de secours que le rappel lui demande d'imprimer.
 */
import { readFileSync } from 'node:fs';
import { MOT_DE_PASSE_DEMO } from '../../electron/core/demo/demo';
import { CLE_TEST_TEXTE } from '../support/cle-test';
import { connecter, expect, test } from './fixtures';
import { PageFormulaireJeune } from './pages/PageFormulaireJeune';
import { PageListeJeunes } from './pages/PageListeJeunes';
import { capturer, verifierAccessibilite } from './pages/outils';

test('la direction sauvegarde, modifie, restaure et retrouve la base d’avant', async ({ page }) => {
  const liste = new PageListeJeunes(page);

  await test.step('la page des sauvegardes montre la sauvegarde du jour et l’état de la base', async () => {
    await page.goto('/#/sauvegardes');
    await expect(page.getByRole('heading', { level: 1, name: 'Sauvegardes' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Sauvegardes disponibles' })).toContainText('Quotidienne');
    await expect(page.getByText(/Base vérifiée le .* aucun problème/)).toBeVisible();
  });

  await test.step('« Sauvegarder maintenant »', async () => {
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await expect(page.getByText(/^Sauvegarde faite/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Sauvegardes disponibles' })).toContainText('Manuelle');
    await capturer(page, 'sauvegardes-01-liste');
    await verifierAccessibilite(page);
  });

  await test.step('un dossier est créé après la sauvegarde', async () => {
    const formulaire = new PageFormulaireJeune(page);
    await formulaire.ouvrirNouveau();
    await formulaire.remplir({ nom: 'Apres-Sauvegarde', prenom: 'Zoé', sexe: 'Femme', dateNaissance: '01/02/2006' });
    await formulaire.creer();
    await expect(page.getByRole('heading', { level: 1, name: /Zoé Apres-Sauvegarde/ })).toBeVisible();
  });

  await test.step('la direction restaure la sauvegarde manuelle, mot de passe retapé', async () => {
    await page.goto('/#/sauvegardes');
    const ligne = page.getByRole('row').filter({ hasText: 'Manuelle' });
    await ligne.getByRole('button', { name: /Restaurer la sauvegarde du/ }).click();
    const dialogue = page.getByRole('dialog', { name: /Restaurer la sauvegarde du/ });
    await dialogue.getByLabel('Mot de passe', { exact: false }).first().fill('pas le bon');
    await capturer(page, 'sauvegardes-02-confirmation', { pleinePage: false });
    await verifierAccessibilite(page);
    await dialogue.getByRole('button', { name: 'Restaurer' }).click();
    await expect(dialogue).toContainText(/incorrect/i);
    await dialogue.getByLabel('Mot de passe', { exact: false }).first().fill(MOT_DE_PASSE_DEMO);
    await dialogue.getByRole('button', { name: 'Restaurer' }).click();
    const fin = page.getByRole('dialog', { name: 'Restauration terminée' });
    await expect(fin).toContainText('avant-restauration');
    await capturer(page, 'sauvegardes-03-terminee', { pleinePage: false });
    await fin.getByRole('button', { name: 'Se reconnecter' }).click();
  });

  await test.step('reconnectée, la direction ne trouve plus le dossier créé après la sauvegarde', async () => {
    await connecter(page, 'a.petit');
    await liste.ouvrir();
    await liste.rechercher('Apres-Sauvegarde');
    await expect(liste.lignes()).toHaveCount(0);
    await page.goto('/#/sauvegardes');
    await expect(page.getByRole('table', { name: 'Sauvegardes disponibles' })).toContainText('Avant restauration');
    await capturer(page, 'sauvegardes-04-apres');
  });
});

test('la direction imprime la clé de secours que le rappel lui demande', async ({ page }) => {
  await test.step('un rappel sur les pages de la direction mène à la page des sauvegardes', async () => {
    await page.goto('/#/jeunes');
    const rappel = page
      .getByRole('note')
      .filter({ hasText: 'La clé de secours de la base n’a pas encore été imprimée' });
    await expect(rappel).toBeVisible();
    await rappel.getByRole('link', { name: 'Imprimer la clé' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sauvegardes' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Chiffrement et clé de secours' })).toContainText(
      'pas encore été imprimée',
    );
  });

  await test.step('la clé ne s’affiche qu’avec le bon mot de passe', async () => {
    await page.getByRole('button', { name: 'Afficher la clé de secours' }).click();
    const demande = page.getByRole('dialog', { name: 'Clé de secours de la base' });
    await demande.getByLabel('Mot de passe', { exact: false }).first().fill('pas le bon');
    await demande.getByRole('button', { name: 'Afficher la clé de secours' }).click();
    await expect(demande).toContainText(/incorrect/i);
    await demande.getByLabel('Mot de passe', { exact: false }).first().fill(MOT_DE_PASSE_DEMO);
    await demande.getByRole('button', { name: 'Afficher la clé de secours' }).click();
  });

  await test.step('la clé de la base, à imprimer ou enregistrer', async () => {
    const dialogue = page.getByRole('dialog', { name: 'Clé de secours de la base' });
    await expect(dialogue.getByLabel('Clé de secours')).toHaveText(CLE_TEST_TEXTE);
    await capturer(page, 'sauvegardes-05-cle-secours', { pleinePage: false });
    await verifierAccessibilite(page);
    const telechargement = page.waitForEvent('download');
    await dialogue.getByRole('button', { name: 'Enregistrer dans un fichier' }).click();
    const fichier = await telechargement;
    expect(fichier.suggestedFilename()).toBe('tremplin-cle-de-secours.txt');
    expect(readFileSync(await fichier.path(), 'utf8')).toContain(CLE_TEST_TEXTE);
    await dialogue.getByRole('button', { name: 'J’ai imprimé ou enregistré la clé' }).click();
    await expect(page.getByRole('region', { name: 'Chiffrement et clé de secours' })).toContainText(
      'affichée pour la première fois le',
    );
  });

  await test.step('le rappel a disparu', async () => {
    await page.goto('/#/jeunes');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('note')).toHaveCount(0);
  });
});
