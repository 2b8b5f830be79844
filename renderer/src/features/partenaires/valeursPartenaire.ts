import type { z } from 'zod';
import type { Partenaire, partenaireSaisieSchema } from '../../../../electron/core/contract';
import { formaterSiret, formaterTelephone } from '../../format';

type Saisie = z.output<typeof partenaireSaisieSchema>;

/** What the form's fields hold: text ('' when empty), the contacts as a list of such rows, the resources' codes. */
export type ValeursContact = { [K in keyof Saisie['contacts'][number]]: string };
export type ValeursPartenaire = { [K in Exclude<keyof Saisie, 'contacts' | 'ressources'>]: string } & {
  contacts: ValeursContact[];
  ressources: string[];
};

export const CONTACT_VIDE: ValeursContact = { nom: '', fonction: '', telephone: '', email: '' };

export const NOUVEAU_PARTENAIRE: ValeursPartenaire = {
  type: '',
  raisonSociale: '',
  siret: '',
  adresse: '',
  codePostal: '',
  commune: '',
  telephone: '',
  email: '',
  notes: '',
  contacts: [],
  ressources: [],
};

/** A stored partner as the form shows it: SIRET and phone numbers spaced as people read them. */
export function valeursDuPartenaire(p: Partenaire): ValeursPartenaire {
  return {
    type: p.type,
    raisonSociale: p.raisonSociale,
    siret: formaterSiret(p.siret),
    adresse: p.adresse ?? '',
    codePostal: p.codePostal ?? '',
    commune: p.commune ?? '',
    telephone: formaterTelephone(p.telephone),
    email: p.email ?? '',
    notes: p.notes ?? '',
    ressources: [...p.ressources],
    contacts: p.contacts.map((c) => ({
      nom: c.nom,
      fonction: c.fonction ?? '',
      telephone: formaterTelephone(c.telephone),
      email: c.email ?? '',
    })),
  };
}
