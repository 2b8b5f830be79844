import Alert from '@mui/material/Alert';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErreurApi, Partenaire } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { enPhrase } from '../../formulaires/useChamp';
import { DialogueFormulaire } from '../orientations/DialogueFormulaire';
import { AutocompletePartenaire, type OptionPartenaire } from './AutocompletePartenaire';

interface Props {
  /** The partner kept: the duplicate merges into it. */
  partenaire: Partenaire;
  fermer: () => void;
  apresFusion: (message: string) => void;
}

/**
 * « Fusionner avec… »: the duplicate is picked in the directory; the dialog says what moves and
 * what disappears, naming both, before anything is sent.
 */
export function DialogueFusion({ partenaire, fermer, apresFusion }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const champ = useRef<HTMLInputElement>(null);
  const [doublon, setDoublon] = useState<OptionPartenaire | null>(null);
  const [aChoisir, setAChoisir] = useState(false);
  const [erreur, setErreur] = useState<ErreurApi | null>(null);
  const [enCours, setEnCours] = useState(false);
  const nom = partenaire.raisonSociale;

  async function fusionner(e: FormEvent) {
    e.preventDefault();
    if (doublon === null) {
      setAChoisir(true);
      champ.current?.focus();
      return;
    }
    setEnCours(true);
    const r = await api['partenaires:fusionner']({ conserveId: partenaire.id, doublonId: doublon.id });
    setEnCours(false);
    if (!r.ok) {
      setErreur(r.erreur);
      return;
    }
    apresFusion(t('partenaires.fusion.faite', { doublon: doublon.raisonSociale, nom }));
  }

  return (
    <DialogueFormulaire
      titre={t('partenaires.fusion.titre')}
      description={t('partenaires.fusion.explication', { nom })}
      libelleEnvoi={t('partenaires.fusion.confirmer')}
      soumettre={(e) => void fusionner(e)}
      enCours={enCours}
      erreur={erreur}
      fermer={fermer}
    >
      <AutocompletePartenaire
        label={t('partenaires.fusion.doublon')}
        required
        exclure={partenaire.id}
        valeur={doublon}
        inputRef={champ}
        erreur={aChoisir ? enPhrase(t('partenaires.fusion.aChoisir')) : undefined}
        onChange={(choix) => {
          setDoublon(choix);
          setAChoisir(false);
          setErreur(null);
        }}
      />
      {doublon && (
        <Alert severity="warning">{t('partenaires.fusion.consequence', { doublon: doublon.raisonSociale, nom })}</Alert>
      )}
    </DialogueFormulaire>
  );
}
