import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useChamp, type ProprietesChamp } from './useChamp';

export interface OptionSelect {
  valeur: string;
  libelle: string;
}

type Props<V extends FieldValues, N extends FieldPath<V>, T> = ProprietesChamp<V, N, T> & {
  options: readonly OptionSelect[];
  /** After the user picks a choice (to reset the fields that depend on it). */
  onChoix?: (valeur: string) => void;
};

/** A list of choices; an optional one starts with « Non renseigné » (the empty value). */
export function ChampSelect<V extends FieldValues, N extends FieldPath<V>, T>({
  label,
  required,
  options,
  onChoix,
  ...controle
}: Props<V, N, T>) {
  const { t } = useTranslation();
  const { field, erreur: message } = useChamp(controle);
  return (
    <TextField
      select
      label={label}
      required={required}
      name={field.name}
      value={field.value ?? ''}
      onChange={(e) => {
        field.onChange(e);
        onChoix?.(e.target.value);
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={message !== undefined}
      helperText={message}
    >
      {!required && (
        <MenuItem value="">
          <em>{t('commun.nonRenseigne')}</em>
        </MenuItem>
      )}
      {options.map((o) => (
        <MenuItem key={o.valeur} value={o.valeur}>
          {o.libelle}
        </MenuItem>
      ))}
    </TextField>
  );
}
