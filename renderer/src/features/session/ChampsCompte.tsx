import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LIBELLES_CHAMPS_COMPTE as L } from '../../../../electron/core/contract';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { ChampsMotDePasse } from './ChampsMotDePasse';

/** Where each field of an account lives in the form's values. */
export type NomsCompte<V extends FieldValues> = Record<
  'prenom' | 'nom' | 'login' | 'motDePasse' | 'confirmation',
  FieldPath<V>
>;

interface Props<V extends FieldValues, T> {
  control: Control<V, unknown, T>;
  noms: NomsCompte<V>;
}

/** Who the account is for, the login and the password twice: a new account, at first run or by ADMIN. */
export function ChampsCompte<V extends FieldValues, T>({ control, noms }: Props<V, T>) {
  const { t } = useTranslation();
  return (
    <>
      <ChampTexte control={control} name={noms.prenom} label={L.prenom} required />
      <ChampTexte control={control} name={noms.nom} label={L.nom} required />
      <ChampTexte control={control} name={noms.login} label={L.login} required aide={t('comptes.creation.aideLogin')} />
      <ChampsMotDePasse control={control} noms={noms} />
    </>
  );
}
