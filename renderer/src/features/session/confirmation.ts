import { z } from 'zod';
import i18n from '../../i18n';

/**
 * A schema of the contract with the new password typed twice: `confirmation` must repeat `champ`.
 * The output drops it, so the password is sent once, in the shape the contract expects.
 */
export function avecConfirmation<K extends string, S extends z.ZodType<Record<K, unknown>>>(schema: S, champ: K) {
  return z
    .intersection(schema, z.object({ confirmation: z.string() }))
    .refine((v) => v.confirmation === v[champ], {
      path: ['confirmation'],
      error: i18n.t('session.motDePasse.differents'),
    })
    .transform(({ confirmation: _confirmation, ...saisie }) => saisie);
}
