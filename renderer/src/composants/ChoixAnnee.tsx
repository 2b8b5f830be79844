import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

/** The last six years, the current one first: what the direction looks back on. */
export function anneesRecentes(maintenant = new Date()): number[] {
  return Array.from({ length: 6 }, (_, i) => maintenant.getFullYear() - i);
}

/** The year a steering screen is about (the figures are by calendar year). */
export function ChoixAnnee({
  annee,
  onChange,
  disabled,
}: {
  annee: number;
  onChange: (annee: number) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={t('pilotage.annee')}
      value={annee}
      disabled={disabled}
      onChange={(e) => onChange(Number(e.target.value))}
      sx={{ width: 160 }}
    >
      {anneesRecentes().map((a) => (
        <MenuItem key={a} value={a}>
          {a}
        </MenuItem>
      ))}
    </TextField>
  );
}
