import { describe, expect, it } from 'vitest';
import { partenaireSaisieSchema, type Partenaire } from '../../../electron/core/contract';
import { proposeDesSessions } from '../../../electron/core/domain/orientation';
import {
  adressePartenaire,
  formaterTaux,
  periode,
} from '../../../renderer/src/features/partenaires/libellesPartenaire';
import { valeursDuPartenaire } from '../../../renderer/src/features/partenaires/valeursPartenaire';
import { fr } from '../../../renderer/src/i18n/fr';
import { frOrientations } from '../../../renderer/src/i18n/fr-orientations';

/** Intl groups « 100 % » with a narrow no-break space: compare it as a plain one. */
const espaces = (texte: string) => texte.replace(/\s/g, ' ');

const PARTENAIRE: Partenaire = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'ENTREPRISE',
  raisonSociale: 'Boulangerie Dupré',
  siret: '73282932000074',
  adresse: '4 cours de l’Intendance',
  codePostal: '33000',
  commune: 'Bordeaux',
  telephone: '0556000000',
  email: null,
  notes: null,
  ressources: [],
  contacts: [{ nom: 'Claire Martin', fonction: null, telephone: '0612345678', email: 'claire@dupre.fr' }],
  sessions: [],
  offres: [],
  orientations: [],
  tauxTransformation: null,
};

describe('formulaire du partenaire', () => {
  it('montre SIRET et téléphones espacés, les vides en champs vides, et se relit à l’identique', () => {
    const valeurs = valeursDuPartenaire(PARTENAIRE);
    expect(valeurs).toMatchObject({
      siret: '732 829 320 00074',
      telephone: '05 56 00 00 00',
      email: '',
      contacts: [{ nom: 'Claire Martin', fonction: '', telephone: '06 12 34 56 78', email: 'claire@dupre.fr' }],
    });
    const { id: _i, sessions: _s, offres: _o, orientations: _r, tauxTransformation: _t, ...saisie } = PARTENAIRE;
    expect(partenaireSaisieSchema.parse(valeurs)).toEqual(saisie);
  });
});

describe('libellés des partenaires', () => {
  it('seuls les organismes de formation et les CFA ont des sessions', () => {
    expect(proposeDesSessions('ORGANISME_FORMATION')).toBe(true);
    expect(proposeDesSessions('CFA')).toBe(true);
    expect(proposeDesSessions('ENTREPRISE')).toBe(false);
  });

  it('écrit une période selon les dates connues', () => {
    expect(periode('2026-05-04', '2026-11-30')).toBe('du 04/05/2026 au 30/11/2026');
    expect(periode('2026-05-04', null)).toBe('à partir du 04/05/2026');
    expect(periode(null, '2026-11-30')).toBe('jusqu’au 30/11/2026');
    expect(periode(null, null)).toBe('');
  });

  it('écrit l’adresse sur une ligne et le taux en pourcentage', () => {
    expect(adressePartenaire(PARTENAIRE)).toBe('4 cours de l’Intendance, 33000 Bordeaux');
    expect(adressePartenaire({ adresse: null, codePostal: null, commune: 'Blaye' })).toBe('Blaye');
    expect(espaces(formaterTaux(1))).toBe('100 %');
    expect(espaces(formaterTaux(2 / 3))).toBe('67 %');
  });
});

describe('textes', () => {
  it('les textes des orientations ne remplacent aucun texte de fr.ts', () => {
    expect(Object.keys(frOrientations).filter((cle) => Object.hasOwn(fr, cle))).toEqual([]);
  });
});
