/** Electron's safeStorage as the core's Coffre: DPAPI on Windows, Keychain on macOS, the keyring on Linux. */
import { safeStorage } from 'electron';
import type { Coffre } from '../core/securite/cle-base';

export const coffreSysteme: Coffre = {
  disponible: () => safeStorage.isEncryptionAvailable(),
  envelopper: (texte) => safeStorage.encryptString(texte),
  ouvrir: (enveloppe) => safeStorage.decryptString(enveloppe),
};
