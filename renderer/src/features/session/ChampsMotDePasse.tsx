import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LIBELLES_CHAMPS_COMPTE as L } from '../../../../electron/core/contract';
import { ChampMotDePasse } from './ChampMotDePasse';

interface Props<V extends FieldValues, T> {
  control: Control<V, unknown, T>;
  /** The new password and its repetition (see avecConfirmation). */
  noms: { motDePasse: FieldPath<V>; confirmation: FieldPath<V> };
  label?: string;
}

/** A new password and its confirmation, with the policy under the first. */
export function ChampsMotDePasse<V extends FieldValues, T>({ control, noms, label = L.motDePasse }: Props<V, T>) {
  const { t } = useTranslation();
  return (
    <>
      <ChampMotDePasse
        control={control}
        name={noms.motDePasse}
        label={label}
        required
        autoComplete="new-password"
        aide={t('session.motDePasse.aide')}
      />
      <ChampMotDePasse
        control={control}
        name={noms.confirmation}
        label={t('session.motDePasse.confirmation')}
        required
        autoComplete="new-password"
      />
    </>
  );
}
