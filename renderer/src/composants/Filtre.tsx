import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { OptionSelect } from '../formulaires/ChampSelect';

interface Props {
  label: string;
  /** The empty choice: no filtering (« Tous »). */
  tous: string;
  valeur: string;
  options: readonly OptionSelect[];
  onChange: (valeur: string) => void;
}

/** A list narrowing what a screen shows; its first choice shows everything. */
export function Filtre({ label, tous, valeur, options, onChange }: Props) {
  return (
    <TextField select label={label} value={valeur} onChange={(e) => onChange(e.target.value)}>
      <MenuItem value="">{tous}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.valeur} value={o.valeur}>
          {o.libelle}
        </MenuItem>
      ))}
    </TextField>
  );
}
