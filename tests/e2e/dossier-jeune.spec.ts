/**
 * Le dossier d'un jeune de bout en bout, en français : premier lancement et premiers comptes, création,
 * doublon, recherche, modification (signée par la personne connectée).
 */
import { expect, test } from './fixtures';
import { capturer, ilYA } from './pages/outils';
import { creerPremiersComptes, PREMIERS_COMPTES } from './pages/installation';
import { PageFicheJeune } from './pages/PageFicheJeune';
import { PageFormulaireJeune, type JeuneTest } from './pages/PageFormulaireJeune';
import { PageListeJeunes } from './pages/PageListeJeunes';
import { PagePremierLancement } from './pages/PagePremierLancement';

const HELENE: JeuneTest = {
  nom: 'Dupont-Moreau',
  prenom: 'Hélène',
  sexe: 'Femme',
  dateNaissance: '12/03/2006',
  telephone: '0612345678',
  codePostal: '69100',
  commune: 'Villeurbanne',
  niveau: 'Bac validé (IV)',
  qpv: true,
  site: 'Siège – Lyon 3e',
};

test.describe('premier lancement', () => {
  test.use({ donnees: 'vierge' });

  test('du premier lancement à l’historique d’une modification', async ({ page }) => {
    const accueil = new PagePremierLancement(page);
    const formulaire = new PageFormulaireJeune(page);
    const liste = new PageListeJeunes(page);
    const fiche = new PageFicheJeune(page);

    await test.step('la Mission Locale se présente, crée ses premiers comptes et la direction se connecte', async () => {
      await accueil.ouvrir();
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await capturer(page, '01-premier-lancement');
      await accueil.initialiser({ code: 'ML-LYON', nom: 'Mission Locale de Lyon', siege: 'Siège – Lyon 3e' });
      await creerPremiersComptes(page, 'direction');
      await expect(page.getByRole('banner')).toContainText('Mission Locale de Lyon');
      await expect(page.getByRole('heading', { level: 1, name: 'Jeunes' })).toBeVisible();
      await expect(page.getByText('Aucun dossier pour l’instant.')).toBeVisible();
      await capturer(page, '02-liste-vide');
    });

    await test.step('un premier dossier est créé', async () => {
      await page.getByRole('navigation').getByRole('link', { name: 'Nouveau dossier' }).click();
      await formulaire.remplir(HELENE);
      await expect(formulaire.date('Date de premier accueil')).toContainText(ilYA(0));
      await capturer(page, '03-nouveau-dossier');
      await formulaire.creer();
      await fiche.attendre('Hélène Dupont-Moreau');
      await expect(fiche.valeur('Date de naissance')).toHaveText(/^12\/03\/2006 \(\d+ ans\)$/);
      await expect(fiche.valeur('Niveau de formation')).toHaveText('Bac validé (IV)');
      await expect(fiche.valeur('Téléphone')).toHaveText('06 12 34 56 78');
      await expect(fiche.valeur('Site')).toHaveText('Siège – Lyon 3e');
      await expect(fiche.lignesHistorique('Création du dossier')).toHaveCount(1);
      await capturer(page, '04-fiche-jeune');
    });

    await test.step('un second dossier presque identique déclenche l’avertissement de doublon', async () => {
      await formulaire.ouvrirNouveau();
      await formulaire.remplir({ nom: 'DUPONT MOREAU', prenom: 'helene', sexe: 'Femme', dateNaissance: '12/03/2006' });
      await formulaire.creer();
      const dialogue = formulaire.dialogueDoublons();
      await expect(dialogue).toBeVisible();
      await expect(dialogue.getByRole('listitem')).toHaveCount(1);
      await expect(dialogue.getByRole('listitem')).toContainText('Hélène Dupont-Moreau');
      await expect(dialogue.getByRole('listitem')).toContainText('né·e le 12/03/2006 · Villeurbanne');
      await expect(dialogue.getByRole('link', { name: /Ouvrir ce dossier/ })).toBeVisible();
      await expect(dialogue.getByRole('button', { name: 'Créer quand même' })).toBeVisible();
      await capturer(page, '05-doublon', { pleinePage: false });
      await dialogue.getByRole('button', { name: 'Annuler' }).click();
      await expect(dialogue).toBeHidden();
      await expect(page).toHaveURL(/#\/jeunes\/nouveau$/);
    });

    await test.step('la recherche sans accent retrouve « Hélène »', async () => {
      await liste.ouvrir();
      await liste.rechercher('Helene');
      await expect(liste.lignes()).toHaveCount(1);
      await expect(liste.lignes('Hélène')).toContainText('06 12 34 56 78');
      await capturer(page, '06-recherche-sans-accent');
      await liste.ouvrirDossier('Hélène');
      await fiche.attendre('Hélène Dupont-Moreau');
    });

    await test.step('une modification apparaît dans l’historique, ancienne → nouvelle valeur', async () => {
      await fiche.modifier();
      await expect(page.getByRole('heading', { level: 1, name: /^Modifier le dossier de Hélène/ })).toBeVisible();
      await expect(formulaire.texte('Commune')).toHaveValue('Villeurbanne');
      await formulaire.texte('Commune').fill('Lyon');
      await formulaire.choisir('Niveau de formation', 'Bac+2 (III)');
      await capturer(page, '07-modifier-dossier');
      await formulaire.enregistrer();
      await fiche.attendre('Hélène Dupont-Moreau');
      await expect(fiche.valeur('Commune')).toHaveText('Lyon');
      const commune = fiche.lignesHistorique('Commune');
      await expect(commune).toHaveCount(1);
      await expect(commune).toContainText(/Villeurbanne → .*Lyon/);
      await expect(commune).toContainText(`${PREMIERS_COMPTES.direction.prenom} ${PREMIERS_COMPTES.direction.nom}`);
      await expect(fiche.lignesHistorique('Niveau de formation')).toContainText(/Bac validé \(IV\) → .*Bac\+2 \(III\)/);
      await fiche.historique().scrollIntoViewIfNeeded();
      await capturer(page, '08-historique');
    });
  });
});

test.describe('dates refusées', () => {
  test('une date inexistante ou un âge de 10 ans au premier accueil : message en français, rien n’est créé', async ({
    page,
  }) => {
    const formulaire = new PageFormulaireJeune(page);
    await formulaire.ouvrirNouveau();
    await formulaire.remplir({ nom: 'Testeur-Dates', prenom: 'Paulin', sexe: 'Homme', dateNaissance: '31/02/2005' });
    await formulaire.creer();
    await expect(formulaire.date('Date de naissance')).toHaveAccessibleDescription(
      'Date inexistante ou mal écrite (JJ/MM/AAAA).',
    );

    await formulaire.saisirDate('Date de naissance', ilYA(10));
    await formulaire.creer();
    await expect(formulaire.date('Date de naissance')).toHaveAccessibleDescription(
      'Âge au premier accueil de 10 ans : il doit être entre 14 et 30 ans.',
    );
    await expect(page).toHaveURL(/#\/jeunes\/nouveau$/);
    await capturer(page, '09-erreurs-dates');

    // A first reception in the future passes the form but not the server: its message comes back next to the field.
    await formulaire.saisirDate('Date de naissance', '12/03/2010');
    const dansDeuxAns = ilYA(-2);
    await formulaire.saisirDate('Date de premier accueil', dansDeuxAns);
    await expect(formulaire.date('Date de premier accueil')).toContainText(dansDeuxAns);
    await formulaire.creer();
    await expect(formulaire.date('Date de premier accueil')).toHaveAccessibleDescription(
      'Ne peut pas être dans le futur.',
    );
    await expect(page.getByRole('alert')).toContainText('Date de premier accueil');
    await capturer(page, '09b-erreur-serveur');

    const liste = new PageListeJeunes(page);
    await liste.ouvrir();
    await liste.rechercher('Testeur-Dates');
    await expect(page.getByText('Aucun jeune ne correspond à cette recherche.')).toBeVisible();
    await expect(liste.lignes()).toHaveCount(0);
  });
});

test.describe('doublon confirmé', () => {
  test('« Créer quand même » crée un second dossier après avertissement', async ({ page }) => {
    const liste = new PageListeJeunes(page);
    await liste.ouvrir();
    const premiere = liste.lignes().first();
    const [nom, prenom, naissance] = await Promise.all(
      ['nom', 'prenom', 'dateNaissance'].map((champ) => premiere.locator(`[data-field="${champ}"]`).innerText()),
    );

    const formulaire = new PageFormulaireJeune(page);
    await formulaire.ouvrirNouveau();
    // Same person typed differently: upper case, no usage name.
    await formulaire.remplir({
      nom: nom!.replace(/ \(usage : .*\)$/, '').toUpperCase(),
      prenom: prenom!,
      sexe: 'Homme',
      dateNaissance: naissance!,
    });
    await formulaire.creer();
    const dialogue = formulaire.dialogueDoublons();
    await expect(dialogue.getByRole('listitem').first()).toContainText(`né·e le ${naissance}`);
    await dialogue.getByRole('button', { name: 'Créer quand même' }).click();
    await new PageFicheJeune(page).attendre(new RegExp(`^${prenom} `));

    await liste.ouvrir();
    await liste.rechercher(naissance!);
    await expect(liste.lignes(prenom!)).toHaveCount(2);
  });
});
