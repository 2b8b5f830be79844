/** Barriers (youths per theme, a youth may count under several) and financial aids. */
import { THEMES_FREIN, TYPES_AIDE } from '../../domain/codes';
import { dansAnnee, type DimensionComptage, type Indicateur } from './definition';

const theme: DimensionComptage = { nom: 'theme', libelle: 'Thème', colonne: 'theme', liste: THEMES_FREIN };
const typeAide: DimensionComptage = { nom: 'type', libelle: "Type d'aide", colonne: 'type', liste: TYPES_AIDE };
const freinsIdentifies = `FROM freins WHERE ${dansAnnee('date_identification')}`;
const aidesDecidees = `FROM aides WHERE ${dansAnnee('date_decision')}`;

export const INDICATEURS_FREINS_AIDES: readonly Indicateur[] = [
  {
    nature: 'comptage',
    code: 'JEUNES_FREINS_IDENTIFIES',
    libelle: 'Jeunes avec un frein identifié',
    section: 'freins_aides',
    source: freinsIdentifies,
    agregat: 'count(DISTINCT jeune_id)',
    dimensions: [theme],
  },
  {
    nature: 'comptage',
    code: 'JEUNES_FREINS_LEVES',
    libelle: 'Jeunes avec un frein identifié dans l’année et levé',
    section: 'freins_aides',
    source: `${freinsIdentifies} AND statut = 'LEVE' AND date_statut <= @fin`,
    agregat: 'count(DISTINCT jeune_id)',
    dimensions: [theme],
  },
  {
    nature: 'comptage',
    code: 'AIDES_NOMBRE',
    libelle: 'Aides financières accordées',
    section: 'freins_aides',
    source: aidesDecidees,
    agregat: 'count(*)',
    dimensions: [typeAide],
  },
  {
    nature: 'comptage',
    code: 'AIDES_MONTANT',
    libelle: 'Montant des aides financières (€)',
    section: 'freins_aides',
    source: aidesDecidees,
    agregat: 'sum(montant_centimes)',
    montant: true,
    dimensions: [typeAide],
  },
];
