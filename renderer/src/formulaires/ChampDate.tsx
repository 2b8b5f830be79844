import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import type { FieldRef } from '@mui/x-date-pickers/models';
import dayjs, { type Dayjs } from 'dayjs';
import { useImperativeHandle, useRef, useState } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useChamp, type ProprietesChamp } from './useChamp';

const ISO = 'YYYY-MM-DD';
/**
 * Form value of a date typed but not valid (31/02/2005, or half typed). It is not an ISO date, so
 * the contract's schema answers with its own message ("date inexistante ou mal écrite").
 */
const DATE_NON_VALABLE = 'date-non-valable';

function versFormulaire(date: Dayjs | null): string {
  if (date === null) return '';
  return date.isValid() ? date.format(ISO) : DATE_NON_VALABLE;
}

/**
 * A date typed DD/MM/YYYY, held by the form as an ISO `AAAA-MM-JJ` string ('' when empty).
 * The picker's own last value is handed back while it matches the form's, so a half-typed date
 * keeps its sections instead of being reset.
 */
export function ChampDate<V extends FieldValues, N extends FieldPath<V>, T>({
  label,
  required,
  ...controle
}: ProprietesChamp<V, N, T>) {
  const { field, erreur } = useChamp(controle);
  const [dernier, setDernier] = useState<Dayjs | null>(null);
  const champ = useRef<FieldRef<Dayjs | null>>(null);
  // react-hook-form focuses the first field in error through this handle.
  useImperativeHandle(field.ref, () => ({ focus: () => champ.current?.focusField(0) }), []);

  const texte = typeof field.value === 'string' ? field.value : '';
  const valeur =
    dernier !== null && versFormulaire(dernier) === texte
      ? dernier
      : texte === '' || texte === DATE_NON_VALABLE
        ? null
        : dayjs(texte, ISO);

  return (
    <DesktopDatePicker
      label={label}
      format="DD/MM/YYYY"
      value={valeur}
      onChange={(date) => {
        setDernier(date);
        field.onChange(versFormulaire(date));
      }}
      name={field.name}
      slotProps={{
        field: { fieldRef: champ },
        textField: {
          required,
          onBlur: field.onBlur,
          error: erreur !== undefined,
          helperText: erreur,
          fullWidth: true,
          size: 'small',
        },
      }}
    />
  );
}
