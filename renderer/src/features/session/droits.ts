/**
 * What each role uses in the interface. The core enforces the rules (electron/core/permissions.ts,
 * channel by channel); the interface only hides the screens and actions a role could not use.
 */
import type { Role } from '../../../../electron/core/domain/codes';

export const DROITS = {
  /** Youth list, new file, recent contacts, recording a contact. */
  accueil: ['ACCUEIL', 'CONSEILLER', 'DIRECTION'],
  /** The follow-up: path, orientations, partners, history, confidential details when allowed. */
  suivi: ['CONSEILLER', 'DIRECTION'],
  /** The Mission Locale's identity and sites. */
  structure: ['ADMIN'],
  /** The accounts list, unlocking, the idle-lock delay. */
  comptes: ['ADMIN', 'DIRECTION'],
  /** Creating accounts and setting their passwords. */
  gestionComptes: ['ADMIN'],
  /** Backups (folder, list, backup now, restore) and the database's integrity. */
  sauvegardes: ['ADMIN', 'DIRECTION'],
  /** The audit trail, who read a file, access grants. */
  direction: ['DIRECTION'],
} as const satisfies Record<string, readonly Role[]>;

export type Droit = keyof typeof DROITS;

export function aLeDroit(role: Role, droit: Droit): boolean {
  return (DROITS[droit] as readonly Role[]).includes(role);
}

/** Where a role lands after login (and from any screen it may not use). */
export function pageDAccueil(role: Role): string {
  return aLeDroit(role, 'accueil') ? '/jeunes' : '/comptes';
}
