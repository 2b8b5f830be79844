/**
 * L'annuaire des partenaires et l'orientation d'un jeune : d'un organisme de formation et de sa
 * session jusqu'à l'entrée en formation, la fiche de liaison, le taux de transformation et les
 * orientations à relancer ; le SIRET refusé, la suppression refusée, la fusion d'un doublon.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { capturer, verifierAccessibilite } from './pages/outils';
import { PageFicheJeune } from './pages/PageFicheJeune';
import { PageFormulaireJeune } from './pages/PageFormulaireJeune';
import { PageFormulairePartenaire, type PartenaireTest } from './pages/PageFormulairePartenaire';
import { PageListePartenaires } from './pages/PageListePartenaires';
import { PageOrientationsARelancer } from './pages/PageOrientationsARelancer';
import { PageOrientationsJeune } from './pages/PageOrientationsJeune';
import { PagePartenaire } from './pages/PagePartenaire';
import { PageSuiviJeune } from './pages/PageSuiviJeune';

const AFPA: PartenaireTest = {
  type: 'Organisme de formation',
  raisonSociale: 'AFPA Bordeaux',
  siret: '732 829 320 00074',
  commune: 'Bordeaux',
  contacts: [{ nom: 'Claire Martin', fonction: 'Chargée de recrutement', telephone: '05 56 00 00 00' }],
};
const SESSION = 'Titre pro agent de restauration';
const FORMATION = 'Formation — Formation qualifiante (plan régional)';

/** JJ/MM/AAAA, `jours` days from today (negative: in the past). */
function dansJours(jours: number): string {
  const d = new Date();
  d.setDate(d.getDate() + jours);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

/** Creates a partner through the form and waits for its page. */
async function creerPartenaire(page: Page, p: PartenaireTest): Promise<void> {
  const formulaire = new PageFormulairePartenaire(page);
  await new PageListePartenaires(page).ouvrir();
  await new PageListePartenaires(page).nouveau();
  await formulaire.remplir(p);
  await formulaire.creer();
  await new PagePartenaire(page).attendre(p.raisonSociale);
}

test('un jeune orienté vers une session de formation y entre : fiche de liaison, taux, relances', async ({ page }) => {
  test.slow();
  const partenaires = new PageListePartenaires(page);
  const partenaire = new PagePartenaire(page);
  const orientations = new PageOrientationsJeune(page);
  const suivi = new PageSuiviJeune(page);
  const aujourdhui = dansJours(0);
  let jeune = '';

  await test.step('un organisme de formation, son contact et sa session', async () => {
    await creerPartenaire(page, AFPA);
    await expect(partenaire.tableau('Contacts')).toContainText('Claire Martin');
    await expect(partenaire.tableau('Contacts')).toContainText('05 56 00 00 00');
    await partenaire.ajouterSession({
      intitule: SESSION,
      dateDebut: dansJours(20),
      dateFin: dansJours(200),
      places: '12',
      financeur: 'Région',
      eligibilite: 'Projet validé, niveau 3 non requis.',
    });
    await expect(partenaire.tableau('Sessions de formation')).toContainText(SESSION);
    await expect(partenaire.tableau('Sessions de formation')).toContainText('Région');
  });

  await test.step('l’annuaire le retrouve par son nom ou son SIRET', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Partenaires' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Partenaires' })).toBeVisible();
    await expect(partenaires.lignes('AFPA Bordeaux')).toContainText('732 829 320 00074');
    await partenaires.rechercher('73282932');
    await expect(partenaires.lignes()).toHaveCount(1);
    await partenaires.rechercher('');
    await capturer(page, 'orientation-01-liste-partenaires');
    await verifierAccessibilite(page);
  });

  await test.step('un jeune est orienté vers la session, il y a trois semaines', async () => {
    // A file of its own: the demo's seeded files already have orientations and situations.
    const formulaire = new PageFormulaireJeune(page);
    await formulaire.ouvrirNouveau();
    await formulaire.remplir({
      nom: 'Orientation-Témoin',
      prenom: 'Maëlys',
      sexe: 'Femme',
      dateNaissance: '14/05/2005',
    });
    await formulaire.creer();
    await new PageFicheJeune(page).attendre('Maëlys Orientation-Témoin');
    jeune = await page.getByRole('heading', { level: 1 }).innerText();
    const dialogue = await orientations.preparer({
      date: dansJours(-21),
      partenaire: 'AFPA Bordeaux',
      session: new RegExp(`^${SESSION}`),
      motif: 'Projet restauration validé en entretien.',
    });
    // Choosing a session makes it a training orientation.
    await expect(orientations.champs(dialogue).liste("Type d'orientation")).toHaveText('Formation');
    await capturer(page, 'orientation-02-dialogue-orientation', { pleinePage: false });
    await verifierAccessibilite(page);
    await dialogue.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialogue).toBeHidden();
    const ligne = orientations.lignes('AFPA Bordeaux');
    await expect(ligne).toContainText('Proposée au jeune');
    await expect(ligne).toContainText(SESSION);
    await orientations.section().scrollIntoViewIfNeeded();
    await capturer(page, 'orientation-02b-orientation-proposee', { pleinePage: false });
  });

  await test.step('sans nouvelles depuis 21 jours, elle est à relancer', async () => {
    const relances = new PageOrientationsARelancer(page);
    await relances.ouvrir();
    const ligne = relances.lignes(jeune);
    await expect(ligne).toContainText('AFPA Bordeaux');
    await expect(ligne).toContainText('Proposée au jeune');
    await expect(ligne).toContainText('21 jours');
    await capturer(page, 'orientation-03-a-relancer');
    await verifierAccessibilite(page);
    await ligne.getByRole('link', { name: jeune }).click();
    await expect(page.getByRole('heading', { level: 1, name: jeune })).toBeVisible();
  });

  await test.step('seules les transitions légales sont proposées, chacune datée', async () => {
    const ligne = orientations.lignes('AFPA Bordeaux');
    await expect(orientations.boutonEtat(ligne, 'Acceptée par le jeune')).toBeVisible();
    await expect(orientations.boutonEtat(ligne, 'Abandonnée')).toBeVisible();
    await expect(orientations.boutonEtat(ligne, 'Retenue par le partenaire')).toHaveCount(0);
    await expect(orientations.boutonEntree(ligne)).toHaveCount(0);

    await orientations.boutonEtat(ligne, 'Acceptée par le jeune').click();
    const dialogue = orientations.dialogue('Nouvel état : Acceptée par le jeune');
    await expect(orientations.champs(dialogue).date("Date de l'état")).toContainText(aujourdhui);
    await dialogue.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(ligne).toContainText('Acceptée par le jeune');

    await orientations.passerA(ligne, 'Transmise au partenaire');
    await expect(orientations.boutonEtat(ligne, 'Acceptée par le jeune')).toHaveCount(0);
    await orientations.passerA(ligne, 'Retenue par le partenaire');
    await expect(ligne).toContainText('Retenue par le partenaire');
    // A training is realised by its entry, never by a bare state change.
    await expect(orientations.boutonEtat(ligne, 'Réalisée')).toHaveCount(0);
    await expect(orientations.boutonEntree(ligne)).toBeVisible();
  });

  await test.step('l’entrée en formation crée la situation, reprise de la session', async () => {
    const ligne = orientations.lignes('AFPA Bordeaux');
    await orientations.boutonEntree(ligne).click();
    const dialogue = orientations.dialogue('Enregistrer l’entrée');
    const champs = orientations.champs(dialogue);
    await expect(champs.texte('Catégorie')).toHaveValue('Formation');
    await expect(champs.liste('Financeur')).toHaveText('Région');
    await expect(champs.texte('Intitulé (poste, formation)')).toHaveValue(SESSION);
    await expect(champs.date('Date de début')).toContainText(aujourdhui);
    await expect(champs.date('Date de fin prévue')).toContainText(dansJours(200));
    await champs.choisir('Sous-type', 'Formation qualifiante (plan régional)');
    await capturer(page, 'orientation-04-dialogue-entree', { pleinePage: false });
    await verifierAccessibilite(page);
    await dialogue.getByRole('button', { name: 'Enregistrer l’entrée' }).click();
    await expect(dialogue).toBeHidden();

    await expect(ligne).toContainText('Réalisée (entrée effective)');
    await expect(orientations.boutonEntree(ligne)).toHaveCount(0);
    await expect(suivi.lignes('Situations', FORMATION)).toContainText('AFPA Bordeaux');
    await expect(suivi.chronologie()).toContainText(`Début de situation : ${FORMATION}`);
    await expect(suivi.situationActuelle()).toContainText('Formation');
    await orientations.section().scrollIntoViewIfNeeded();
    await capturer(page, 'orientation-05-fiche-orientations');
    await verifierAccessibilite(page);
  });

  await test.step('la situation créée nomme son partenaire de l’annuaire', async () => {
    await suivi
      .lignes('Situations', FORMATION)
      .getByRole('button', { name: /^Modifier/ })
      .click();
    const dialogue = suivi.dialogue('Modifier la situation');
    await expect(suivi.champs(dialogue).liste('Partenaire (annuaire)')).toHaveValue('AFPA Bordeaux');
    await dialogue.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialogue).toBeHidden();
  });

  await test.step('la fiche de liaison se télécharge en PDF', async () => {
    const telechargement = page.waitForEvent('download');
    await orientations.boutonFiche(orientations.lignes('AFPA Bordeaux')).click();
    const fichier = await telechargement;
    expect(fichier.suggestedFilename()).toMatch(/^fiche-liaison-.+\.pdf$/);
    const octets = await readFile(await fichier.path());
    expect(octets.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(page.url()).toMatch(/#\/jeunes\//);
  });

  await test.step('le partenaire compte le jeune, réalisé, et un taux de 100 %', async () => {
    await orientations.lignes('AFPA Bordeaux').getByRole('link', { name: 'AFPA Bordeaux' }).click();
    await partenaire.attendre('AFPA Bordeaux');
    const ligne = partenaire.tableau('Jeunes orientés').locator('tbody').getByRole('row');
    await expect(ligne).toHaveCount(1);
    await expect(ligne).toContainText(jeune.split(' ')[0]!);
    await expect(ligne).toContainText('Réalisée');
    await expect(partenaire.orientations()).toContainText(/Taux de transformation : 100\s%/);
    await expect(partenaire.orientations()).toContainText('1 sur 1');
    await capturer(page, 'orientation-06-page-partenaire');
    await verifierAccessibilite(page);
  });

  await test.step('un partenaire lié ne se supprime pas : le refus est expliqué', async () => {
    const dialogue = await partenaire.supprimer();
    await expect(dialogue.getByRole('alert')).toContainText(
      '« AFPA Bordeaux » ne peut pas être supprimé : il est lié à 1 session(s), 1 orientation(s), 1 situation(s) de jeunes.',
    );
    await dialogue.getByRole('button', { name: 'Annuler' }).click();
    await partenaire.attendre('AFPA Bordeaux');
  });
});

