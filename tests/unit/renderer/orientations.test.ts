import { describe, expect, it } from 'vitest';
import type { Partenaire, Proposition } from '../../../electron/core/contract';
import { octetsBase64 } from '../../../renderer/src/features/orientations/ficheLiaison';
import { estUneFin, resumeOrientation } from '../../../renderer/src/features/orientations/libellesOrientation';
import {
  dateEntreeParDefaut,
  nouvelleOrientation,
  valeursEntree,
} from '../../../renderer/src/features/orientations/valeursOrientation';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const PARTENAIRE = id(1);
const SESSION = id(2);
const OFFRE = id(3);

function proposition(modifs: Partial<Proposition> = {}): Proposition {
  return {
    id: id(10),
    jeuneId: id(11),
    date: '2026-04-01',
    type: 'FORMATION',
    partenaireId: PARTENAIRE,
    sessionId: SESSION,
    offreId: null,
    intitule: null,
    motif: 'Projet restauration validé',
    conseillerId: null,
    etat: 'RETENUE',
    dateEtat: '2026-04-10',
    partenaireNom: 'AFPA Bordeaux',
    sessionIntitule: 'Titre pro agent de restauration',
    offreIntitule: null,
    conseillerNom: null,
    situationId: null,
    etatsPossibles: ['REFUSEE_JEUNE', 'REFUSEE_PARTENAIRE', 'ABANDONNEE'],
    entreePossible: true,
    ...modifs,
  };
}

const AFPA: Partenaire = {
  id: PARTENAIRE,
  type: 'ORGANISME_FORMATION',
  raisonSociale: 'AFPA Bordeaux',
  siret: null,
  adresse: null,
  codePostal: null,
  commune: 'Bordeaux',
  telephone: null,
  email: null,
  notes: null,
  ressources: [],
  contacts: [],
  sessions: [
    {
      id: SESSION,
      partenaireId: PARTENAIRE,
      intitule: 'Titre pro agent de restauration',
      dateDebut: '2026-05-04',
      dateFin: '2026-11-30',
      places: 12,
      financeur: 'REGION',
      eligibilite: null,
    },
  ],
  offres: [
    {
      id: OFFRE,
      partenaireId: PARTENAIRE,
      type: 'SERVICE_CIVIQUE',
      intitule: 'Ambassadeur du tri',
      dateDebut: null,
      dateFin: '2027-01-31',
      codeRome: null,
    },
  ],
  orientations: [],
  tauxTransformation: null,
};

describe('date d’entrée proposée', () => {
  it('reprend le début prévu quand il est passé et postérieur à l’état actuel', () => {
    expect(dateEntreeParDefaut('2026-05-04', '2026-04-10', '2026-05-20')).toBe('2026-05-04');
  });

  it('propose aujourd’hui quand le début prévu est à venir, antérieur à l’état, ou inconnu', () => {
    expect(dateEntreeParDefaut('2026-05-04', '2026-04-10', '2026-04-20')).toBe('2026-04-20');
    expect(dateEntreeParDefaut('2026-04-01', '2026-04-10', '2026-04-20')).toBe('2026-04-20');
    expect(dateEntreeParDefaut(null, '2026-04-10', '2026-04-20')).toBe('2026-04-20');
  });
});

describe('valeurs de l’entrée', () => {
  it('une formation : catégorie FOR, intitulé, fin prévue et financeur repris de la session', () => {
    expect(valeursEntree(proposition(), AFPA, '2026-05-20')).toEqual({
      categorie: 'FOR',
      sousType: '',
      dateDebut: '2026-05-04',
      dateFinPrevue: '2026-11-30',
      dateFin: '',
      partenaireId: PARTENAIRE,
      partenaire: '',
      intitule: 'Titre pro agent de restauration',
      financeur: 'REGION',
    });
  });

  it('un service civique : le sous-type est celui du type, l’offre donne intitulé et fin prévue, pas de financeur', () => {
    const p = proposition({ type: 'SERVICE_CIVIQUE', sessionId: null, offreId: OFFRE });
    expect(valeursEntree(p, AFPA, '2026-05-20')).toMatchObject({
      categorie: 'VOL',
      sousType: 'SERVICE_CIVIQUE',
      dateDebut: '2026-05-20',
      dateFinPrevue: '2027-01-31',
      intitule: 'Ambassadeur du tri',
      financeur: '',
    });
  });

  it('sans partenaire chargé : l’intitulé libre de l’orientation, aujourd’hui', () => {
    const p = proposition({ type: 'EMPLOI', partenaireId: null, sessionId: null, intitule: 'Vendeuse' });
    expect(valeursEntree(p, null, '2026-05-20')).toMatchObject({
      categorie: 'EMP',
      dateDebut: '2026-05-20',
      dateFinPrevue: '',
      partenaireId: '',
      intitule: 'Vendeuse',
    });
  });
});

describe('nouvelle orientation', () => {
  const conseillers = [
    { id: id(20), login: 'c.durand', nom: 'Durand', prenom: 'Camille', role: 'CONSEILLER' as const, actif: true },
    { id: id(21), login: 'k.benali', nom: 'Benali', prenom: 'Karim', role: 'CONSEILLER' as const, actif: false },
  ];

  it('datée d’aujourd’hui, par le ou la référent·e encore en poste', () => {
    const valeurs = nouvelleOrientation({
      jeune: { referentId: id(20) },
      etat: { conseillers },
      aujourdhui: '2026-05-20',
    });
    expect(valeurs).toMatchObject({ date: '2026-05-20', type: '', partenaireId: '', conseillerId: id(20) });
  });

  it('sans conseiller·ère quand le ou la référent·e est parti·e', () => {
    const valeurs = nouvelleOrientation({
      jeune: { referentId: id(21) },
      etat: { conseillers },
      aujourdhui: '2026-05-20',
    });
    expect(valeurs.conseillerId).toBe('');
  });
});

describe('libellés', () => {
  it('nomme une orientation par son type, sa date et son partenaire', () => {
    expect(resumeOrientation(proposition())).toBe('Formation du 01/04/2026 · AFPA Bordeaux');
    expect(resumeOrientation(proposition({ type: 'LOGEMENT', partenaireNom: null }))).toBe('Logement du 01/04/2026');
  });

  it('les fins sont les refus et l’abandon, pas la réalisation', () => {
    expect(['REFUSEE_JEUNE', 'REFUSEE_PARTENAIRE', 'ABANDONNEE'].every((e) => estUneFin(e as never))).toBe(true);
    expect(['PROPOSEE', 'ACCEPTEE_JEUNE', 'TRANSMISE', 'RETENUE', 'REALISEE'].some((e) => estUneFin(e as never))).toBe(
      false,
    );
  });
});

describe('fiche de liaison', () => {
  it('décode le PDF reçu en base64 octet pour octet', () => {
    expect([...octetsBase64('JVBERi0xLjcK/w==')]).toEqual([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff]);
  });
});
