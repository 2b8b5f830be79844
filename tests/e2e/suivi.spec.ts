/**
 * Le suivi d'un jeune : contacts, situations, dispositifs, freins et aides, puis leur chronologie,
 * l'historique et l'écran « Derniers contacts ».
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { capturer, ilYA, tabulerJusqua, verifierAccessibilite } from './pages/outils';
import { PageDerniersContacts } from './pages/PageDerniersContacts';
import { PageFicheJeune } from './pages/PageFicheJeune';
import { PageFormulaireJeune, type JeuneTest } from './pages/PageFormulaireJeune';
import { PageSuiviJeune, type Onglet } from './pages/PageSuiviJeune';

const MAELLE: JeuneTest = {
  nom: 'Parcours-Témoin',
  prenom: 'Maëlle',
  sexe: 'Femme',
  dateNaissance: '14/05/2005',
  site: 'Antenne de Libourne',
  referent: 'Karim Benali',
};

/** A chronology item: its date, then its description (amounts hold no-break spaces). */
function element(date: string, description: string): RegExp {
  const echapper = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
  return new RegExp(`^${echapper(date)}\\s*${echapper(description)}$`);
}

/** Creates a file with no follow-up yet and opens it (the demo's seeded files all have one). */
async function ouvrirUnDossier(page: Page): Promise<void> {
  const formulaire = new PageFormulaireJeune(page);
  await formulaire.ouvrirNouveau();
  await formulaire.remplir({ nom: 'Suivi-Témoin', prenom: 'Gaspard', sexe: 'Homme', dateNaissance: '02/02/2004' });
  await formulaire.creer();
  await new PageFicheJeune(page).attendre('Gaspard Suivi-Témoin');
}

// A conseiller, not the youths' référent: the follow-up is open to every adviser of the structure.
test.use({ compte: 'c.durand' });

