/** Amounts in euros, kept as integer cents so that sums are exact. */

const MONTANT = /^(\d+)(?:[.,](\d{1,2}))?$/;

/** `1000`, `1000,5`, `1000.50` (import.md: no sign, no thousands separator) → cents; null otherwise. */
export function lireMontant(texte: string): number | null {
  const m = MONTANT.exec(texte);
  if (!m) return null;
  const centimes = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(centimes) ? centimes : null;
}

/** `1 000,00 €` — French grouping and decimal comma. */
export function formaterMontant(centimes: number): string {
  return `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(centimes / 100)} €`;
}
