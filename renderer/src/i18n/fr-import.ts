/** Sentences of the import wizard (tremplin-import/1), merged with fr.ts by i18n/index.ts. */
export const frImport = {
  echange: {
    titre: 'Import',
    introduction:
      'Importez les données que vous avez déjà (tableurs, extraction d’un autre logiciel) au format tremplin-import/1 : un dossier de fichiers CSV, ou un ZIP de ce dossier. Seul jeunes.csv est obligatoire. Rien n’est écrit avant votre confirmation, et rien du tout si une seule ligne est invalide.',
    etapes: { choisir: 'Choisir les fichiers', analyser: 'Vérifier le rapport', confirmer: 'Importer' },
    choisirDossier: 'Choisir un dossier',
    choisirZip: 'Choisir un fichier ZIP',
    choix_one: '{{count}} fichier choisi : {{noms}}',
    choix_other: '{{count}} fichiers choisis : {{noms}}',
    analyser: 'Analyser (rien n’est écrit)',
    recommencer: 'Choisir d’autres fichiers',
    importer: 'Importer ces données',
    progression: {
      lecture: 'Lecture des fichiers…',
      analyse: 'Analyse des fichiers…',
      ecriture: 'Écriture dans la base…',
      termine: 'Terminé',
    },
    refus: {
      titre_one: '{{count}} erreur : rien n’a été importé.',
      titre_other: '{{count}} erreurs : rien n’a été importé.',
      corriger: 'Corrigez les fichiers puis recommencez. Chaque erreur est donnée sous la forme fichier:ligne:colonne.',
      tronque: 'Les {{affichees}} premières erreurs sur {{total}} sont affichées.',
      telecharger: 'Télécharger la liste complète',
    },
    pret: 'Aucune erreur : voici ce que l’import va faire. Confirmez pour écrire.',
    reussi: 'Import terminé.',
    tableau: {
      legende: 'Lignes par fichier',
      fichier: 'Fichier',
      lignes: 'Lignes',
      crees: 'Créées',
      modifies: 'Modifiées',
      inchanges: 'Inchangées',
    },
    ignores: 'Fichiers ignorés (hors format) : {{noms}}.',
    sitesCrees: 'Sites créés : {{noms}}.',
    comptesCrees: 'Comptes créés, inactifs et sans mot de passe (à activer par l’administration) : {{noms}}.',
  },
};
