/** La page Structure : sites et conseillers de la Mission Locale. */
import { expect, test } from './fixtures';
import { capturer } from './pages/outils';
import { PagePremierLancement } from './pages/PagePremierLancement';
import { PageStructure } from './pages/PageStructure';

test.use({ donnees: 'vierge' });

test('ajouter une antenne et une conseillère après le premier lancement', async ({ page }) => {
  const accueil = new PagePremierLancement(page);
  await accueil.ouvrir();
  await accueil.initialiser({
    code: 'ML-NORD',
    nom: 'Mission Locale du Nord',
    siret: '130 026 032 00008',
    siege: 'Siège – Lille',
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Structure' }).click();

  const structure = new PageStructure(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Structure' })).toBeVisible();
  await expect(structure.tableSites().getByRole('row')).toHaveCount(2);
  await expect(structure.tableSites()).toContainText('Siège – Lille');
  await expect(page.getByText('Aucun conseiller ni conseillère pour l’instant.')).toBeVisible();

  await structure.ajouterSite('Antenne de Roubaix', 'Antenne');
  await expect(page.getByRole('status').filter({ hasText: 'Site « Antenne de Roubaix » ajouté.' })).toBeVisible();
  await expect(structure.tableSites().getByRole('row', { name: /Antenne de Roubaix/ })).toContainText('Antenne');

  await structure.ajouterConseiller({
    prenom: 'Nadia',
    nom: 'Lefebvre',
    login: 'nadia.lefebvre',
    role: 'Conseiller·ère',
  });
  await expect(page.getByRole('status').filter({ hasText: 'Nadia Lefebvre a été ajouté·e.' })).toBeVisible();
  const ligne = structure.tableConseillers().getByRole('row', { name: /Nadia Lefebvre/ });
  await expect(ligne).toContainText('nadia.lefebvre');
  await expect(ligne).toContainText('Conseiller·ère');
  await capturer(page, '10-structure');

  // The adviser is offered as référent·e in the youth form.
  await page.getByRole('navigation').getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByRole('combobox', { name: 'Conseiller·ère référent·e' }).click();
  await expect(page.getByRole('option', { name: 'Nadia Lefebvre' })).toBeVisible();
});
