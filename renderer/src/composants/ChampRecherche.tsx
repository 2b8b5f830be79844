import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';

interface Props {
  label: string;
  valeur: string;
  onChange: (texte: string) => void;
}

/** The search box above a list (youths, partners), with its magnifier. */
export function ChampRecherche({ label, valeur, onChange }: Props) {
  return (
    <TextField
      type="search"
      label={label}
      value={valeur}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
