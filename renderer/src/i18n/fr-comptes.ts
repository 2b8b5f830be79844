/**
 * Sentences of the accounts, the session (first accounts, login, lock), the confidential details and
 * the audit trail, merged with fr.ts by i18n/index.ts (top-level keys of their own). Field and role
 * labels come from the contract and the domain.
 */
export const frComptes = {
  session: {
    utilisateur: '{{nom}} ({{role}})',
    motDePasse: {
      aide: '12 caractères au moins. Une phrase de passe est bienvenue.',
      confirmation: 'Confirmation du mot de passe',
      differents: 'ne correspond pas au mot de passe saisi.',
      afficher: 'Afficher le mot de passe',
    },
    premiersComptes: {
      titre: 'Créer les premiers comptes',
      introduction:
        'Les dossiers des jeunes sont protégés par des comptes personnels. Créez d’abord deux comptes : celui de l’administration et celui de la direction. Les conseillers, conseillères et chargé·es d’accueil seront ajouté·es ensuite par l’administration.',
      politique:
        'Chaque mot de passe compte 12 caractères au moins, et une phrase de passe est bienvenue : par exemple « trois pommes vertes sous la pluie ». Les mots de passe trop courants sont refusés.',
      aideAdministrateur: 'Gère les comptes, les sites et les réglages ; n’accède pas aux dossiers des jeunes.',
      aideDirection:
        'Accède au suivi des jeunes, au journal d’audit, et donne les accès aux informations confidentielles.',
      creer: 'Créer les comptes',
    },
    connexion: {
      titre: 'Connexion',
      introduction: 'Connectez-vous avec votre identifiant et votre mot de passe personnels.',
      seConnecter: 'Se connecter',
    },
    verrouillage: {
      titre: 'Session verrouillée',
      explication: 'Les données sont masquées. Saisissez votre mot de passe pour reprendre là où vous en étiez.',
      deverrouiller: 'Déverrouiller',
    },
    menu: {
      verrouiller: 'Verrouiller',
      changerMotDePasse: 'Changer mon mot de passe',
      seDeconnecter: 'Se déconnecter',
    },
    changerMotDePasse: {
      enregistrer: 'Changer le mot de passe',
      fait: 'Votre mot de passe a été changé.',
    },
  },
  comptes: {
    titre: 'Comptes',
    liste: 'Comptes existants',
    explicationDirection:
      'La direction consulte les comptes et débloque ceux qui le sont ; l’administration les crée et définit leurs mots de passe.',
    colonnes: {
      nom: 'Prénom et nom',
      etat: 'État',
      actions: 'Actions',
    },
    etats: {
      actif: 'Actif',
      bloque: 'Bloqué',
      sansMotDePasse: 'Sans mot de passe',
      inactif: 'Inactif',
    },
    aucun: 'Aucun compte.',
    debloquer: 'Débloquer',
    debloquerNomme: 'Débloquer : {{nom}}',
    debloque: 'Le compte de {{nom}} est débloqué.',
    definirMotDePasse: 'Définir le mot de passe',
    definirMotDePasseNomme: 'Définir le mot de passe : {{nom}}',
    motDePasse: {
      titre: 'Définir le mot de passe de {{nom}}',
      explication:
        'Communiquez-le de vive voix ; la personne pourra le changer depuis son menu. Le compte est aussi débloqué.',
      enregistrer: 'Définir le mot de passe',
      fait: 'Mot de passe de {{nom}} défini.',
    },
    creation: {
      titre: 'Créer un compte',
      aideLogin: 'Minuscules, chiffres, point, - ou _ ; par exemple c.durand.',
      creer: 'Créer le compte',
      cree: 'Compte « {{login}} » créé pour {{nom}}.',
    },
    verrouillage: {
      titre: 'Verrouillage automatique',
      explication:
        'Après ce délai sans frappe ni clic, l’écran se verrouille et masque les données jusqu’à la saisie du mot de passe.',
      aide: 'De 1 à 15 minutes.',
      unite: 'min',
      enregistrer: 'Enregistrer le délai',
      fait_one: 'Verrouillage après {{count}} minute d’inactivité.',
      fait_other: 'Verrouillage après {{count}} minutes d’inactivité.',
    },
  },
  audit: {
    titre: 'Journal d’audit',
    explication:
      'Chaque connexion, consultation d’informations confidentielles, modification d’un dossier et changement de droits est inscrit dans un journal chaîné : modifier, retirer ou déplacer une entrée rompt la chaîne.',
    verification: 'Vérification de la chaîne',
    verifier: 'Vérifier à nouveau',
    intacte_one: 'Chaîne intacte ({{count}} entrée)',
    intacte_other: 'Chaîne intacte ({{count}} entrées)',
    rompue: 'Chaîne rompue à l’entrée n° {{numero}} : elle a été modifiée, supprimée ou déplacée.',
    sceauRompu: 'Les dernières entrées du journal ont été retirées : le sceau ne correspond plus à sa fin.',
    consultations: {
      titre: 'Qui a consulté ce dossier',
      explication:
        'Consultations des informations confidentielles, modifications et changements d’accès, les plus récents d’abord.',
      date: 'Date et heure',
      personne: 'Personne',
      action: 'Action',
      objet: 'Objet',
      systeme: 'Système',
      aucune: 'Aucune consultation ni modification enregistrée.',
    },
    /** Labels of the codes of audited objects (`libelleObjet`). */
    objets: {
      SANTE: 'Santé (confidentiel)',
      ACCES_SENSIBLE: 'Accès aux informations confidentielles',
      DONNEES_JEUNE: 'Données du jeune (remise RGPD)',
      REPERAGES: 'Repérages du dossier',
      REPERAGES_A_SUIVRE: 'Repérages à suivre',
      PAQUET_REGION: 'Paquet Région',
      COMPTE: 'Compte',
      SAUVEGARDE: 'Sauvegarde',
      IMPORT: 'Import de données',
      DONNEES: 'Export des données',
      SEED: 'Données de démonstration',
      CLE_SECOURS: 'Clé de secours de la base',
    },
  },
  confidentiel: {
    titre: 'Santé (confidentiel)',
    reserve: 'Informations réservées au ou à la référent·e et à la direction.',
    audite: 'Chaque consultation de cette section est inscrite au journal d’audit.',
    acces: {
      titre: 'Accès aux informations confidentielles',
      explication:
        'Le ou la référent·e et la direction y accèdent toujours. Donnez l’accès à un autre conseiller ou une autre conseillère, pour ce dossier seulement.',
      conseiller: 'Conseiller·ère',
      accordeLe: 'Accordé le',
      accordePar: 'Par',
      actions: 'Actions',
      aucun: 'Aucun accès particulier.',
      accorder: 'Donner l’accès',
      accorde: 'Accès donné à {{nom}}.',
      retirer: 'Retirer l’accès',
      retirerNomme: 'Retirer l’accès : {{nom}}',
      retire: 'Accès retiré à {{nom}}.',
      aChoisir: 'choisissez un conseiller ou une conseillère.',
    },
  },
} as const;
