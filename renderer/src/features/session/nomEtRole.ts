import type { Utilisateur } from '../../../../electron/core/contract';
import { libelle, ROLES } from '../../../../electron/core/domain/codes';
import { nomConseiller } from '../../format';
import i18n from '../../i18n';

/** « Anne Petit (Direction) »: who is logged in, as the top bar and the lock screen say it. */
export function nomEtRole(utilisateur: Utilisateur): string {
  return i18n.t('session.utilisateur', { nom: nomConseiller(utilisateur), role: libelle(ROLES, utilisateur.role) });
}
