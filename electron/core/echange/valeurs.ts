/**
 * Values of `tremplin-import/1` cells (import.md): read a trimmed text into its stored form, or say
 * in French why it cannot be; and write a stored value back as text. References, sites and advisers
 * are read as the text that names them: the import resolves them.
 */
import { loginSchema } from '../contract/comptes';
import { codePostalOptionnel, emailOptionnel, estSiretValide } from '../contract/schemas-communs';
import { lireDate } from '../domain/dates';
import { lireMontant } from '../domain/montant';
import { normaliserTelephone } from '../domain/texte';
import type { Sorte } from './format';

/** What the database stores: text, integer (0/1 booleans, cents) or nothing. */
export type Valeur = string | number | null;

export type Lecture = { ok: true; valeur: Valeur } | { ok: false; message: string };

const VRAI = ['oui', 'o', '1', 'true'];
const FAUX = ['non', 'n', '0', 'false'];

const ok = (valeur: Valeur): Lecture => ({ ok: true, valeur });
const refus = (message: string): Lecture => ({ ok: false, message });

/** First message of a zod schema of the contract, so the import and the forms say the same thing. */
function parSchema(
  schema: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } },
  texte: string,
): Lecture {
  const r = schema.safeParse(texte);
  return r.success ? ok(r.data as Valeur) : refus(r.error!.issues[0]!.message);
}

/** Reads a non-empty trimmed cell (an empty cell is null: the caller knows whether it may be). */
export function lireValeur(sorte: Sorte, texte: string): Lecture {
  switch (sorte.type) {
    case 'texte':
      return texte.length <= sorte.max ? ok(texte) : refus(`${sorte.max} caractères au plus.`);
    case 'date': {
      const date = lireDate(texte);
      return date ? ok(date) : refus(`date « ${texte} » inexistante ou mal écrite (JJ/MM/AAAA ou AAAA-MM-JJ).`);
    }
    case 'booleen': {
      const minuscule = texte.toLowerCase();
      if (VRAI.includes(minuscule)) return ok(1);
      if (FAUX.includes(minuscule)) return ok(0);
      return refus(`« ${texte} » n'est pas un booléen (oui/non, o/n, 1/0, true/false).`);
    }
    case 'montant': {
      const centimes = lireMontant(texte);
      return centimes === null
        ? refus(`montant « ${texte} » mal écrit (euros sans signe ni séparateur de milliers, 2 décimales au plus).`)
        : ok(centimes);
    }
    case 'code':
      return sorte.codes.includes(texte) ? ok(texte) : refus(`code « ${texte} » inconnu.`);
    case 'telephone': {
      const chiffres = normaliserTelephone(texte);
      return chiffres ? ok(chiffres) : refus('numéro français attendu (10 chiffres, ou +33 et 9 chiffres).');
    }
    case 'email':
      return parSchema(emailOptionnel, texte);
    case 'codePostal':
      return parSchema(codePostalOptionnel, texte);
    case 'siret':
      return estSiretValide(texte)
        ? ok(texte)
        : refus('SIRET : 14 chiffres attendus, avec une clé de contrôle valable.');
    case 'conseiller':
      return parSchema(loginSchema, texte);
    case 'site':
      return /^[A-Za-z0-9_-]{2,20}$/.test(texte)
        ? ok(texte)
        : refus('code de site : 2 à 20 lettres, chiffres, - ou _.');
    case 'reference':
      return ok(texte);
  }
}

/** Writes a stored value as the export does (dates ISO, booleans oui/non, amounts `12,50`). */
export function ecrireValeur(sorte: Sorte, valeur: Valeur): string {
  if (valeur === null) return '';
  if (sorte.type === 'booleen') return valeur === 1 ? 'oui' : 'non';
  if (sorte.type === 'montant') {
    const centimes = Number(valeur);
    return `${Math.trunc(centimes / 100)},${String(centimes % 100).padStart(2, '0')}`;
  }
  return String(valeur);
}

/** Spreadsheets run a cell that starts with one of these as a formula. */
const DEBUTS_FORMULE = ['=', '+', '-', '@', '\t', '\r'];

/** Export: a leading `'` keeps a spreadsheet from running the cell (formula injection). */
export function protegerFormule(texte: string): string {
  return DEBUTS_FORMULE.some((d) => texte.startsWith(d)) ? `'${texte}` : texte;
}

/** Import: removes the `'` that `protegerFormule` (or a careful user) put there. */
export function retirerProtection(texte: string): string {
  return texte.startsWith("'") && DEBUTS_FORMULE.some((d) => texte.startsWith(d, 1)) ? texte.slice(1) : texte;
}
