/**
 * Reading one CSV file of `tremplin-import/1` (import.md, « Reading rules »): encoding, separator,
 * RFC 4180 quoting (csv-parse), physical line numbers, trimmed values without their formula guard.
 * It knows nothing of the columns a file must have: the import checks the header.
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { retirerProtection } from './valeurs';

export interface ErreurLecture {
  ligne: number;
  /** Header name, or null for what concerns the whole line or file. */
  colonne: string | null;
  message: string;
}

export interface Enregistrement {
  /** Physical line where the record starts (the header is line 1). */
  ligne: number;
  valeurs: string[];
}

export interface FichierLu {
  encodage: 'UTF-8' | 'Windows-1252';
  separateur: ';' | ',';
  /** Header names, trimmed, as written. */
  entetes: string[];
  enregistrements: Enregistrement[];
  erreurs: ErreurLecture[];
}

const DECODEUR_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** The five bytes Windows-1252 leaves undefined; iconv-lite decodes them to U+FFFD. */
const INDEFINI = '\uFFFD';

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), Windows-1252 otherwise. */
export function decoder(octets: Uint8Array): { texte: string; encodage: FichierLu['encodage'] } {
  try {
    return { texte: DECODEUR_UTF8.decode(octets), encodage: 'UTF-8' };
  } catch {
    return { texte: iconv.decode(Buffer.from(octets), 'win1252'), encodage: 'Windows-1252' };
  }
}

/** The more frequent of `;` and `,` in the header line (`;` on a tie). */
export function detecterSeparateur(texte: string): ';' | ',' {
  const fin = texte.search(/\r?\n/);
  const entete = fin === -1 ? texte : texte.slice(0, fin);
  const compter = (c: string) => entete.split(c).length - 1;
  return compter(',') > compter(';') ? ',' : ';';
}

/** Line breaks (CRLF, LF or a lone CR) in `octets[debut, fin)`. */
function sautsDeLigne(octets: Uint8Array, debut: number, fin: number): number {
  let n = 0;
  for (let i = debut; i < fin; i++) {
    if (octets[i] === 0x0a || (octets[i] === 0x0d && octets[i + 1] !== 0x0a)) n++;
  }
  return n;
}

/** Excel's `;;;;` and empty lines carry nothing. */
function estVide(valeurs: readonly string[]): boolean {
  return valeurs.every((v) => v.trim() === '');
}

function nettoyer(valeur: string): string {
  return retirerProtection(valeur.trim());
}

export function lireCsv(octets: Uint8Array): FichierLu {
  const { texte, encodage } = decoder(octets);
  const separateur = detecterSeparateur(texte);
  const erreurs: ErreurLecture[] = [];
  const enregistrements: Enregistrement[] = [];
  let entetes: string[] | null = null;
  // csv-parse counts a quoted CRLF as two lines: count the breaks ourselves, up to the byte offset
  // where the previous record ended (csv-parse's `bytes`, hence a UTF-8 buffer).
  const utf8 = Buffer.from(texte, 'utf8');
  let finPrecedente = 0;
  let ligneSuivante = 1;
  try {
    parse(utf8, {
      delimiter: separateur,
      relax_column_count: true,
      trim: true,
      skip_empty_lines: false,
      encoding: 'utf8',
      on_record: (valeurs: string[], contexte) => {
        const ligne = ligneSuivante;
        ligneSuivante += sautsDeLigne(utf8, finPrecedente, contexte.bytes);
        finPrecedente = contexte.bytes;
        if (entetes === null) {
          entetes = valeurs.map((v) => v.trim());
          return null;
        }
        if (estVide(valeurs)) return null;
        if (encodage === 'Windows-1252') {
          valeurs.forEach((v, i) => {
            if (v.includes(INDEFINI))
              erreurs.push({
                ligne,
                colonne: entetes![i] ?? null,
                message:
                  'octet non défini en Windows-1252 (0x81, 0x8D, 0x8F, 0x90 ou 0x9D) : enregistrez le fichier en UTF-8.',
              });
          });
        }
        enregistrements.push({ ligne, valeurs: valeurs.map(nettoyer) });
        return null;
      },
    });
  } catch (e) {
    erreurs.push({
      ligne: ligneSuivante,
      colonne: null,
      message: `fichier CSV mal formé (${messageCsv(e)}) ; rien n'est lu après cette ligne.`,
    });
  }
  if (encodage === 'Windows-1252' && entetes !== null && (entetes as string[]).some((e) => e.includes(INDEFINI))) {
    erreurs.push({ ligne: 1, colonne: null, message: 'octet non défini en Windows-1252 dans la ligne des colonnes.' });
  }
  return { encodage, separateur, entetes: entetes ?? [], enregistrements, erreurs };
}

/** csv-parse speaks English: the usual cases, in French. */
function messageCsv(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'guillemet ouvert jamais refermé';
  if (code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE')
    return 'caractère inattendu après un guillemet fermant';
  if (code === 'INVALID_OPENING_QUOTE') return 'guillemet au milieu d’une valeur non entre guillemets';
  return code ?? 'erreur de lecture';
}
