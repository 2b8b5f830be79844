/** La liste des jeunes : pagination, tri et filtres faits par le serveur. */
import { expect, test } from './fixtures';
import { capturer } from './pages/outils';
import { PageListeJeunes } from './pages/PageListeJeunes';

test('paginer, trier et filtrer la liste de démonstration', async ({ page }) => {
  const liste = new PageListeJeunes(page);
  await liste.ouvrir();
  const compteur = page.getByText(/^\d+–\d+ sur \d+$/);
  await expect(compteur).toHaveText(/^1–25 sur \d+$/);
  const total = Number((await compteur.innerText()).split(' sur ')[1]);
  expect(total).toBeGreaterThan(25);
  await capturer(page, '13-liste-jeunes');

  await test.step('page suivante, puis 50 lignes par page', async () => {
    await page.getByRole('button', { name: 'Page suivante' }).click();
    await expect(compteur).toHaveText(`26–${Math.min(50, total)} sur ${total}`);
    await page.getByRole('combobox', { name: 'Lignes par page :' }).click();
    await page.getByRole('option', { name: '50' }).click();
    // The grid stays on the second page when there is one at the new size (the seeded demo has 300 files).
    const debut = total > 50 ? 51 : 1;
    await expect(compteur).toHaveText(`${debut}–${Math.min(debut + 49, total)} sur ${total}`);
  });

  await test.step('tri décroissant par prénom', async () => {
    const entete = page.getByRole('columnheader', { name: 'Prénom' });
    await entete.click();
    await expect(entete).toHaveAttribute('aria-sort', 'ascending');
    await entete.click();
    await expect(entete).toHaveAttribute('aria-sort', 'descending');
    const prenoms = liste.lignes().locator('[data-field="prenom"]');
    await expect(async () => {
      const [premier, second] = await prenoms.allInnerTexts();
      expect(premier!.localeCompare(second!, 'fr', { sensitivity: 'base' })).toBeGreaterThanOrEqual(0);
    }).toPass();
  });

  await test.step('filtre par statut : les inactifs seulement', async () => {
    await page.getByRole('combobox', { name: 'Statut' }).click();
    await page.getByRole('option', { name: 'Inactif' }).click();
    await expect(compteur).not.toHaveText(new RegExp(`sur ${total}$`));
    for (const statut of await liste.lignes().locator('[data-field="statut"]').allInnerTexts())
      expect(statut).toBe('Inactif');
  });
});
