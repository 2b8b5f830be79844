/** Durable file operations: a rename survives a power cut only once the data and the folder are synced. */
import { closeSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';

export function synchroniser(chemin: string): void {
  const fd = openSync(chemin, 'r');
  try {
    fsyncSync(fd);
  } catch (e) {
    // Windows cannot fsync a folder (EPERM/EISDIR): NTFS journals the rename itself.
    if (!['EPERM', 'EISDIR', 'EINVAL'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
  } finally {
    closeSync(fd);
  }
}

/** Replaces `cible` by `source` (same folder) in one step: readers see the old or the new file, never half. */
export function renommerDurablement(source: string, cible: string): void {
  synchroniser(source);
  renameSync(source, cible);
  synchroniser(dirname(cible));
}

/** Writes a whole small file (manifest, wrapped key) durably, readable by its owner only. */
export function ecrireDurablement(cible: string, contenu: string | Buffer): void {
  mkdirSync(dirname(cible), { recursive: true });
  writeFileSync(`${cible}.partiel`, contenu, { mode: 0o600 });
  renommerDurablement(`${cible}.partiel`, cible);
}

/** sha256 read by chunks: a backup may be larger than what one wants in memory. */
export function sha256Fichier(chemin: string): string {
  const hash = createHash('sha256');
  const tampon = Buffer.alloc(1 << 20);
  const fd = openSync(chemin, 'r');
  try {
    for (let lus = readSync(fd, tampon); lus > 0; lus = readSync(fd, tampon)) hash.update(tampon.subarray(0, lus));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
