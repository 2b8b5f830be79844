/**
 * La direction pilote : contrôle de qualité de l'année passée, correction d'un dossier de la liste,
 * export du paquet Région avec son mot de passe (ZIP de 4 fichiers), tableau de bord et objectifs.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { MOT_DE_PASSE_DEMO } from '../../electron/core/demo/demo';
import { expect, test } from './fixtures';
import { BarreSession } from './pages/BarreSession';
import { capturer, verifierAccessibilite } from './pages/outils';
import { PageFicheJeune } from './pages/PageFicheJeune';
import { PageFormulaireJeune } from './pages/PageFormulaireJeune';
import { PagePaquetRegion } from './pages/PagePaquetRegion';

const SANS_NIVEAU = 'Jeunes accompagnés sans niveau de formation';
/** ControleQualite's page size (the renderer's module is not imported by the tests' runner). */
const DOSSIERS_PAR_PAGE = 10;
const ANNEE = String(new Date().getFullYear() - 1);

test('la direction contrôle, corrige un dossier et exporte le paquet Région', async ({ page }) => {
  const assistant = new PagePaquetRegion(page);
  await page.goto('/');
  await assistant.ouvrir();
  let avant = 0;

  await test.step('le contrôle de l’année passée donne les comptes et la liste des dossiers', async () => {
    await assistant.controler();
    avant = Number(await assistant.compte(SANS_NIVEAU).innerText());
    expect(avant).toBeGreaterThan(0);
    // The list comes a page at a time, this check's files first.
    await expect(assistant.dossiers(SANS_NIVEAU)).toHaveCount(Math.min(avant, DOSSIERS_PAR_PAGE));
    await capturer(page, 'pilotage-01-qualite');
    await verifierAccessibilite(page);
  });

  await test.step('un dossier de la liste est ouvert et son niveau renseigné', async () => {
    await assistant.dossiers(SANS_NIVEAU).first().click();
    const fiche = new PageFicheJeune(page);
    await fiche.attendre(/./);
    await fiche.modifier();
    const formulaire = new PageFormulaireJeune(page);
    await formulaire.choisir('Niveau de formation', 'Bac validé (IV)');
    await formulaire.enregistrer();
    await expect(fiche.valeur('Niveau de formation')).toHaveText('Bac validé (IV)');
  });

  await test.step('de retour, la liste est toujours là ; relancé, le compte a baissé d’un', async () => {
    await assistant.ouvrir();
    await expect(assistant.compte(SANS_NIVEAU)).toHaveText(String(avant));
    await expect(assistant.dossiers(SANS_NIVEAU).first()).toBeVisible();
    await assistant.controler();
    await expect(assistant.compte(SANS_NIVEAU)).toHaveText(String(avant - 1));
    await page.getByRole('button', { name: 'Continuer vers l’export' }).click();
  });

  await test.step('un mauvais mot de passe est refusé, le bon produit le paquet', async () => {
    const champ = page.getByRole('textbox', { name: 'Votre mot de passe' });
    await champ.fill('pas le bon');
    await page.getByRole('button', { name: 'Produire le paquet' }).click();
    await expect(champ).toHaveAccessibleDescription('Mot de passe incorrect.');
    await verifierAccessibilite(page);
    await champ.fill(MOT_DE_PASSE_DEMO);
    await page.getByRole('button', { name: 'Produire le paquet' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Paquet ${ANNEE} produit` })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByRole('table', { name: 'Contenu du paquet (manifeste)' }).getByRole('row')).toHaveCount(4);
    await capturer(page, 'pilotage-02-paquet');
    await verifierAccessibilite(page);
  });

  await test.step('le ZIP téléchargé contient les 4 fichiers', async () => {
    const telechargement = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Télécharger indicateurs-.*\.zip$/ }).click();
    const fichier = await telechargement;
    expect(fichier.suggestedFilename()).toMatch(new RegExp(`^indicateurs-.*-${ANNEE}\\.zip$`));
    const noms = Object.keys(unzipSync(readFileSync(await fichier.path())))
      .map((n) => n.split('/').pop())
      .filter(Boolean)
      .sort();
    expect(noms).toEqual(['indicateurs.csv', 'indicateurs.xlsx', 'manifest.json', 'synthese.pdf']);
  });
});

test('le tableau de bord montre les chiffres, leur évolution et la progression vers un objectif', async ({ page }) => {
  await page.goto('/');
  await new BarreSession(page).aller('Tableau de bord');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  const evolution = page.getByRole('region', { name: 'Évolution mensuelle' });
  await expect(evolution.locator('svg path').first()).toBeVisible();
  const chiffres = page.getByRole('region', { name: 'Chiffres clés' });
  await expect(chiffres.getByRole('article')).toHaveCount(8);
  await expect(chiffres.getByRole('article', { name: 'Jeunes entrés en emploi (accompagnés)' })).toBeVisible();

  await test.step('un objectif invalide est nommé, un objectif valide montre sa progression', async () => {
    await page.getByRole('button', { name: 'Saisir les objectifs' }).click();
    const dialogue = page.getByRole('dialog', { name: `Objectifs ${ANNEE}` });
    const premier = dialogue.getByRole('textbox').first();
    await premier.fill('beaucoup');
    await expect(premier).toHaveAccessibleDescription(/: un nombre entier positif ou nul est attendu\.$/);
    await premier.fill('900');
    await dialogue.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialogue).toHaveCount(0);
    await expect(page.getByRole('progressbar')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Objectifs de la convention' })).toContainText(/sur 900 \(\d+ %\)/);
  });
  await capturer(page, 'pilotage-03-tableau-de-bord');
  await verifierAccessibilite(page);
});