test('un conseiller suit le parcours d’un jeune, du premier contact à l’historique', async ({ page }) => {
  const formulaire = new PageFormulaireJeune(page);
  const fiche = new PageFicheJeune(page);
  const suivi = new PageSuiviJeune(page);
  const aujourdhui = ilYA(0);

  await test.step('un dossier sans suivi', async () => {
    await formulaire.ouvrirNouveau();
    await formulaire.remplir(MAELLE);
    await formulaire.creer();
    await fiche.attendre('Maëlle Parcours-Témoin');
    await expect(suivi.situationActuelle()).toHaveText('Aucune situation en cours');
    await expect(page.getByText('Rien à afficher pour l’instant : enregistrez un premier contact.')).toBeVisible();
  });

  await test.step('un entretien individuel, envoyé par Entrée depuis le commentaire', async () => {
    const champs = suivi.champsContact();
    await expect(champs.date('Date')).toContainText(aujourdhui);
    await expect(champs.liste('Conseiller·ère')).toHaveText('Karim Benali');
    await expect(champs.liste('Site')).toHaveText('Antenne de Libourne');
    await expect(champs.texte('Commentaire (interne)')).toHaveAccessibleDescription(/^Interne, jamais transmis\./);
    await champs.choisir('Type de contact', 'Entretien individuel');
    await champs.texte('Commentaire (interne)').fill('Point sur la recherche d’emploi.');
    await champs.texte('Commentaire (interne)').press('Enter');
    await expect(suivi.annonce(`Contact enregistré : Entretien individuel du ${aujourdhui}.`)).toBeVisible();
    // Back to the defaults, ready for the next contact.
    await expect(champs.liste('Type de contact')).toBeFocused();
    await expect(champs.liste('Type de contact')).not.toContainText('Entretien');
    await expect(champs.texte('Commentaire (interne)')).toHaveValue('');
    await expect(champs.liste('Conseiller·ère')).toHaveText('Karim Benali');
    await expect(suivi.onglet('Contacts')).toHaveText('Contacts (1)');
    await capturer(page, 'suivi-01-contact-enregistre', { pleinePage: false });
  });

  await test.step('un CDD du 01/10/2025 au 31/03/2026 : emploi durable', async () => {
    const dialogue = await suivi.ajouter('Ajouter une situation', 'Nouvelle situation');
    const champs = suivi.champs(dialogue);
    await champs.choisir('Catégorie', 'Emploi');
    await champs.choisir('Sous-type', 'CDD');
    await champs.saisirDate('Date de début', '01/10/2025');
    await champs.saisirDate('Date de fin prévue', '31/03/2026');
    await champs.texte('Intitulé (poste, formation)').fill('Vendeuse');
    await champs.texte('Employeur, organisme ou CFA (hors annuaire)').fill('Boulangerie Paul');
    await capturer(page, 'suivi-02-situation-cdd', { pleinePage: false });
    await suivi.enregistrer(dialogue);
    await expect(dialogue).toBeHidden();
    await expect(suivi.annonce('Situation ajoutée.')).toBeVisible();
    const ligne = suivi.lignes('Situations', 'Emploi — CDD');
    await expect(ligne).toContainText('Vendeuse · Boulangerie Paul');
    await expect(ligne).toContainText('Emploi durable');
    // Its planned end has passed: it is no longer what Maëlle does.
    await expect(ligne).not.toContainText('En cours');
    await expect(suivi.situationActuelle()).toHaveText('Aucune situation en cours');
  });

  await test.step('un CDI depuis le 01/04/2026 devient la situation actuelle', async () => {
    const dialogue = await suivi.ajouter('Ajouter une situation', 'Nouvelle situation');
    const champs = suivi.champs(dialogue);
    await champs.choisir('Catégorie', 'Emploi');
    await champs.choisir('Sous-type', 'CDI');
    await champs.saisirDate('Date de début', '01/04/2026');
    await suivi.enregistrer(dialogue);
    await expect(dialogue).toBeHidden();
    await expect(suivi.lignes('Situations', 'Emploi — CDI')).toContainText('En cours');
    await expect(suivi.situationActuelle()).toHaveText('Situation actuelle : Emploi — CDI depuis le 01/04/2026');
    await expect(suivi.enTeteSituation()).toContainText('Emploi durable');
    await capturer(page, 'suivi-03-fiche-situation-actuelle');
  });

  await test.step('un frein de mobilité, identifié puis levé', async () => {
    await suivi.ouvrirOnglet('Freins');
    const dialogue = await suivi.ajouter('Ajouter un frein', 'Nouveau frein');
    const champs = suivi.champs(dialogue);
    await champs.choisir('Thème', 'Mobilité');
    await champs.saisirDate("Date d'identification", '15/10/2025');
    await expect(champs.liste('Statut')).toHaveText('Identifié');
    await suivi.enregistrer(dialogue);
    await expect(dialogue).toBeHidden();
    const ligne = suivi.lignes('Freins', 'Mobilité');
    await expect(ligne).toContainText('Identifié');
    await ligne.getByRole('button', { name: 'Marquer levé : Mobilité du 15/10/2025' }).click();
    await expect(suivi.annonce('Frein « Mobilité » levé.')).toBeVisible();
    await expect(ligne).toContainText('Levé');
    await expect(ligne).toContainText(aujourdhui);
    await expect(ligne.getByRole('button', { name: /^Marquer levé/ })).toHaveCount(0);
  });

  await test.step('une aide régionale au permis B de 1 000,00 €', async () => {
    await suivi.ouvrirOnglet('Aides');
    const dialogue = await suivi.ajouter('Ajouter une aide', 'Nouvelle aide financière');
    const champs = suivi.champs(dialogue);
    await champs.choisir("Type d'aide", 'Aide régionale au permis B');
    await champs.texte('Montant (€)').fill('1 000,00');
    await champs.saisirDate('Date de décision', '05/11/2025');
    await suivi.enregistrer(dialogue);
    await expect(dialogue).toBeHidden();
    await expect(suivi.lignes('Aides', 'Aide régionale au permis B')).toContainText(/1\s000,00\s€/);
  });

  await test.step('une entrée en CEJ', async () => {
    await suivi.ouvrirOnglet('Dispositifs');
    const dialogue = await suivi.ajouter('Ajouter un dispositif', 'Nouveau dispositif');
    const champs = suivi.champs(dialogue);
    await champs.choisir('Dispositif', "Contrat d'engagement jeune (CEJ)");
    await champs.saisirDate("Date d'entrée", '02/10/2025');
    await suivi.enregistrer(dialogue);
    await expect(dialogue).toBeHidden();
    await expect(suivi.lignes('Dispositifs', 'CEJ')).toContainText('En cours');
  });

  await test.step('la chronologie range tout, du plus récent au plus ancien', async () => {
    const elements = suivi.chronologie().getByRole('listitem');
    await expect(elements).toHaveText([
      element(aujourdhui, 'Entretien individuel · Karim Benali · Antenne de Libourne'),
      element(aujourdhui, 'Frein « Mobilité » : levé'),
      element('01/04/2026', 'Début de situation : Emploi — CDI'),
      element('05/11/2025', 'Aide financière : Aide régionale au permis B, 1 000,00 €'),
      element('15/10/2025', 'Frein « Mobilité » : identifié'),
      element('02/10/2025', "Entrée en dispositif : Contrat d'engagement jeune (CEJ)"),
      element('01/10/2025', 'Début de situation : Emploi — CDD · Vendeuse · Boulangerie Paul'),
    ]);
    await page.getByRole('heading', { name: 'Chronologie' }).scrollIntoViewIfNeeded();
    await capturer(page, 'suivi-04-chronologie', { pleinePage: false });
    await suivi.filtrerChronologie('Freins');
    await expect(elements).toHaveText([
      element(aujourdhui, 'Frein « Mobilité » : levé'),
      element('15/10/2025', 'Frein « Mobilité » : identifié'),
    ]);
    await suivi.filtrerChronologie('Tout');
    await expect(elements).toHaveCount(7);
  });

  await test.step('l’historique retrace chaque élément, en français', async () => {
    await expect(fiche.lignesHistorique('Ajout')).toHaveCount(6);
    const ajouts = fiche.lignesHistorique('Ajout');
    await expect(ajouts.filter({ hasText: 'Contact' })).toContainText(`Entretien individuel du ${aujourdhui}`);
    await expect(ajouts.filter({ hasText: /^.*Aide/ })).toContainText(/1\s000,00\s€/);
    await expect(ajouts.filter({ hasText: 'Dispositif' })).toContainText("Contrat d'engagement jeune (CEJ)");
    const statut = fiche.lignesHistorique('Statut');
    await expect(statut).toContainText('Frein');
    await expect(statut).toContainText('Mobilité du 15/10/2025');
    await expect(statut).toContainText(/Identifié → .*Levé/);
    await expect(fiche.lignesHistorique('Date du statut')).toContainText(new RegExp(`\\(vide\\) → .*${aujourdhui}`));
    await fiche.historique().scrollIntoViewIfNeeded();
    await capturer(page, 'suivi-05-historique');
  });

  await test.step('la fiche et chaque onglet restent accessibles', async () => {
    for (const onglet of ['Situations', 'Dispositifs', 'Freins', 'Aides', 'Contacts'] satisfies Onglet[]) {
      await suivi.ouvrirOnglet(onglet);
      await expect(suivi.lignes(onglet).first()).toBeVisible();
      await verifierAccessibilite(page);
    }
  });

  await test.step('« Derniers contacts » mène au dossier', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Derniers contacts' }).click();
    const contacts = new PageDerniersContacts(page);
    await contacts.attendre();
    const ligne = contacts.lignes('Maëlle Parcours-Témoin');
    await expect(ligne).toContainText('Entretien individuel');
    await expect(ligne).toContainText('Karim Benali');
    await expect(ligne).toContainText(aujourdhui);
    await verifierAccessibilite(page);
    await contacts.filtrerConseiller('Sophie Morel');
    await expect(contacts.lignes('Maëlle Parcours-Témoin')).toHaveCount(0);
    await contacts.filtrerConseiller('Karim Benali');
    await capturer(page, 'suivi-06-derniers-contacts');
    await contacts.lignes('Maëlle Parcours-Témoin').getByRole('link', { name: 'Maëlle Parcours-Témoin' }).click();
    await fiche.attendre('Maëlle Parcours-Témoin');
  });
});

