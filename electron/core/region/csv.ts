/** `indicateurs.csv`: UTF-8 with BOM, `;`, CRLF after every line, amounts with exactly 2 decimals. */
import { stringify } from 'csv-stringify/sync';
import type { LigneIndicateur } from './indicateurs/types';

export const COLONNES_CSV = ['code', 'variante', 'dimension', 'modalite', 'valeur'] as const;

/** An integer, or cents written `1234.50` (integer arithmetic: no float rounding). */
export function valeurCsv(l: Pick<LigneIndicateur, 'valeur' | 'montant'>): string {
  if (!l.montant) return String(l.valeur);
  return `${Math.trunc(l.valeur / 100)}.${String(l.valeur % 100).padStart(2, '0')}`;
}

export function ecrireCsv(lignes: readonly LigneIndicateur[]): Uint8Array {
  const texte = stringify(
    lignes.map((l) => [l.code, l.variante, l.dimension, l.modalite, valeurCsv(l)]),
    { delimiter: ';', record_delimiter: '\r\n', header: true, columns: [...COLONNES_CSV], bom: true },
  );
  return new TextEncoder().encode(texte);
}
