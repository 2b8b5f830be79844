/**
 * Sentences of screening (repérages): the file's section, « Orienter », the follow-up queue and the
 * guides. Code and field labels come from the domain and the contract.
 */
export const frReperages = {
  reperages: {
    navigation: 'Repérages',
    reserve:
      'Les repérages handicap et les notes sont réservés au ou à la référent·e et à la direction (qui peut vous en donner l’accès).',
    audite: 'Les repérages handicap et les notes sont confidentiels : chaque consultation est tracée.',
    aideNote: 'Confidentielle : lue seulement par le ou la référent·e et la direction.',
    noteReservee: 'Note réservée',
    positif: 'Positif',
    aSuivre: 'À suivre',
    orienter: 'Orienter',
    orienterNomme: 'Orienter : {{nom}}',
    rqth: 'RQTH',
    rqthJusquAu: 'RQTH jusqu’au {{date}}',
    rqthEnCours: 'RQTH en cours',
    guide: 'Aide au repérage : {{domaine}}',
    guideIndisponible: 'L’aide au repérage n’a pas pu être chargée.',
    colonnes: {
      orientation: 'Orientation',
    },
    orientation: {
      titre: 'Orienter après le repérage',
      description: 'Repérage {{domaine}} du {{date}} : {{resultat}}.',
      conseilles: 'Partenaires conseillés',
      aucunConseille:
        'Aucun partenaire de l’annuaire ne propose encore : {{ressources}}. Ajoutez cette ressource à leur fiche (Partenaires), ou choisissez un partenaire ci-dessous.',
      motif: 'Repérage {{domaine}} du {{date}} : {{resultat}}.',
      choisir: 'Choisir {{nom}}',
      creee: 'Orientation enregistrée et liée au repérage.',
    },
    file: {
      titre: 'Repérages à suivre',
      explication:
        'Résultats positifs sans orientation (ou dont l’orientation n’a pas abouti) et suivis prévus dépassés, des plus anciens aux plus récents.',
      explicationConseiller: 'Les jeunes dont vous êtes le ou la référent·e.',
      conseiller: 'Référent·e',
      tous: 'Tous',
      parDomaine: '{{domaine}} : {{nombre}}',
      total: 'Total : {{nombre}}',
      aucun: 'Aucun repérage n’attend de suite.',
      guides: 'Guides du repérage',
      colonnes: {
        jeune: 'Jeune',
        domaine: 'Domaine',
        resultat: 'Résultat',
        date: 'Repéré le',
        raison: 'À faire',
        attente: 'En attente depuis',
        referent: 'Référent·e',
      },
      raisons: {
        SANS_ORIENTATION: 'Orienter',
        ORIENTATION_SANS_SUITE: 'Orientation sans suite : réorienter',
        SUIVI_DEPASSE: 'Suivi prévu le {{date}}',
      },
      jours_one: '{{count}} jour',
      jours_other: '{{count}} jours',
    },
    guides: {
      titre: 'Guides du repérage',
      explication:
        'Pour chaque domaine : les signes à remarquer, ce que veut dire chaque résultat, et où orienter. La direction peut adapter ces textes à la structure.',
      texteTremplin: 'Texte fourni par Tremplin.',
      texteStructure: 'Texte adapté par {{nom}} le {{date}}.',
      modifier: 'Modifier',
      enregistrer: 'Enregistrer le guide',
      retablir: 'Rétablir le texte de Tremplin',
      champ: 'Texte du guide : {{domaine}}',
      enregistre: 'Guide « {{domaine}} » enregistré.',
      retabli: 'Guide « {{domaine}} » rétabli.',
    },
  },
};
