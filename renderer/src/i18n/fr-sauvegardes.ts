/** Sentences of the backups page (merged with fr.ts by i18n/index.ts, top-level key of its own). */
export const frSauvegardes = {
  sauvegardes: {
    titre: 'Sauvegardes',
    explication:
      'Tremplin sauvegarde la base chaque jour tout seul, et garde 7 sauvegardes quotidiennes, 4 hebdomadaires et 12 mensuelles. Chaque sauvegarde porte une empreinte vérifiée avant toute restauration.',
    dossier: {
      titre: 'Dossier des sauvegardes',
      parDefaut: 'Dossier proposé par défaut, à côté de la base : {{dossier}}',
      choisi: 'Dossier choisi : {{dossier}}',
      aide: 'Un disque USB ou un partage convient (par exemple E:\\Sauvegardes Tremplin). Laissez vide pour revenir au dossier par défaut.',
      enregistrer: 'Utiliser ce dossier',
      fait: 'Le dossier des sauvegardes est enregistré.',
    },
    liste: {
      titre: 'Sauvegardes disponibles',
      vide: 'Aucune sauvegarde dans ce dossier pour l’instant.',
      date: 'Date',
      nature: 'Nature',
      taille: 'Taille',
      etat: 'Vérification',
      action: 'Action',
      intacte: 'Intacte',
      abimee: 'Altérée : ne peut pas être restaurée',
      restaurer: 'Restaurer',
      restaurerDu: 'Restaurer la sauvegarde du {{date}}',
    },
    natures: {
      quotidienne: 'Quotidienne',
      manuelle: 'Manuelle',
      'avant-migration': 'Avant mise à jour',
      'avant-restauration': 'Avant restauration',
    },
    maintenant: 'Sauvegarder maintenant',
    faite: 'Sauvegarde faite : {{fichier}}.',
    ancienne: 'La dernière sauvegarde date de plus de deux jours. Vérifiez que le disque des sauvegardes est branché.',
    aucune: 'Aucune sauvegarde n’a encore été faite.',
    restauration: {
      titre: 'Restaurer la sauvegarde du {{date}} ?',
      explication:
        'Les données reviendront à leur état du {{date}} : ce qui a été saisi depuis disparaîtra de la base. Une copie de la base actuelle est gardée avant la restauration. Tout le monde devra se reconnecter. Tapez votre mot de passe pour confirmer.',
      confirmer: 'Restaurer',
      terminee: 'Restauration terminée',
      termineeExplication:
        'La base a été remise à son état du {{date}}. Une copie de la base d’avant a été gardée ({{copie}}). Reconnectez-vous pour continuer.',
      reconnecter: 'Se reconnecter',
      aideCle:
        'Seulement pour une sauvegarde faite sur un autre ordinateur : la clé de secours imprimée sur celui-ci (64 caractères, tirets facultatifs).',
    },
    cle: {
      titre: 'Chiffrement et clé de secours',
      explication:
        'La base et toutes ses sauvegardes sont chiffrées : copiées sur un autre ordinateur, elles sont illisibles. La clé de secours permet de les ouvrir ailleurs (après une panne ou un vol du poste). Imprimez-la ou enregistrez-la sur une clé USB, et rangez-la sous clé, loin de l’ordinateur.',
      nonChiffree: 'Cette base n’est pas chiffrée.',
      rappel:
        'La clé de secours de la base n’a pas encore été imprimée : sans elle, les sauvegardes ne pourront pas être ouvertes sur un autre ordinateur.',
      rappelAction: 'Imprimer la clé',
      aImprimer: 'La clé de secours n’a pas encore été imprimée : faites-le maintenant.',
      remise:
        'Clé de secours affichée pour la première fois le {{date}}. Chaque affichage est inscrit au journal d’audit.',
      afficher: 'Afficher la clé de secours',
      titreDialogue: 'Clé de secours de la base',
      avantAffichage:
        'La clé de secours ouvre la base et ses sauvegardes sur n’importe quel ordinateur. Tapez votre mot de passe pour l’afficher ; l’affichage est inscrit au journal d’audit.',
      entete: 'Tremplin — clé de secours de la base de {{structure}}',
      libelle: 'Clé de secours',
      consignes:
        'Gardez ce document sous clé, loin de l’ordinateur, et ne l’envoyez pas par courriel. Pour restaurer une sauvegarde sur un autre ordinateur, Tremplin demande cette clé.',
      imprimeeLe: 'Document produit le {{date}}.',
      imprimer: 'Imprimer',
      enregistrer: 'Enregistrer dans un fichier',
      terminer: 'J’ai imprimé ou enregistré la clé',
      fichier:
        'Tremplin — clé de secours de la base de {{structure}}\n\n{{cle}}\n\nProduite le {{date}}. Gardez ce fichier hors de l’ordinateur (clé USB rangée sous clé) : il ouvre la base et ses sauvegardes sur n’importe quel ordinateur.\n',
    },
    integrite: {
      titre: 'État de la base',
      jamais: 'La vérification complète n’a pas encore été faite (elle a lieu chaque semaine).',
      ok: 'Base vérifiée le {{date}} : aucun problème.',
      probleme:
        'La vérification du {{date}} a trouvé un problème. Ne réinitialisez rien : restaurez la dernière sauvegarde intacte ci-dessous, ou appelez le support.',
      verifier: 'Vérifier maintenant',
    },
  },
} as const;
