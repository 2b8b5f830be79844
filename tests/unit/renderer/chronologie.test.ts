import { describe, expect, it } from 'vitest';
import type { Suivi } from '../../../electron/core/contract';
import { chronologie, filtrerChronologie } from '../../../renderer/src/features/suivi/chronologie';

const JEUNE = '00000000-0000-4000-8000-000000000000';
/** Amounts are grouped with narrow no-break spaces: compare them as plain spaces. */
const espaces = (texte: string) => texte.replace(/\s/g, ' ');
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const VIDE: Suivi = {
  evenements: [],
  situations: [],
  dispositifs: [],
  freins: [],
  aides: [],
  propositions: [],
  situationCouranteId: null,
};

const evenement = (n: number, date: string, type: 'EI' | 'TEL', conseillerNom: string | null = null) => ({
  id: id(n),
  jeuneId: JEUNE,
  date,
  type,
  conseillerId: null,
  siteId: null,
  commentaire: 'interne',
  conseillerNom,
  siteLibelle: conseillerNom === null ? null : 'Siège – Bordeaux',
});

const PARCOURS: Suivi = {
  evenements: [evenement(1, '2025-11-20', 'EI', 'Claire Martin'), evenement(2, '2025-09-15', 'TEL')],
  situations: [
    {
      id: id(10),
      jeuneId: JEUNE,
      categorie: 'EMP',
      sousType: 'CDD',
      dateDebut: '2025-10-01',
      dateFinPrevue: '2026-03-31',
      dateFin: null,
      partenaireId: null,
      partenaire: 'Boulangerie Paul',
      partenaireNom: null,
      propositionId: null,
      intitule: 'Vendeuse',
      financeur: null,
      emploiDurable: true,
      enCours: true,
    },
    {
      id: id(11),
      jeuneId: JEUNE,
      categorie: 'FOR',
      sousType: 'E2C',
      dateDebut: '2025-03-01',
      dateFinPrevue: null,
      dateFin: '2025-09-30',
      partenaireId: '00000000-0000-4000-8000-000000000099',
      partenaire: null,
      partenaireNom: 'E2C Bordeaux',
      propositionId: null,
      intitule: null,
      financeur: 'REGION',
      emploiDurable: false,
      enCours: false,
    },
  ],
  dispositifs: [{ id: id(20), jeuneId: JEUNE, type: 'CEJ', dateEntree: '2025-10-02', dateSortie: '2025-11-20' }],
  freins: [
    {
      id: id(30),
      jeuneId: JEUNE,
      theme: 'MOBILITE',
      dateIdentification: '2025-09-15',
      statut: 'LEVE',
      dateStatut: '2025-11-05',
      actions: null,
    },
    {
      id: id(31),
      jeuneId: JEUNE,
      theme: 'LOGEMENT',
      dateIdentification: '2025-10-10',
      statut: 'IDENTIFIE',
      dateStatut: '2025-10-10',
      actions: null,
    },
  ],
  propositions: [],
  aides: [{ id: id(40), jeuneId: JEUNE, type: 'PERMIS_B_REGION', montantCentimes: 100000, dateDecision: '2025-11-05' }],
  situationCouranteId: id(10),
};

describe('chronologie du parcours', () => {
  it('est vide sans aucun suivi', () => {
    expect(chronologie(VIDE)).toEqual([]);
  });

  it('range tous les faits du plus récent au plus ancien, avec une description française', () => {
    expect(chronologie(PARCOURS).map((e) => [e.date, e.genre, espaces(e.description)])).toEqual([
      ['2025-11-20', 'CONTACT', 'Entretien individuel · Claire Martin · Siège – Bordeaux'],
      ['2025-11-20', 'DISPOSITIF', "Sortie du dispositif : Contrat d'engagement jeune (CEJ)"],
      ['2025-11-05', 'FREIN', 'Frein « Mobilité » : levé'],
      ['2025-11-05', 'AIDE', 'Aide financière : Aide régionale au permis B, 1 000,00 €'],
      ['2025-10-10', 'FREIN', 'Frein « Logement » : identifié'],
      ['2025-10-02', 'DISPOSITIF', "Entrée en dispositif : Contrat d'engagement jeune (CEJ)"],
      ['2025-10-01', 'SITUATION', 'Début de situation : Emploi — CDD · Vendeuse · Boulangerie Paul'],
      ['2025-09-30', 'SITUATION', 'Fin de situation : Formation — École de la 2e chance · E2C Bordeaux'],
      ['2025-09-15', 'CONTACT', 'Contact téléphonique'],
      ['2025-09-15', 'FREIN', 'Frein « Mobilité » : identifié'],
      ['2025-03-01', 'SITUATION', 'Début de situation : Formation — École de la 2e chance · E2C Bordeaux'],
    ]);
  });

  it('ne montre pas la fin prévue : seule la fin réelle est un fait', () => {
    const dates = chronologie(PARCOURS)
      .filter((e) => e.genre === 'SITUATION')
      .map((e) => e.date);
    expect(dates).not.toContain('2026-03-31');
  });

  it('place la fin avant le début quand les deux tombent le même jour', () => {
    const dispositif = {
      id: id(50),
      jeuneId: JEUNE,
      type: 'PACEA' as const,
      dateEntree: '2025-06-01',
      dateSortie: '2025-06-01',
    };
    expect(chronologie({ ...VIDE, dispositifs: [dispositif] }).map((e) => e.description)).toEqual([
      'Sortie du dispositif : PACEA',
      'Entrée en dispositif : PACEA',
    ]);
  });

  it('donne à chaque élément une clé unique', () => {
    const cles = chronologie(PARCOURS).map((e) => e.cle);
    expect(new Set(cles).size).toBe(cles.length);
  });

  it('garde l’ordre reçu, le plus récent d’abord, entre deux contacts du même jour', () => {
    const recents: Suivi = {
      ...VIDE,
      evenements: [evenement(3, '2025-11-20', 'TEL'), evenement(1, '2025-11-20', 'EI', 'Claire Martin')],
    };
    expect(chronologie(recents).map((e) => e.cle)).toEqual([`${id(3)}:debut`, `${id(1)}:debut`]);
  });
});

describe('filtre par genre', () => {
  const elements = chronologie(PARCOURS);

  it('garde seulement le genre choisi, dans le même ordre', () => {
    expect(filtrerChronologie(elements, 'FREIN').map((e) => e.description)).toEqual([
      'Frein « Mobilité » : levé',
      'Frein « Logement » : identifié',
      'Frein « Mobilité » : identifié',
    ]);
    expect(filtrerChronologie(elements, 'AIDE')).toHaveLength(1);
  });

  it('sans genre, garde tout', () => {
    expect(filtrerChronologie(elements, null)).toEqual(elements);
  });
});