test('les formulaires guident la saisie et relaient les refus du serveur', async ({ page }) => {
  const suivi = new PageSuiviJeune(page);
  await ouvrirUnDossier(page);

  await test.step('situation : une catégorie obligatoire, et seulement ses sous-types', async () => {
    const dialogue = await suivi.ajouter('Ajouter une situation', 'Nouvelle situation');
    const champs = suivi.champs(dialogue);
    await suivi.enregistrer(dialogue);
    await expect(champs.liste('Catégorie')).toHaveAccessibleDescription('Obligatoire.');
    await expect(champs.liste('Sous-type')).toHaveCount(0);
    await capturer(page, 'suivi-07-situation-erreurs', { pleinePage: false });
    await verifierAccessibilite(page);

    await champs.choisir('Catégorie', 'Emploi');
    expect(await champs.options('Sous-type')).toEqual([
      'CDI',
      'CDD',
      'Intérim',
      'Saisonnier',
      'Contrat aidé',
      "Insertion par l'activité économique",
      'Fonction publique',
      "Création d'entreprise",
      'Autre',
    ]);
    await champs.choisir('Sous-type', 'CDD');
    await champs.choisir('Catégorie', 'Contrat en alternance');
    await expect(champs.liste('Sous-type')).not.toContainText('CDD');
    expect(await champs.options('Sous-type')).toEqual(["Contrat d'apprentissage", 'Contrat de professionnalisation']);
    await champs.choisir('Catégorie', 'Immersion en entreprise');
    await expect(champs.liste('Sous-type')).toHaveCount(0);
    await expect(champs.liste('Financeur')).toHaveCount(0);
  });

  await test.step('une formation sans financeur : message sous le champ', async () => {
    const dialogue = suivi.dialogue('Nouvelle situation');
    const champs = suivi.champs(dialogue);
    await champs.choisir('Catégorie', 'Formation');
    await champs.choisir('Sous-type', 'École de la 2e chance');
    await suivi.enregistrer(dialogue);
    await expect(champs.liste('Financeur')).toHaveAccessibleDescription('Obligatoire pour une formation.');
    await capturer(page, 'suivi-08-formation-sans-financeur', { pleinePage: false });
    await verifierAccessibilite(page);
    await champs.choisir('Financeur', 'Région');
    await suivi.enregistrer(dialogue);
    await expect(dialogue).toBeHidden();
    await expect(suivi.lignes('Situations', 'Formation — École de la 2e chance')).toContainText('Région');
    await expect(suivi.situationActuelle()).toHaveText(
      `Situation actuelle : Formation — École de la 2e chance depuis le ${ilYA(0)}`,
    );
  });

  await test.step('frein levé : la date du statut devient obligatoire', async () => {
    await suivi.ouvrirOnglet('Freins');
    const dialogue = await suivi.ajouter('Ajouter un frein', 'Nouveau frein');
    const champs = suivi.champs(dialogue);
    const libelleDate = dialogue.locator('label', { hasText: 'Date du statut' });
    await expect(libelleDate).not.toContainText('*');
    await champs.choisir('Thème', 'Logement');
    await champs.choisir('Statut', 'Levé');
    await expect(libelleDate).toContainText('*');
    await suivi.enregistrer(dialogue);
    await expect(champs.date('Date du statut')).toHaveAccessibleDescription(
      'Obligatoire quand le frein est levé ou non levé.',
    );
    await capturer(page, 'suivi-09-frein-erreurs', { pleinePage: false });
    await verifierAccessibilite(page);
    await dialogue.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialogue).toBeHidden();
  });

  await test.step('aide : un montant en euros', async () => {
    await suivi.ouvrirOnglet('Aides');
    const dialogue = await suivi.ajouter('Ajouter une aide', 'Nouvelle aide financière');
    const champs = suivi.champs(dialogue);
    await expect(champs.texte('Montant (€)')).toHaveAccessibleDescription('ex. 1 000,00');
    await champs.texte('Montant (€)').fill('mille');
    await suivi.enregistrer(dialogue);
    await expect(champs.liste("Type d'aide")).toHaveAccessibleDescription('Obligatoire.');
    await expect(champs.texte('Montant (€)')).toHaveAccessibleDescription(
      'Montant en euros attendu, positif, 2 décimales au plus (ex. 1000,00).',
    );
    await capturer(page, 'suivi-10-aide-erreurs', { pleinePage: false });
    await verifierAccessibilite(page);
    await dialogue.getByRole('button', { name: 'Annuler' }).click();
    await expect(suivi.onglet('Aides')).toHaveText('Aides (0)');
  });

  await test.step('un second CEJ ouvert est refusé par le serveur', async () => {
    await suivi.ouvrirOnglet('Dispositifs');
    const premier = await suivi.ajouter('Ajouter un dispositif', 'Nouveau dispositif');
    await suivi.champs(premier).choisir('Dispositif', "Contrat d'engagement jeune (CEJ)");
    await suivi.champs(premier).saisirDate("Date d'entrée", '02/10/2025');
    await suivi.enregistrer(premier);
    await expect(premier).toBeHidden();

    const second = await suivi.ajouter('Ajouter un dispositif', 'Nouveau dispositif');
    const champs = suivi.champs(second);
    await champs.choisir('Dispositif', "Contrat d'engagement jeune (CEJ)");
    await champs.saisirDate("Date d'entrée", '01/11/2025');
    await suivi.enregistrer(second);
    await expect(second.getByRole('alert')).toHaveText(
      "Le jeune est déjà en Contrat d'engagement jeune (CEJ) depuis le 02/10/2025 : enregistrez d'abord la sortie de ce dispositif.",
    );
    await capturer(page, 'suivi-11-cej-refuse', { pleinePage: false });
    await verifierAccessibilite(page);
    await second.getByRole('button', { name: 'Annuler' }).click();
    await expect(suivi.onglet('Dispositifs')).toHaveText('Dispositifs (1)');
  });
});

