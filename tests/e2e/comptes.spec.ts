/**
 * Comptes, rôles, verrouillage et journal d'audit : les premiers comptes d'une installation neuve, la
 * connexion refusée puis ralentie, le verrouillage après inactivité, la santé réservée au ou à la
 * référent·e et à la direction, « qui a consulté ce dossier », la chaîne d'audit, et un compte créé
 * par l'administration.
 */
import type { Page } from '@playwright/test';
import { MOT_DE_PASSE_DEMO } from '../../electron/core/demo/demo';
import { connecter, expect, test } from './fixtures';
import { BarreSession } from './pages/BarreSession';
import { Champs } from './pages/Champs';
import { PREMIERS_COMPTES } from './pages/installation';
import { capturer, verifierAccessibilite } from './pages/outils';
import { PageAudit } from './pages/PageAudit';
import { PageComptes } from './pages/PageComptes';
import { PageConnexion } from './pages/PageConnexion';
import { PageFicheJeune } from './pages/PageFicheJeune';
import { PageFormulaireJeune, type JeuneTest } from './pages/PageFormulaireJeune';
import { PageListeJeunes } from './pages/PageListeJeunes';
import { PagePremierLancement } from './pages/PagePremierLancement';
import { PagePremiersComptes } from './pages/PagePremiersComptes';
import { PageSuiviJeune } from './pages/PageSuiviJeune';
import { PageVerrouillage } from './pages/PageVerrouillage';

const REFUS = 'Identifiant ou mot de passe incorrect.';

/** Whether a request is a call of `canal` (the client encodes its name in the path: `session%3Aouvrir`). */
function estAppel(url: string, canal: string): boolean {
  return decodeURIComponent(new URL(url).pathname) === `/api/${canal}`;
}

/** Sends the login form and waits for the core's answer (the same message may already be shown). */
async function essayer(page: Page, login: string, motDePasse: string): Promise<void> {
  await Promise.all([
    page.waitForResponse((r) => estAppel(r.url(), 'session:ouvrir')),
    new PageConnexion(page).seConnecter(login, motDePasse),
  ]);
}

test.describe('installation neuve', () => {
  test.use({ donnees: 'vierge' });

  test('structure, premiers comptes, connexion refusée puis réussie', async ({ page }) => {
    const premiers = new PagePremiersComptes(page);
    const connexion = new PageConnexion(page);
    const { administrateur, direction } = PREMIERS_COMPTES;
    const accueil = new PagePremierLancement(page);
    await accueil.ouvrir();
    await accueil.initialiser({ code: 'ML-SUD', nom: 'Mission Locale du Sud', siege: 'Siège – Pau' });

    await test.step('les premiers comptes, avec la règle des mots de passe', async () => {
      await premiers.attendre();
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.getByText(/^Chaque mot de passe compte 12 caractères au moins/)).toBeVisible();
      await expect(premiers.champ('Compte administrateur', 'Mot de passe')).toHaveAccessibleDescription(
        '12 caractères au moins. Une phrase de passe est bienvenue.',
      );
      await capturer(page, 'comptes-01-premiers-comptes');
      await verifierAccessibilite(page);
    });

    await test.step('une confirmation différente, puis un mot de passe trop court refusé par le cœur', async () => {
      await premiers.remplir('Compte administrateur', { ...administrateur, motDePasse: 'court' });
      await premiers.remplir('Compte de direction', direction, 'une autre phrase');
      await premiers.creer();
      const confirmation = premiers.champ('Compte de direction', 'Confirmation du mot de passe');
      await expect(confirmation).toHaveAccessibleDescription('Ne correspond pas au mot de passe saisi.');
      await confirmation.fill(direction.motDePasse);
      await premiers.creer();
      await expect(premiers.champ('Compte administrateur', 'Mot de passe')).toHaveAccessibleDescription(
        '12 caractères au moins (une phrase de passe est bienvenue).',
      );
      await expect(page.getByRole('alert')).toContainText(
        'Compte administrateur — Mot de passe : 12 caractères au moins (une phrase de passe est bienvenue).',
      );
      await capturer(page, 'comptes-02-premiers-comptes-erreurs');
      await verifierAccessibilite(page);
      await premiers.remplir('Compte administrateur', administrateur);
      await premiers.creer();
    });

    await test.step('une connexion refusée, en français', async () => {
      await expect(connexion.titre()).toBeVisible();
      await expect(page.getByRole('banner')).toContainText('Mission Locale du Sud');
      await capturer(page, 'comptes-03-connexion');
      await verifierAccessibilite(page);
      await essayer(page, direction.login, 'pas le bon mot de passe');
      await expect(page.getByRole('alert')).toHaveText(REFUS);
      await expect(connexion.motDePasse()).toHaveValue('');
      await expect(connexion.motDePasse()).toHaveAccessibleDescription(REFUS);
      await capturer(page, 'comptes-04-connexion-refusee');
      await verifierAccessibilite(page);
    });

    await test.step('la direction se connecte et voit ses écrans', async () => {
      await connexion.seConnecter(direction.login, direction.motDePasse);
      await expect(page.getByRole('heading', { level: 1, name: 'Jeunes' })).toBeVisible();
      const barre = new BarreSession(page);
      expect(await barre.rubriques()).toEqual([
        'Jeunes',
        'Nouveau dossier',
        'Derniers contacts',
        'Partenaires',
        'À relancer',
        'Repérages',
      ]);
      expect(await barre.pilotage()).toEqual([
        'Tableau de bord',
        'Paquet Région',
        'Comptes',
        'Journal d’audit',
        'Import',
        'Conservation',
        'Sauvegardes',
      ]);
      await expect(barre.menu(/Béatrice Lemoine/)).toContainText('Direction');
    });
  });
});

