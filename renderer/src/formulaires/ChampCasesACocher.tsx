import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import type { FieldPath, FieldValues } from 'react-hook-form';
import type { OptionSelect } from './ChampSelect';
import { useChamp, type ProprietesChamp } from './useChamp';

type Props<V extends FieldValues, N extends FieldPath<V>, T> = ProprietesChamp<V, N, T> & {
  options: readonly OptionSelect[];
  aide?: string;
};

/** Several choices among a few (a list of codes): one checkbox each, in a labelled group. */
export function ChampCasesACocher<V extends FieldValues, N extends FieldPath<V>, T>({
  label,
  options,
  aide,
  ...controle
}: Props<V, N, T>) {
  const { field, erreur } = useChamp(controle);
  const choisis: string[] = field.value ?? [];
  const basculer = (valeur: string, coche: boolean) =>
    field.onChange(coche ? [...choisis, valeur] : choisis.filter((v) => v !== valeur));
  return (
    <FormControl component="fieldset" error={erreur !== undefined}>
      <FormLabel component="legend">{label}</FormLabel>
      {aide && <FormHelperText sx={{ mx: 0 }}>{aide}</FormHelperText>}
      <FormGroup sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: '1fr 1fr 1fr' } }}>
        {options.map((o) => (
          <FormControlLabel
            key={o.valeur}
            label={o.libelle}
            control={
              <Checkbox
                checked={choisis.includes(o.valeur)}
                onChange={(e) => basculer(o.valeur, e.target.checked)}
                onBlur={field.onBlur}
              />
            }
          />
        ))}
      </FormGroup>
      {erreur && <FormHelperText>{erreur}</FormHelperText>}
    </FormControl>
  );
}
