/**
 * Building blocks of the contract's schemas. Messages are French and name no field: the field's
 * label is added by whoever shows the message (next to the field, or "Libellé : message" in a summary).
 */
import { z } from 'zod';
import { estDateIso } from '../domain/dates';
import { normaliserTelephone } from '../domain/texte';

/** Empty or blank text means "no value" for optional fields. */
function videEnNull(valeur: unknown): unknown {
  return typeof valeur === 'string' && valeur.trim() === '' ? null : valeur;
}

export function texteObligatoire(max: number) {
  return z
    .string({ error: 'obligatoire.' })
    .trim()
    .min(1, { error: 'obligatoire.' })
    .max(max, { error: `${max} caractères au plus.` });
}

export function texteOptionnel(max: number) {
  return z.preprocess(
    videEnNull,
    z
      .string({ error: 'texte attendu.' })
      .trim()
      .max(max, { error: `${max} caractères au plus.` })
      .nullable()
      .default(null),
  );
}

export const dateIso = z
  .string({ error: 'obligatoire.' })
  .min(1, { error: 'obligatoire.' })
  .refine(estDateIso, { error: 'date inexistante ou mal écrite (JJ/MM/AAAA).' });

export const dateIsoOptionnelle = z.preprocess(videEnNull, dateIso.nullable().default(null));

/** A code of a list of domaine.md: nothing chosen is « obligatoire », anything else not in the list is refused. */
export function code<C extends string>(codes: readonly [C, ...C[]]) {
  return z.enum(codes, {
    error: (probleme) =>
      probleme.input === undefined || probleme.input === null || probleme.input === ''
        ? 'obligatoire.'
        : 'choix non valable.',
  });
}

export const identifiant = z.uuid({ error: 'identifiant non valable.' });
export const identifiantOptionnel = z.preprocess(videEnNull, identifiant.nullable().default(null));

/** French phone number (import.md), stored as its 10 digits. */
export const telephoneOptionnel = z.preprocess(
  videEnNull,
  z
    .string()
    .transform((t, ctx) => {
      const chiffres = normaliserTelephone(t.trim());
      if (chiffres === null) {
        ctx.addIssue({ code: 'custom', message: 'numéro français attendu (10 chiffres, ou +33 et 9 chiffres).' });
        return z.NEVER;
      }
      return chiffres;
    })
    .nullable()
    .default(null),
);

/** `local@domain.tld` (import.md). */
export const emailOptionnel = z.preprocess(
  videEnNull,
  z
    .string()
    .trim()
    .max(254, { error: '254 caractères au plus.' })
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@.]+$/, { error: 'adresse e-mail attendue (nom@domaine.fr).' })
    .nullable()
    .default(null),
);

export const codePostalOptionnel = z.preprocess(
  videEnNull,
  z
    .string()
    .trim()
    .regex(/^\d{5}$/, { error: '5 chiffres attendus.' })
    .nullable()
    .default(null),
);

/** SIRET: 14 digits whose Luhn checksum is valid (spaces allowed when typed). */
export function estSiretValide(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  let somme = 0;
  for (let i = 0; i < 14; i++) {
    let chiffre = Number(siret[13 - i]);
    if (i % 2 === 1) {
      chiffre *= 2;
      if (chiffre > 9) chiffre -= 9;
    }
    somme += chiffre;
  }
  return somme % 10 === 0;
}

export const siretOptionnel = z.preprocess(
  (v) => (typeof v === 'string' ? videEnNull(v.replace(/\s/g, '')) : v),
  z
    .string()
    .refine(estSiretValide, { error: '14 chiffres attendus, avec une clé de contrôle valable.' })
    .nullable()
    .default(null),
);

export const booleen = z.boolean({ error: 'oui ou non attendu.' }).default(false);
