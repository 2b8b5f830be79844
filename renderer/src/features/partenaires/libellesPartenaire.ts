/** French display of a partner's data: its kind of offer, periods, address, transformation rate. */
import type { Partenaire } from '../../../../electron/core/contract';
import { formaterDate, type DateIso } from '../../../../electron/core/domain/dates';
import i18n from '../../i18n';

/** « du 04/05/2026 au 30/11/2026 », « à partir du … », « jusqu’au … », or '' when neither is known. */
export function periode(debut: DateIso | null, fin: DateIso | null): string {
  if (debut !== null && fin !== null)
    return i18n.t('partenaires.periode.du', { debut: formaterDate(debut), fin: formaterDate(fin) });
  if (debut !== null) return i18n.t('partenaires.periode.depuis', { debut: formaterDate(debut) });
  if (fin !== null) return i18n.t('partenaires.periode.jusqua', { fin: formaterDate(fin) });
  return '';
}

/** « 12 rue Sainte-Catherine, 33000 Bordeaux ». */
export function adressePartenaire(p: Pick<Partenaire, 'adresse' | 'codePostal' | 'commune'>): string {
  const ville = [p.codePostal, p.commune].filter(Boolean).join(' ');
  return [p.adresse, ville].filter(Boolean).join(', ');
}

const POURCENTAGE = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** 0.5 → « 50 % ». */
export function formaterTaux(taux: number): string {
  return POURCENTAGE.format(taux);
}