test.describe('sans session ouverte', () => {
  test.use({ compte: null });

  test('des échecs répétés : le cœur fait patienter avant l’essai suivant', async ({ page }) => {
    await new PageConnexion(page).ouvrir();
    const alerte = page.getByRole('alert');
    // From the third failure each attempt waits longer: an attempt made at once is turned away.
    let message = '';
    for (let essai = 1; essai <= 6 && !message.startsWith('Trop'); essai++) {
      await essayer(page, 'k.benali', `mauvais essai ${essai}`);
      message = await alerte.innerText();
      if (essai <= 3) expect(message).toBe(REFUS);
    }
    await expect(alerte).toHaveText(/^Trop d’essais : patientez \d+ seconde\(s\) avant de réessayer\.$/);
    await capturer(page, 'comptes-05-connexion-ralentie');
  });
});

test.describe('conseiller connecté', () => {
  test.use({ compte: 'c.durand' });

  test('verrouillage après inactivité (horloge simulée), puis déverrouillage sans rien perdre', async ({ page }) => {
    await page.clock.install();
    const signaux: string[] = [];
    page.on('request', (r) => {
      if (estAppel(r.url(), 'session:activite')) signaux.push(r.url());
    });
    const liste = new PageListeJeunes(page);
    const verrou = new PageVerrouillage(page);
    await liste.ouvrir();

    await test.step('l’activité est signalée au cœur une fois par minute au plus', async () => {
      await liste.rechercher('Martin');
      await page.getByRole('heading', { level: 1, name: 'Jeunes' }).click();
      await liste.rechercher('Martin Léa');
      expect(signaux).toHaveLength(0);
      await page.clock.runFor(60_000);
      await expect.poll(() => signaux.length).toBe(1);
    });

    await test.step('dix minutes sans geste : l’écran se verrouille et masque les données', async () => {
      await page.clock.fastForward('11:00');
      await expect(verrou.dialogue()).toBeVisible();
      await expect(verrou.dialogue()).toContainText('Camille Durand (Conseiller·ère)');
      await expect(page.getByRole('grid', { name: 'Jeunes' })).toHaveCount(0);
      await expect(verrou.motDePasse()).toBeFocused();
      await capturer(page, 'comptes-06-session-verrouillee');
      await verifierAccessibilite(page);
      // The core locked the session too: a reload does not open it.
      await page.reload();
      await expect(verrou.dialogue()).toBeVisible();
    });

    await test.step('un mauvais mot de passe, puis le bon', async () => {
      await verrou.deverrouiller('ce n’est pas lui');
      await expect(verrou.dialogue().getByRole('alert')).toHaveText('Mot de passe incorrect.');
      await verrou.deverrouiller(MOT_DE_PASSE_DEMO);
      await expect(verrou.dialogue()).toBeHidden();
      await expect(page.getByRole('grid', { name: 'Jeunes' })).toBeVisible();
    });

    await test.step('« Verrouiller » à la main garde l’écran en l’état ; « Se déconnecter » ramène à la connexion', async () => {
      await liste.rechercher('Martin');
      await new BarreSession(page).verrouiller();
      await expect(verrou.dialogue()).toBeVisible();
      await verrou.deverrouiller(MOT_DE_PASSE_DEMO);
      await expect(verrou.dialogue()).toBeHidden();
      await expect(liste.champRecherche()).toHaveValue('Martin');
      await new BarreSession(page).verrouiller();
      await verrou.seDeconnecter();
      await expect(new PageConnexion(page).titre()).toBeVisible();
    });
  });

  test('la santé est réservée au référent et à la direction, qui voit qui l’a consultée', async ({ page }) => {
    test.slow();
    const fiche = new PageFicheJeune(page);
    const liste = new PageListeJeunes(page);
    const barre = new BarreSession(page);
    const ines: JeuneTest = {
      nom: 'Confidentiel-Témoin',
      prenom: 'Inès',
      sexe: 'Femme',
      dateNaissance: '03/04/2006',
      site: 'Antenne de Libourne',
      referent: 'Camille Durand',
    };
    const ouvrirInes = async () => {
      await liste.ouvrir();
      await liste.rechercher(ines.nom);
      await liste.ouvrirDossier(ines.nom);
      await fiche.attendre('Inès Confidentiel-Témoin');
    };

    await test.step('la référente note un frein de santé', async () => {
      const formulaire = new PageFormulaireJeune(page);
      await formulaire.ouvrirNouveau();
      await formulaire.remplir(ines);
      await formulaire.creer();
      await fiche.attendre('Inès Confidentiel-Témoin');
      await expect(fiche.sectionSante()).toContainText('Aucun frein de santé identifié.');
      const suivi = new PageSuiviJeune(page);
      const dialogue = await suivi.ajouter('Ajouter un frein de santé', 'Nouveau frein de santé');
      await expect(suivi.champs(dialogue).liste('Thème')).toHaveText('Santé');
      await suivi.champs(dialogue).texte('Actions engagées').fill('Orientée vers le centre médico-psychologique.');
      await suivi.enregistrer(dialogue);
      await expect(suivi.annonce('Frein de santé ajouté.')).toBeVisible();
      await expect(fiche.freinsSante().locator('tbody').getByRole('row')).toHaveCount(1);
      await expect(fiche.freinsSante()).toContainText('Orientée vers le centre médico-psychologique.');
      // The follow-up's own barriers offer every theme but health, which has its own section.
      await suivi.ouvrirOnglet('Freins');
      const general = await suivi.ajouter('Ajouter un frein', 'Nouveau frein');
      expect(await suivi.champs(general).options('Thème')).not.toContain('Santé');
      await general.getByRole('button', { name: 'Annuler' }).click();
      await fiche.sectionSante().scrollIntoViewIfNeeded();
      await capturer(page, 'comptes-07-fiche-confidentiel-autorise');
      await verifierAccessibilite(page);
    });

    await test.step('un autre conseiller ne voit pas la santé de ce dossier', async () => {
      await barre.seDeconnecter(/Camille Durand/);
      await connecter(page, 'k.benali');
      await ouvrirInes();
      await expect(fiche.sectionSante()).toContainText(
        'Informations réservées au ou à la référent·e et à la direction.',
      );
      await expect(fiche.freinsSante()).toHaveCount(0);
      await expect(page.getByText('centre médico-psychologique')).toHaveCount(0);
      await expect(fiche.consultations()).toHaveCount(0);
      await fiche.sectionSante().scrollIntoViewIfNeeded();
      await capturer(page, 'comptes-08-fiche-confidentiel-refuse');
      await verifierAccessibilite(page);
    });

    await test.step('la direction voit qui a consulté le dossier et donne l’accès au conseiller', async () => {
      await barre.seDeconnecter(/Karim Benali/);
      await connecter(page, 'a.petit');
      await ouvrirInes();
      await expect(fiche.freinsSante()).toContainText('Orientée vers le centre médico-psychologique.');
      const lecture = fiche
        .consultations()
        .getByRole('row')
        .filter({ hasText: 'Consultation des informations sensibles' });
      await expect(lecture.filter({ hasText: 'Camille Durand' }).first()).toBeVisible();
      // A refused read shows nothing and reads nothing: it is not in the list.
      await expect(fiche.consultations().getByRole('row').filter({ hasText: 'Karim Benali' })).toHaveCount(0);

      const donnerAcces = async (nom: string) => {
        await new Champs(page, fiche.acces()).choisir('Conseiller·ère', nom);
        await fiche.acces().getByRole('button', { name: 'Donner l’accès' }).click();
        await expect(page.getByRole('alert').filter({ hasText: `Accès donné à ${nom}.` })).toBeVisible();
      };
      await donnerAcces('Sophie Morel');
      await donnerAcces('Karim Benali');
      await expect(fiche.acces().getByRole('table').locator('tbody').getByRole('row')).toHaveCount(2);
      await fiche.acces().getByRole('button', { name: 'Retirer l’accès : Sophie Morel' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Accès retiré à Sophie Morel.' })).toBeVisible();
      await expect(fiche.acces().getByRole('table').locator('tbody').getByRole('row')).toHaveCount(1);
      await expect(fiche.acces().getByRole('table')).toContainText('Karim Benali');
      await expect(
        fiche
          .consultations()
          .getByRole('row')
          .filter({ hasText: 'Accès aux informations confidentielles accordé à k.benali' }),
      ).toContainText('Changement de droits');
      await fiche.consultations().scrollIntoViewIfNeeded();
      await capturer(page, 'comptes-09-qui-a-consulte');
      await verifierAccessibilite(page);
    });

    await test.step('la direction vérifie la chaîne du journal d’audit', async () => {
      const audit = new PageAudit(page);
      await audit.ouvrir();
      await expect(audit.resultat()).toHaveText(/^Chaîne intacte \(\d+ entrées\)$/);
      await audit.verifier();
      await expect(audit.resultat()).toHaveText(/^Chaîne intacte \(\d+ entrées\)$/);
      await capturer(page, 'comptes-10-journal-audit');
      await verifierAccessibilite(page);
      // DIRECTION views the accounts but does not create them.
      await new PageComptes(page).ouvrir();
      await expect(page.getByText(/^La direction consulte les comptes/)).toBeVisible();
      await expect(new PageComptes(page).formulaireCreation()).toHaveCount(0);
    });

    await test.step('avec l’accès donné, le conseiller voit la santé', async () => {
      await barre.seDeconnecter(/Anne Petit/);
      await connecter(page, 'k.benali');
      await ouvrirInes();
      await expect(fiche.freinsSante()).toContainText('Orientée vers le centre médico-psychologique.');
    });
  });
});

test.describe('administration connectée', () => {
  test.use({ compte: 'admin' });

  test('l’administration crée un compte, qui se connecte aussitôt avec les écrans de son rôle', async ({ page }) => {
    test.slow();
    const comptes = new PageComptes(page);
    const barre = new BarreSession(page);
    const nouvelle = {
      prenom: 'Nadège',
      nom: 'Fontaine',
      login: 'n.fontaine',
      motDePasse: 'accueillir chaque jeune avec le sourire',
      role: "Chargé·e d'accueil",
    };

    await test.step('l’administration ne voit que la structure, les comptes et les sauvegardes', async () => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Comptes' })).toBeVisible();
      expect(await barre.rubriques()).toEqual(['Structure', 'Comptes', 'Sauvegardes']);
      await expect(comptes.tableau().locator('tbody').getByRole('row')).toHaveCount(6);
      await expect(comptes.ligne('a.petit')).toContainText('Direction');
      await expect(comptes.ligne('a.petit')).toContainText('Actif');
      await capturer(page, 'comptes-11-comptes');
      await verifierAccessibilite(page);
    });

    await test.step('un mot de passe trop courant est refusé, puis le compte est créé', async () => {
      await comptes.creer({ ...nouvelle, motDePasse: 'azertyuiop12' });
      const champ = comptes.formulaireCreation().getByRole('textbox', { name: 'Mot de passe', exact: true });
      await expect(champ).toHaveAccessibleDescription(
        'Trop courant : il figure parmi les mots de passe les plus utilisés.',
      );
      await expect(comptes.formulaireCreation().getByRole('alert')).toContainText('Mot de passe : trop courant');
      await verifierAccessibilite(page);
      await comptes.creer(nouvelle);
      await expect(comptes.annonce('Compte « n.fontaine » créé pour Nadège Fontaine.')).toBeVisible();
      await expect(comptes.ligne('n.fontaine')).toContainText("Chargé·e d'accueil");
      await expect(comptes.ligne('n.fontaine')).toContainText('Actif');
    });

    await test.step('un mot de passe défini pour un compte, le délai de verrouillage réglé', async () => {
      await page.getByRole('button', { name: 'Définir le mot de passe : Sophie Morel' }).click();
      const dialogue = page.getByRole('dialog', { name: 'Définir le mot de passe de Sophie Morel' });
      await dialogue
        .getByRole('textbox', { name: 'Mot de passe', exact: true })
        .fill('une nouvelle phrase pour Sophie');
      await dialogue
        .getByRole('textbox', { name: 'Confirmation du mot de passe', exact: true })
        .fill('une nouvelle phrase pour Sophie');
      await capturer(page, 'comptes-12-definir-mot-de-passe', { pleinePage: false });
      await verifierAccessibilite(page);
      await dialogue.getByRole('button', { name: 'Définir le mot de passe' }).click();
      await expect(comptes.annonce('Mot de passe de Sophie Morel défini.')).toBeVisible();

      await comptes.reglerVerrouillage(20);
      await expect(
        comptes.reglage().getByRole('textbox', { name: 'Verrouillage après inactivité' }),
      ).toHaveAccessibleDescription('15 minutes au plus.');
      await comptes.reglerVerrouillage(5);
      await expect(comptes.annonce('Verrouillage après 5 minutes d’inactivité.')).toBeVisible();
    });

    await test.step('« Changer mon mot de passe »', async () => {
      await barre.choisir(/Alex Martin/, 'Changer mon mot de passe');
      const dialogue = page.getByRole('dialog', { name: 'Changer mon mot de passe' });
      await dialogue.getByRole('textbox', { name: 'Mot de passe actuel', exact: true }).fill(MOT_DE_PASSE_DEMO);
      await dialogue
        .getByRole('textbox', { name: 'Nouveau mot de passe', exact: true })
        .fill('les comptes sont bien tenus');
      await dialogue
        .getByRole('textbox', { name: 'Confirmation du mot de passe', exact: true })
        .fill('les comptes sont bien tenus');
      await dialogue.getByRole('button', { name: 'Changer le mot de passe' }).click();
      await expect(dialogue).toBeHidden();
      await expect(page.getByRole('alert').filter({ hasText: 'Votre mot de passe a été changé.' })).toBeVisible();
    });

    await test.step('le nouveau compte se connecte : l’accueil voit la recherche, la création et les contacts', async () => {
      await barre.seDeconnecter(/Alex Martin/);
      await new PageConnexion(page).connecter(nouvelle.login, nouvelle.motDePasse);
      expect(await barre.rubriques()).toEqual(['Jeunes', 'Nouveau dossier', 'Derniers contacts']);
      const liste = new PageListeJeunes(page);
      await liste.ouvrir();
      await liste.lignes().first().click();
      await new PageFicheJeune(page).attendre(/./);
      await expect(page.getByRole('form', { name: 'Nouveau contact' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Parcours' })).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Santé (confidentiel)' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'Modifier' })).toHaveCount(0);
      await capturer(page, 'comptes-13-fiche-accueil');
      await verifierAccessibilite(page);
    });
  });
});