test('modifier puis supprimer un dispositif, après confirmation', async ({ page }) => {
  const fiche = new PageFicheJeune(page);
  const suivi = new PageSuiviJeune(page);
  await ouvrirUnDossier(page);
  await suivi.ouvrirOnglet('Dispositifs');
  const ajout = await suivi.ajouter('Ajouter un dispositif', 'Nouveau dispositif');
  await suivi.champs(ajout).choisir('Dispositif', 'PACEA');
  await suivi.champs(ajout).saisirDate("Date d'entrée", '01/09/2025');
  await suivi.enregistrer(ajout);
  await expect(ajout).toBeHidden();

  await test.step('la modification reprend les valeurs et se lit dans l’historique', async () => {
    await suivi.lignes('Dispositifs', 'PACEA').getByRole('button', { name: 'Modifier : PACEA du 01/09/2025' }).click();
    const dialogue = suivi.dialogue('Modifier le dispositif');
    const champs = suivi.champs(dialogue);
    await expect(champs.liste('Dispositif')).toHaveText('PACEA');
    await expect(champs.date("Date d'entrée")).toContainText('01/09/2025');
    await champs.saisirDate('Date de sortie', '30/09/2025');
    await verifierAccessibilite(page);
    await suivi.enregistrer(dialogue);
    await expect(dialogue).toBeHidden();
    await expect(suivi.annonce('Dispositif modifié.')).toBeVisible();
    await expect(suivi.lignes('Dispositifs', 'PACEA')).toContainText('30/09/2025');
    await expect(suivi.lignes('Dispositifs', 'PACEA')).not.toContainText('En cours');
    const sortie = fiche.lignesHistorique('Date de sortie');
    await expect(sortie).toContainText('Dispositif');
    await expect(sortie).toContainText('PACEA du 01/09/2025');
    await expect(sortie).toContainText(/\(vide\) → .*30\/09\/2025/);
  });

  await test.step('la suppression demande confirmation, puis s’inscrit dans l’historique', async () => {
    const supprimer = suivi
      .lignes('Dispositifs', 'PACEA')
      .getByRole('button', { name: 'Supprimer : PACEA du 01/09/2025' });
    await supprimer.click();
    const dialogue = suivi.dialogue('Supprimer ce dispositif ?');
    await expect(dialogue).toContainText('PACEA du 01/09/2025');
    await expect(dialogue.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await capturer(page, 'suivi-12-suppression', { pleinePage: false });
    await verifierAccessibilite(page);
    await dialogue.getByRole('button', { name: 'Annuler' }).click();
    await expect(suivi.lignes('Dispositifs', 'PACEA')).toHaveCount(1);

    await supprimer.click();
    await dialogue.getByRole('button', { name: 'Supprimer' }).click();
    await expect(dialogue).toBeHidden();
    await expect(suivi.annonce('Dispositif supprimé.')).toBeVisible();
    await expect(page.getByText('Aucun dispositif enregistré.')).toBeVisible();
    await expect(suivi.onglet('Dispositifs')).toHaveText('Dispositifs (0)');
    await expect(page.getByRole('button', { name: 'Ajouter un dispositif' })).toBeFocused();
    await expect(fiche.lignesHistorique('Suppression')).toContainText('Dispositif');
  });
});

test('saisir des contacts au clavier seul', async ({ page }) => {
  const suivi = new PageSuiviJeune(page);
  const clavier = page.keyboard;
  await ouvrirUnDossier(page);
  const champs = suivi.champsContact();

  await test.step('sans type, Entrée le réclame sous le champ', async () => {
    await tabulerJusqua(page, champs.texte('Commentaire (interne)'));
    await clavier.press('Enter');
    await expect(champs.liste('Type de contact')).toHaveAccessibleDescription('Obligatoire.');
    await expect(champs.liste('Type de contact')).toBeFocused();
    await capturer(page, 'suivi-00-contact-erreurs', { pleinePage: false });
    await verifierAccessibilite(page);
  });

  await test.step('type choisi aux flèches, commentaire sur deux lignes, Entrée envoie', async () => {
    await tabulerJusqua(page, champs.liste('Type de contact'));
    await clavier.press('ArrowDown'); // opens the list on the first type
    await expect(page.getByRole('option', { name: 'Entretien individuel' })).toBeFocused();
    for (let i = 0; i < 4; i++) await clavier.press('ArrowDown');
    await clavier.press('Enter');
    await expect(champs.liste('Type de contact')).toHaveText('Contact téléphonique');
    await tabulerJusqua(page, champs.texte('Commentaire (interne)'));
    await clavier.type('Rappel demain.');
    await clavier.press('Shift+Enter');
    await clavier.type('Apporter le CV.');
    await expect(champs.texte('Commentaire (interne)')).toHaveValue('Rappel demain.\nApporter le CV.');
    await clavier.press('Enter');
    await expect(suivi.annonce(/^Contact enregistré : Contact téléphonique du/)).toBeVisible();
    await expect(champs.liste('Type de contact')).toBeFocused();
  });

  await test.step('le suivant, envoyé depuis la date', async () => {
    await clavier.press('ArrowDown');
    await clavier.press('Enter');
    await expect(champs.liste('Type de contact')).toHaveText('Entretien individuel');
    // Back past the calendar button (Enter there opens the calendar) to the date's sections.
    await tabulerJusqua(page, champs.date('Date').getByRole('spinbutton', { name: 'Jour' }), { arriere: true });
    await clavier.press('Enter');
    await expect(suivi.onglet('Contacts')).toHaveText('Contacts (2)');
    await expect(champs.liste('Type de contact')).toBeFocused();
    await suivi.ouvrirOnglet('Contacts');
    await expect(suivi.lignes('Contacts', 'Contact téléphonique')).toContainText('Rappel demain.');
    await capturer(page, 'suivi-13-clavier');
  });

  await test.step('un contact se corrige dans l’onglet Contacts', async () => {
    const ligne = suivi.lignes('Contacts', 'Contact téléphonique');
    await ligne.getByRole('button', { name: /^Modifier : Contact téléphonique du/ }).click();
    const dialogue = suivi.dialogue('Modifier le contact');
    const champs = suivi.champs(dialogue);
    await expect(champs.texte('Commentaire (interne)')).toHaveValue('Rappel demain.\nApporter le CV.');
    await expect(champs.texte('Commentaire (interne)')).toHaveAccessibleDescription('Interne, jamais transmis.');
    await champs.choisir('Type de contact', 'Courrier, e-mail, SMS');
    await verifierAccessibilite(page);
    await suivi.enregistrer(dialogue);
    await expect(dialogue).toBeHidden();
    await expect(suivi.lignes('Contacts', 'Courrier, e-mail, SMS')).toContainText('Apporter le CV.');
    await expect(new PageFicheJeune(page).lignesHistorique('Type de contact')).toContainText(
      /Contact téléphonique → .*Courrier, e-mail, SMS/,
    );
  });
});
