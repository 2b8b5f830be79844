/** La page Structure et les comptes : un site, puis une conseillère créée par l'administration. */
import { expect, test } from './fixtures';
import { capturer } from './pages/outils';
import { BarreSession } from './pages/BarreSession';
import { creerPremiersComptes, PREMIERS_COMPTES } from './pages/installation';
import { PageComptes } from './pages/PageComptes';
import { PageConnexion } from './pages/PageConnexion';
import { PagePremierLancement } from './pages/PagePremierLancement';
import { PageStructure } from './pages/PageStructure';

test.use({ donnees: 'vierge' });

const NADIA = {
  prenom: 'Nadia',
  nom: 'Lefebvre',
  login: 'nadia.lefebvre',
  motDePasse: 'une antenne au bord de la Deûle',
  role: 'Conseiller·ère',
};

test('ajouter une antenne et une conseillère après le premier lancement', async ({ page }) => {
  const accueil = new PagePremierLancement(page);
  await accueil.ouvrir();
  await accueil.initialiser({
    code: 'ML-NORD',
    nom: 'Mission Locale du Nord',
    siret: '130 026 032 00008',
    siege: 'Siège – Lille',
  });
  await creerPremiersComptes(page, 'administrateur');
  await page.getByRole('navigation').getByRole('link', { name: 'Structure' }).click();

  const structure = new PageStructure(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Structure' })).toBeVisible();
  await expect(structure.tableSites().getByRole('row')).toHaveCount(2);
  await expect(structure.tableSites()).toContainText('Siège – Lille');

  await structure.ajouterSite('Antenne de Roubaix', 'Antenne');
  await expect(page.getByRole('status').filter({ hasText: 'Site « Antenne de Roubaix » ajouté.' })).toBeVisible();
  await expect(structure.tableSites().getByRole('row', { name: /Antenne de Roubaix/ })).toContainText('Antenne');
  await capturer(page, '10-structure');

  const comptes = new PageComptes(page);
  await comptes.ouvrir();
  await comptes.creer(NADIA);
  await expect(comptes.annonce('Compte « nadia.lefebvre » créé pour Nadia Lefebvre.')).toBeVisible();
  const ligne = comptes.ligne(/Nadia Lefebvre/);
  await expect(ligne).toContainText('nadia.lefebvre');
  await expect(ligne).toContainText('Conseiller·ère');
  await expect(ligne).toContainText('Actif');

  // The adviser is offered as référent·e in the youth form, and logs in with her password.
  await new BarreSession(page).seDeconnecter(/Alain Roux/);
  const { login, motDePasse } = PREMIERS_COMPTES.direction;
  await new PageConnexion(page).connecter(login, motDePasse);
  await page.getByRole('navigation').getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByRole('combobox', { name: 'Conseiller·ère référent·e' }).click();
  await expect(page.getByRole('option', { name: 'Nadia Lefebvre' })).toBeVisible();
  await page.keyboard.press('Escape');
  await new BarreSession(page).seDeconnecter(/Béatrice Lemoine/);
  await new PageConnexion(page).connecter(NADIA.login, NADIA.motDePasse);
  await expect(new BarreSession(page).menu(/Nadia Lefebvre/)).toContainText('Conseiller·ère');
});
