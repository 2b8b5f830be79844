import { describe, expect, it } from 'vitest';
import { compteSaisieSchema } from '../../../electron/core/contract';
import { libelleObjet } from '../../../renderer/src/features/audit/libelleObjet';
import { avecConfirmation } from '../../../renderer/src/features/session/confirmation';
import { aLeDroit, DROITS, pageDAccueil } from '../../../renderer/src/features/session/droits';
import { fr } from '../../../renderer/src/i18n/fr';
import { frComptes } from '../../../renderer/src/i18n/fr-comptes';
import { frImport } from '../../../renderer/src/i18n/fr-import';
import { frPilotage } from '../../../renderer/src/i18n/fr-pilotage';
import { frReperages } from '../../../renderer/src/i18n/fr-reperages';
import { frSauvegardes } from '../../../renderer/src/i18n/fr-sauvegardes';
import { frConservation } from '../../../renderer/src/i18n/fr-conservation';
import { frOrientations } from '../../../renderer/src/i18n/fr-orientations';

describe('droits de l’interface par rôle', () => {
  it('l’accueil cherche, crée et note des contacts ; le suivi est aux conseillers et à la direction', () => {
    expect(aLeDroit('ACCUEIL', 'accueil')).toBe(true);
    expect(aLeDroit('ACCUEIL', 'suivi')).toBe(false);
    expect(aLeDroit('CONSEILLER', 'suivi')).toBe(true);
    expect(aLeDroit('CONSEILLER', 'comptes')).toBe(false);
    expect(aLeDroit('DIRECTION', 'direction')).toBe(true);
  });

  it('l’administration gère comptes, structure et sauvegardes sans accès aux dossiers', () => {
    expect(
      Object.entries(DROITS)
        .filter(([, roles]) => (roles as readonly string[]).includes('ADMIN'))
        .map(([d]) => d),
    ).toEqual(['structure', 'comptes', 'gestionComptes', 'sauvegardes']);
    expect(pageDAccueil('ADMIN')).toBe('/comptes');
    expect(pageDAccueil('ACCUEIL')).toBe('/jeunes');
  });
});

describe('mot de passe confirmé', () => {
  const schema = avecConfirmation(compteSaisieSchema, 'motDePasse');
  const compte = { login: 'c.durand', nom: 'Durand', prenom: 'Camille', motDePasse: 'une longue phrase' };

  it('une confirmation différente est signalée sur son champ', () => {
    const r = schema.safeParse({ ...compte, confirmation: 'autre chose' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['confirmation', 'ne correspond pas au mot de passe saisi.'],
    ]);
  });

  it('la saisie envoyée a la forme du contrat, sans la confirmation', () => {
    expect(schema.parse({ ...compte, confirmation: compte.motDePasse })).toEqual(compte);
  });
});

describe('libellés', () => {
  it('l’objet d’une action auditée se lit sans identifiant technique', () => {
    expect(libelleObjet('SANTE')).toBe('Santé (confidentiel)');
    expect(libelleObjet('FREIN 01a21cf2-4b90-7071-b8fa-2c2535f6b79d')).toBe('Frein');
    expect(libelleObjet('JEUNE 01a21cf2-4b90-7071-b8fa-2c2535f6b79d')).toBe('Dossier');
    expect(libelleObjet('ACCES_SENSIBLE retiré à k.benali')).toBe(
      'Accès aux informations confidentielles retiré à k.benali',
    );
    expect(libelleObjet(null)).toBe('');
  });

  it('chaque fichier de textes a ses propres clés, sans écraser celles des autres écrans', () => {
    const cles = [
      fr,
      frOrientations,
      frComptes,
      frReperages,
      frImport,
      frConservation,
      frPilotage,
      frSauvegardes,
    ].flatMap((textes) => Object.keys(textes));
    expect(cles.filter((cle, i) => cles.indexOf(cle) !== i)).toEqual([]);
  });
});
