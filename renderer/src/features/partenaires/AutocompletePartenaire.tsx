import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartenaireLigne } from '../../../../electron/core/contract';
import { libelle, TYPES_PARTENAIRE } from '../../../../electron/core/domain/codes';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { useValeurDifferee } from '../../hooks/useValeurDifferee';
import { joindre } from '../suivi/libellesSuivi';

export type OptionPartenaire = Pick<PartenaireLigne, 'id' | 'raisonSociale' | 'type' | 'commune'>;

/** Suggestions shown at once: the directory is searched by name or SIRET as the user types. */
const SUGGESTIONS = 20;

interface Props {
  label: string;
  valeur: OptionPartenaire | null;
  onChange: (partenaire: OptionPartenaire | null) => void;
  /** A partner never offered (the one being merged into). */
  exclure?: string;
  required?: boolean;
  erreur?: string;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
}

/** Picks a partner of the directory, searched by the server (raison sociale or SIRET). */
export function AutocompletePartenaire({
  label,
  valeur,
  onChange,
  exclure,
  required,
  erreur,
  name,
  inputRef,
  onBlur,
}: Props) {
  const { t } = useTranslation();
  const api = useApi();
  // Only typed text searches: the chosen partner's name filling the box does not narrow the list.
  const [recherche, setRecherche] = useState('');
  const texte = useValeurDifferee(recherche.trim(), 250);
  const resultat = useChargement(
    useCallback(() => api['partenaires:rechercher']({ texte, taillePage: SUGGESTIONS }), [api, texte]),
  );
  const trouves = (resultat.valeur?.lignes ?? []).filter((p) => p.id !== exclure);
  // The chosen partner stays among the options whatever the current search.
  const options = valeur && !trouves.some((p) => p.id === valeur.id) ? [valeur, ...trouves] : trouves;

  return (
    <Autocomplete
      options={options}
      value={valeur}
      onChange={(_e, choix) => onChange(choix)}
      onInputChange={(_e, saisie, raison) => setRecherche(raison === 'input' ? saisie : '')}
      filterOptions={(o) => o}
      getOptionLabel={(o) => o.raisonSociale}
      isOptionEqualToValue={(o, v) => o.id === v.id}
      loading={resultat.enCours}
      loadingText={t('partenaires.autocomplete.chargement')}
      noOptionsText={t('partenaires.autocomplete.aucun')}
      renderOption={({ key, ...proprietes }, o) => (
        <Box component="li" key={key} {...proprietes}>
          <div>
            <Typography variant="body2">{o.raisonSociale}</Typography>
            <Typography variant="caption" color="text.secondary">
              {joindre(libelle(TYPES_PARTENAIRE, o.type), o.commune)}
            </Typography>
          </div>
        </Box>
      )}
      renderInput={(parametres) => (
        <TextField
          {...parametres}
          label={label}
          required={required}
          name={name}
          inputRef={inputRef}
          onBlur={onBlur}
          error={erreur !== undefined}
          helperText={erreur}
        />
      )}
    />
  );
}
