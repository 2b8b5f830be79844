/** Créer un dossier au clavier seul : Tab, saisie, Entrée, Espace et flèches, sans aucun clic. */
import { expect, test } from './fixtures';
import { aLeFocus, capturer, tabulerJusqua } from './pages/outils';
import { PageFicheJeune } from './pages/PageFicheJeune';
import { PageFormulaireJeune } from './pages/PageFormulaireJeune';
import { PageListeJeunes } from './pages/PageListeJeunes';

test('créer un dossier sans souris', async ({ page }) => {
  const formulaire = new PageFormulaireJeune(page);
  const clavier = page.keyboard;
  await page.goto('/#/jeunes');
  await expect(page.getByRole('heading', { level: 1, name: 'Jeunes' })).toBeFocused();

  await test.step('le lien d’évitement puis la navigation', async () => {
    await tabulerJusqua(page, page.getByRole('link', { name: 'Aller au contenu' }), { arriere: true });
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeVisible();
    await tabulerJusqua(page, page.getByRole('navigation').getByRole('link', { name: 'Nouveau dossier' }));
    await clavier.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Nouveau dossier' })).toBeFocused();
  });

  await test.step('identité', async () => {
    await tabulerJusqua(page, formulaire.texte('Nom de naissance'));
    await clavier.type('Keyboard-Lemaître');
    await clavier.press('Tab');
    await expect(formulaire.texte("Nom d'usage")).toBeFocused();
    await clavier.press('Tab');
    await clavier.type('Anaëlle');
    await clavier.press('Tab');
    await expect(formulaire.liste('Sexe')).toBeFocused();
    await clavier.press('ArrowDown'); // opens the list on the first choice
    await expect(page.getByRole('option', { name: 'Femme' })).toBeFocused();
    await clavier.press('Enter');
    await expect(formulaire.liste('Sexe')).toHaveText('Femme');
    await tabulerJusqua(page, formulaire.date('Date de naissance'));
    await clavier.type('07092004');
  });

  await test.step('situation administrative', async () => {
    await tabulerJusqua(page, formulaire.liste('Niveau de formation'));
    await clavier.press('Enter');
    await expect(page.getByRole('listbox')).toBeVisible();
    // « Non renseigné », then the levels in order: three steps down is « CAP/BEP validé (V) ».
    for (let i = 0; i < 3; i++) await clavier.press('ArrowDown');
    await clavier.press('Enter');
    await expect(formulaire.liste('Niveau de formation')).toHaveText('CAP/BEP validé (V)');
    await tabulerJusqua(page, page.getByRole('switch', { name: 'Résidence en ZRR/FRR' }));
    await clavier.press('Space');
    await expect(page.getByRole('switch', { name: 'Résidence en ZRR/FRR' })).toBeChecked();
  });

  await test.step('coordonnées et suivi', async () => {
    await tabulerJusqua(page, formulaire.texte('Téléphone'));
    await clavier.type('+33 6 98 76 54 32');
    await tabulerJusqua(page, formulaire.texte('Commune'));
    await clavier.type('Saint-Étienne');
    await tabulerJusqua(page, formulaire.liste('Site'));
    await clavier.press('Enter');
    await clavier.press('ArrowDown');
    await clavier.press('Enter');
    await expect(formulaire.liste('Site')).not.toHaveText('');
    await capturer(page, '11-clavier-formulaire');
  });

  await test.step('envoi avec Entrée', async () => {
    const bouton = page.getByRole('button', { name: 'Créer le dossier' });
    await tabulerJusqua(page, bouton);
    expect(await aLeFocus(bouton)).toBe(true);
    await clavier.press('Enter');
    const fiche = new PageFicheJeune(page);
    await fiche.attendre('Anaëlle Keyboard-Lemaître');
    await expect(fiche.valeur('Téléphone')).toHaveText('06 98 76 54 32');
    await expect(fiche.valeur('Résidence en ZRR/FRR')).toHaveText('Oui');
    await expect(fiche.valeur('Niveau de formation')).toHaveText('CAP/BEP validé (V)');
    await capturer(page, '12-clavier-fiche');
  });

  await test.step('retrouver le dossier dans la liste et l’ouvrir avec Entrée', async () => {
    await tabulerJusqua(page, page.getByRole('navigation').getByRole('link', { name: 'Jeunes' }), { arriere: true });
    await clavier.press('Enter');
    const liste = new PageListeJeunes(page);
    await tabulerJusqua(page, liste.champRecherche());
    await clavier.type('anaelle lemaitre');
    await expect(liste.lignes()).toHaveCount(1);
    await tabulerJusqua(page, liste.grille());
    // The grid keeps one tab stop; arrows move inside it, from the headers down to the row.
    await clavier.press('ArrowDown');
    await expect(liste.lignes('Anaëlle').getByRole('gridcell').first()).toBeFocused();
    await clavier.press('Enter');
    await new PageFicheJeune(page).attendre('Anaëlle Keyboard-Lemaître');
  });
});
