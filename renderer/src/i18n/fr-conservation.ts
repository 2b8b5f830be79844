/** Sentences of retention (review queue, archive, anonymise) and of the young person's rights. */
export const frConservation = {
  conservation: {
    navigation: 'Conservation',
    titre: 'Conservation des dossiers',
    explication:
      'Dossiers sans contact depuis 2 ans (730 jours) ou de jeunes de 28 ans et plus (26 ans + 2 ans) : à archiver, à anonymiser, ou à garder s’ils sont encore suivis (un nouveau contact les sort de la liste).',
    aucun: 'Aucun dossier n’arrive à échéance de conservation.',
    motDePasse: 'Votre mot de passe',
    selection: 'Sélectionner {{nom}}',
    toutSelectionner: 'Tout sélectionner',
    archiver: 'Archiver la sélection',
    anonymiser: 'Anonymiser la sélection',
    archives_one: '{{count}} dossier archivé.',
    archives_other: '{{count}} dossiers archivés.',
    anonymises_one: '{{count}} dossier anonymisé.',
    anonymises_other: '{{count}} dossiers anonymisés.',
    confirmerAnonymisation: 'Anonymiser {{count}} dossier(s) ?',
    explicationAnonymisation:
      'Irréversible : noms, coordonnées, commentaires, notes et historique sont effacés. Restent la date de naissance, le sexe, le niveau, QPV/ZRR et les faits datés qui servent aux chiffres des années passées.',
    raisons: {
      SANS_CONTACT: 'Sans contact depuis 2 ans',
      AGE_LIMITE: '28 ans ou plus',
    },
    colonnes: {
      jeune: 'Jeune',
      naissance: 'Naissance',
      dernierContact: 'Dernier contact',
      raison: 'Motif',
      referent: 'Référent·e',
      choix: 'Choix',
    },
    aucunContact: 'aucun (accueil le {{date}})',
    droits: {
      titre: 'Droits du jeune (RGPD)',
      explication:
        'Sur demande du jeune : lui remettre toutes ses données, ou effacer son dossier. La rectification se fait avec « Modifier » (chaque changement reste dans l’historique).',
      exporterPdf: 'Ses données (PDF lisible)',
      exporterJson: 'Ses données (JSON complet)',
      effacer: 'Effacer le dossier',
      confirmerEffacement: 'Effacer le dossier de {{nom}} ?',
      explicationEffacement:
        'Irréversible : le dossier et tout ce qui y est enregistré disparaissent. Le journal d’audit garde seulement qu’un effacement a eu lieu.',
      efface: 'Dossier effacé.',
      exporte: 'Données exportées : {{fichier}}.',
    },
  },
};
