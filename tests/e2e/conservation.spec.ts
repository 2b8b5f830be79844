/**
 * Conservation et droits du jeune : la direction revoit les dossiers arrivés à échéance, en archive
 * un, en anonymise un autre (mot de passe redemandé) ; sur une fiche, elle remet ses données au jeune
 * (PDF) puis efface le dossier à sa demande.
 */
import { MOT_DE_PASSE_DEMO } from '../../electron/core/demo/demo';
import { expect, test } from './fixtures';
import { capturer, verifierAccessibilite } from './pages/outils';
import { PageListeJeunes } from './pages/PageListeJeunes';

test('la direction archive et anonymise des dossiers échus, exporte puis efface un dossier', async ({ page }) => {
  test.slow();
  const lignes = () => page.getByRole('table', { name: 'Conservation des dossiers' }).locator('tbody').getByRole('row');

  await test.step('la file des dossiers arrivés à échéance', async () => {
    await page.goto('/#/conservation');
    await expect(page.getByRole('heading', { level: 1, name: 'Conservation des dossiers' })).toBeVisible();
    await expect(lignes().first()).toBeVisible();
    await expect(lignes().first()).toContainText(/Sans contact depuis 2 ans|28 ans ou plus/);
    await capturer(page, 'conservation-01-file');
    await verifierAccessibilite(page);
  });

  await test.step('archiver un dossier le sort de la file', async () => {
    const avant = await lignes().count();
    const nom = (await lignes().first().getByRole('link').innerText()).trim();
    await page.getByRole('checkbox', { name: `Sélectionner ${nom}` }).check();
    await page.getByRole('button', { name: 'Archiver la sélection' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '1 dossier archivé.' })).toBeVisible();
    await expect(lignes()).toHaveCount(avant - 1);
  });

  await test.step('anonymiser demande le mot de passe', async () => {
    const nom = (await lignes().first().getByRole('link').innerText()).trim();
    await page.getByRole('checkbox', { name: `Sélectionner ${nom}` }).check();
    await page.getByRole('button', { name: 'Anonymiser la sélection' }).click();
    const dialogue = page.getByRole('dialog', { name: 'Anonymiser 1 dossier(s) ?' });
    await dialogue.getByLabel('Votre mot de passe').fill('pas le bon mot de passe');
    await dialogue.getByRole('button', { name: 'Anonymiser la sélection' }).click();
    await expect(dialogue.getByRole('alert')).toBeVisible();
    await capturer(page, 'conservation-02-anonymiser-refus');
    await dialogue.getByLabel('Votre mot de passe').fill(MOT_DE_PASSE_DEMO);
    await dialogue.getByRole('button', { name: 'Anonymiser la sélection' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '1 dossier anonymisé.' })).toBeVisible();
    await expect(page.getByRole('link', { name: nom })).toHaveCount(0);
  });

  await test.step('sur une fiche : ses données en PDF, puis l’effacement à sa demande', async () => {
    const liste = new PageListeJeunes(page);
    await liste.ouvrir();
    await liste.lignes().first().click();
    await expect(page).toHaveURL(/#\/jeunes\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    const nom = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    const droits = page.getByRole('region', { name: 'Droits du jeune (RGPD)' });
    await droits.scrollIntoViewIfNeeded();
    const telechargement = page.waitForEvent('download');
    await droits.getByRole('button', { name: 'Ses données (PDF lisible)' }).click();
    expect((await telechargement).suggestedFilename()).toMatch(/^donnees-.*\.pdf$/);
    await capturer(page, 'conservation-03-droits-du-jeune', { pleinePage: false });
    await verifierAccessibilite(page);
    await droits.getByRole('button', { name: 'Effacer le dossier' }).click();
    const dialogue = page.getByRole('dialog', { name: /^Effacer le dossier de / });
    await dialogue.getByLabel('Votre mot de passe').fill(MOT_DE_PASSE_DEMO);
    await dialogue.getByRole('button', { name: 'Effacer le dossier' }).click();
    await expect(page).toHaveURL(/#\/jeunes$/);
    // Namesakes may remain: the erased file's own row (the grid names rows by id) must not.
    await liste.rechercher(nom);
    await expect(
      liste.lignes().first().or(page.getByText('Aucun jeune ne correspond à cette recherche.')),
    ).toBeVisible();
    await expect(page.locator(`[role="row"][data-id="${id}"]`)).toHaveCount(0);
  });
});
