import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useChamp, type ProprietesChamp } from './useChamp';

export function ChampInterrupteur<V extends FieldValues, N extends FieldPath<V>, T>({
  label,
  ...controle
}: ProprietesChamp<V, N, T>) {
  const { field } = useChamp(controle);
  return (
    <FormControlLabel
      label={label}
      control={
        <Switch
          name={field.name}
          checked={field.value === true}
          onChange={(e) => field.onChange(e.target.checked)}
          onBlur={field.onBlur}
        />
      }
    />
  );
}