test('l’annuaire refuse un SIRET faux ou déjà pris, et fusionne un doublon', async ({ page }) => {
  const formulaire = new PageFormulairePartenaire(page);
  const partenaire = new PagePartenaire(page);
  const partenaires = new PageListePartenaires(page);
  const DUPRE: PartenaireTest = { type: 'Entreprise', raisonSociale: 'Boulangerie Dupré', commune: 'Bordeaux' };

  await test.step('une clé de contrôle fausse : message en français sous le champ, rien n’est créé', async () => {
    await partenaires.ouvrir();
    await partenaires.nouveau();
    await formulaire.remplir({
      ...DUPRE,
      siret: '732 829 320 00075',
      telephone: '12 34',
      contacts: [{ nom: 'Paul Dupré', fonction: 'Gérant', email: 'paul.dupre' }],
    });
    await formulaire.creer();
    await expect(formulaire.siret()).toHaveAccessibleDescription(
      '14 chiffres attendus, avec une clé de contrôle valable.',
    );
    await expect(formulaire.telephone()).toHaveAccessibleDescription(/^Numéro français attendu/);
    await expect(formulaire.contact(1).texte('E-mail')).toHaveAccessibleDescription(
      'Adresse e-mail attendue (nom@domaine.fr).',
    );
    await expect(page).toHaveURL(/#\/partenaires\/nouveau$/);
    await capturer(page, 'orientation-07-formulaire-partenaire-erreurs');
    await verifierAccessibilite(page);
    await formulaire.siret().fill('732 829 320 00074');
    await formulaire.telephone().fill('05 56 00 00 00');
    await formulaire.contact(1).texte('E-mail').fill('paul@dupre.fr');
    await formulaire.creer();
    await partenaire.attendre('Boulangerie Dupré');
    await expect(partenaire.tableau('Contacts')).toContainText('paul@dupre.fr');
  });

  await test.step('le même SIRET une seconde fois : le serveur nomme la fiche qui l’a déjà', async () => {
    await partenaires.ouvrir();
    await partenaires.nouveau();
    await formulaire.remplir({ ...DUPRE, raisonSociale: 'Boulangerie Dupre (doublon)', siret: '73282932000074' });
    await formulaire.creer();
    await expect(formulaire.siret()).toHaveAccessibleDescription('Déjà utilisé par « Boulangerie Dupré ».');
    await formulaire.siret().fill('');
    await formulaire.creer();
    await partenaire.attendre('Boulangerie Dupre (doublon)');
  });

  await test.step('la fusion explique ce qui passe à la fiche gardée, puis le doublon disparaît', async () => {
    await partenaires.ouvrir();
    await partenaires.lignes('Boulangerie Dupré').click();
    await partenaire.attendre('Boulangerie Dupré');
    const dialogue = await partenaire.choisirDoublon('Boulangerie Dupre (doublon)');
    await expect(dialogue).toContainText('passera à « Boulangerie Dupré »');
    await expect(dialogue.getByRole('alert')).toContainText(
      '« Boulangerie Dupre (doublon) » sera supprimé après le transfert de tous ses liens vers « Boulangerie Dupré ».',
    );
    await capturer(page, 'orientation-08-fusion', { pleinePage: false });
    await verifierAccessibilite(page);
    await dialogue.getByRole('button', { name: 'Fusionner' }).click();
    await expect(dialogue).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: 'a été fusionné dans' })).toBeVisible();
    await partenaires.ouvrir();
    await partenaires.rechercher('Boulangerie');
    await expect(partenaires.lignes()).toHaveCount(1);
  });
});
