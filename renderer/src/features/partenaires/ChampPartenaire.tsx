import { useState } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useChamp, type ProprietesChamp } from '../../formulaires/useChamp';
import { AutocompletePartenaire, type OptionPartenaire } from './AutocompletePartenaire';
import { usePartenaire } from './usePartenaire';

type Props<V extends FieldValues, N extends FieldPath<V>, T> = ProprietesChamp<V, N, T> & {
  /** After the user picks another partner (or none): '' when cleared. */
  onChoix?: (id: string) => void;
};

/** A form field holding a partner's id ('' for none), picked by name in the directory. */
export function ChampPartenaire<V extends FieldValues, N extends FieldPath<V>, T>({
  label,
  required,
  onChoix,
  ...controle
}: Props<V, N, T>) {
  const { field, erreur } = useChamp(controle);
  const id = typeof field.value === 'string' ? field.value : '';
  const [choisi, setChoisi] = useState<OptionPartenaire | null>(null);
  // An id the form already held (a record being edited) is named by loading its partner.
  const aNommer = usePartenaire(id !== '' && choisi?.id !== id ? id : '');
  const valeur = [choisi, aNommer.valeur].find((p) => p && id !== '' && p.id === id) ?? null;

  return (
    <AutocompletePartenaire
      label={label}
      required={required}
      name={field.name}
      inputRef={field.ref}
      onBlur={field.onBlur}
      erreur={erreur}
      valeur={valeur}
      onChange={(partenaire) => {
        setChoisi(partenaire);
        field.onChange(partenaire?.id ?? '');
        onChoix?.(partenaire?.id ?? '');
      }}
    />
  );
}
