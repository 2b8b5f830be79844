import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useChamp, type ProprietesChamp } from './useChamp';

type Props<V extends FieldValues, N extends FieldPath<V>, T> = ProprietesChamp<V, N, T> & {
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  /** Shown under the field while it has no error (expected format…). */
  aide?: string;
  /** A text of several lines (comments): the field grows with it. */
  multiligne?: boolean;
  /** Unit shown at the end of the field (« € »). */
  suffixe?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
};

export function ChampTexte<V extends FieldValues, N extends FieldPath<V>, T>({
  label,
  required,
  type = 'text',
  autoComplete = 'off',
  aide,
  multiligne = false,
  suffixe,
  inputMode,
  ...controle
}: Props<V, N, T>) {
  const { field, erreur } = useChamp(controle);
  return (
    <TextField
      label={label}
      required={required}
      type={type}
      autoComplete={autoComplete}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={erreur !== undefined}
      helperText={erreur ?? aide}
      multiline={multiligne}
      minRows={multiligne ? 2 : undefined}
      slotProps={{
        htmlInput: { inputMode },
        input: suffixe ? { endAdornment: <InputAdornment position="end">{suffixe}</InputAdornment> } : undefined,
      }}
    />
  );
}
