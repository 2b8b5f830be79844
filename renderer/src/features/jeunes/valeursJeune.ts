import type { Jeune, JeuneSaisie } from '../../../../electron/core/contract';
import type { DateIso } from '../../../../electron/core/domain/dates';
import { formaterTelephone } from '../../format';

/** What the form's fields hold: text ('' when empty) everywhere but the two switches. */
export type ValeursJeune = { [K in keyof JeuneSaisie]: JeuneSaisie[K] extends boolean ? boolean : string };

export function valeursNouveauJeune(aujourdhui: DateIso): ValeursJeune {
  return {
    nom: '',
    nomUsage: '',
    prenom: '',
    sexe: '',
    dateNaissance: '',
    datePremierAccueil: aujourdhui,
    niveauFormation: '',
    qpv: false,
    zrr: false,
    telephone: '',
    email: '',
    adresse: '',
    codePostal: '',
    commune: '',
    siteId: '',
    referentId: '',
    dateInformationRgpd: '',
  };
}

export function valeursDuJeune(j: Jeune): ValeursJeune {
  return {
    nom: j.nom,
    nomUsage: j.nomUsage ?? '',
    prenom: j.prenom,
    sexe: j.sexe,
    dateNaissance: j.dateNaissance,
    datePremierAccueil: j.datePremierAccueil,
    niveauFormation: j.niveauFormation ?? '',
    qpv: j.qpv,
    zrr: j.zrr,
    telephone: formaterTelephone(j.telephone),
    email: j.email ?? '',
    adresse: j.adresse ?? '',
    codePostal: j.codePostal ?? '',
    commune: j.commune ?? '',
    siteId: j.siteId ?? '',
    referentId: j.referentId ?? '',
    dateInformationRgpd: j.dateInformationRgpd ?? '',
  };
}
