import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Compte } from '../../../../electron/core/contract';

type Etat = 'inactif' | 'bloque' | 'sansMotDePasse' | 'actif';

/** What keeps an account from logging in, the most lasting first. */
function etatDuCompte(c: Compte): Etat {
  if (!c.actif) return 'inactif';
  if (c.bloque) return 'bloque';
  return c.aMotDePasse ? 'actif' : 'sansMotDePasse';
}

const COULEURS: Record<Etat, 'success' | 'error' | 'default'> = {
  actif: 'success',
  bloque: 'error',
  sansMotDePasse: 'default',
  inactif: 'default',
};

export function EtatCompte({ compte }: { compte: Compte }) {
  const { t } = useTranslation();
  const etat = etatDuCompte(compte);
  return <Chip size="small" variant="outlined" color={COULEURS[etat]} label={t(`comptes.etats.${etat}`)} />;
}
