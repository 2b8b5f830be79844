import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useChamp, type ProprietesChamp } from '../../formulaires/useChamp';

type Props<V extends FieldValues, N extends FieldPath<V>, T> = ProprietesChamp<V, N, T> & {
  /** Lets the browser tell a login from a new password (and never offer to fill the latter). */
  autoComplete: 'current-password' | 'new-password';
  aide?: string;
  autoFocus?: boolean;
};

/** A password, hidden as typed; a toggle shows it, to check a long passphrase. */
export function ChampMotDePasse<V extends FieldValues, N extends FieldPath<V>, T>({
  label,
  required,
  autoComplete,
  aide,
  autoFocus,
  ...controle
}: Props<V, N, T>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const { field, erreur } = useChamp(controle);
  return (
    <TextField
      label={label}
      required={required}
      type={visible ? 'text' : 'password'}
      autoComplete={autoComplete}
      autoFocus={autoFocus}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={erreur !== undefined}
      helperText={erreur ?? aide}
      slotProps={{
        htmlInput: { spellCheck: false, autoCapitalize: 'off' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                aria-label={t('session.motDePasse.afficher')}
                aria-pressed={visible}
                onClick={() => setVisible((v) => !v)}
                edge="end"
                size="small"
              >
                {visible ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
