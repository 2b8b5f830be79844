import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Mode,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import type { ErreurApi } from '../../../electron/core/contract';

/**
 * The field a server path names: the whole path (`administrateur.motDePasse` in a form of nested
 * records), or its end when the input wraps the record in an envelope (`saisie.nom` → `nom`).
 */
function champDuFormulaire<V extends FieldValues>(chemin: string, valeurs: V): Path<V> | undefined {
  const parties = chemin.split('.');
  return parties
    .map((_partie, debut) => parties.slice(debut))
    .find((champ) => existe(valeurs, champ))
    ?.join('.') as Path<V> | undefined;
}

/** Whether the form's values hold this path (a field left undefined still exists). */
function existe(valeurs: object, parties: readonly string[]): boolean {
  let courant: unknown = valeurs;
  for (const partie of parties) {
    if (typeof courant !== 'object' || courant === null || !Object.hasOwn(courant, partie)) return false;
    courant = (courant as Record<string, unknown>)[partie];
  }
  return true;
}

/**
 * A form validated by a schema of the contract (instant French messages, the same rules as the
 * server), whose sending may fail with the server's `ErreurApi`: its per-field messages go next to
 * the fields, its sentence to the summary (`erreur`).
 *
 * `V` is what the fields hold: '' for "nothing chosen yet" in a select, which the schema's input type
 * does not admit but which it parses and reports with its own message; hence the resolver's cast.
 *
 * Fields are checked once left (`onTouched`); a form emptied after each sending checks them only
 * when sent (`onSubmit`), so that leaving it blank is not reported as a mistake.
 */
export function useFormulaire<V extends FieldValues, S extends z.ZodType<unknown, unknown>>(
  schema: S,
  valeursInitiales: V,
  envoyer: (donnees: z.output<S>, form: UseFormReturn<V, unknown, z.output<S>>) => Promise<ErreurApi | null>,
  mode: Extract<Mode, 'onTouched' | 'onSubmit'> = 'onTouched',
) {
  const [erreur, setErreur] = useState<ErreurApi | null>(null);
  const form = useForm<V, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<V, unknown, z.output<S>>,
    defaultValues: valeursInitiales as DefaultValues<V>,
    mode,
  });

  const soumettre = form.handleSubmit(async (donnees) => {
    setErreur(null);
    const echec = await envoyer(donnees, form);
    if (echec === null) return;
    setErreur(echec);
    for (const [chemin, message] of Object.entries(echec.champs ?? {})) {
      const champ = champDuFormulaire(chemin, valeursInitiales);
      if (champ !== undefined) form.setError(champ, { type: 'serveur', message });
    }
  });

  return { form, erreur, soumettre };
}
