/** French display of the values the API gives raw (dates ISO, phone digits, timestamps). */
import type { Conseiller, Jeune, JeuneLigne } from '../../electron/core/contract';
import { ageRevolu, dateLocale, type DateIso } from '../../electron/core/domain/dates';
import i18n from './i18n';

/** `0612345678` → `06 12 34 56 78`; anything else is shown as stored. */
export function formaterTelephone(telephone: string | null): string {
  if (telephone === null) return '';
  return /^\d{10}$/.test(telephone) ? telephone.replace(/(\d{2})(?=\d)/g, '$1 ') : telephone;
}

/** `13002603200008` → `130 026 032 00008` (SIREN, then the establishment's number). */
export function formaterSiret(siret: string | null): string {
  if (siret === null) return '';
  return /^\d{14}$/.test(siret) ? siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4') : siret;
}

const HORODATAGE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

export function formaterHorodatage(ms: number): string {
  return HORODATAGE.format(new Date(ms));
}

export function ageAujourdhui(naissance: DateIso): number {
  return ageRevolu(naissance, dateLocale(new Date()));
}

export function nomConseiller(c: Pick<Conseiller, 'prenom' | 'nom'>): string {
  return `${c.prenom} ${c.nom}`;
}

/** Birth name, followed by the usage name when there is one. */
export function nomEtUsage(j: Pick<JeuneLigne, 'nom' | 'nomUsage'>): string {
  return j.nomUsage ? i18n.t('commun.nomEtUsage', { nom: j.nom, nomUsage: j.nomUsage }) : j.nom;
}

export function nomJeune(j: Pick<Jeune | JeuneLigne, 'prenom' | 'nom' | 'nomUsage'>): string {
  return `${j.prenom} ${nomEtUsage(j)}`;
}
