/** Reading the chosen folder or ZIP in the sandboxed renderer (File API), for the import channels. */
import type { Entree } from '../../../../electron/core/contract';

export type FichierTransmis = Entree<'import:analyser'>['fichiers'][number];

/** The errors shown on screen; the download gives all of them (import.md). */
export const ERREURS_AFFICHEES = 100;

function enBase64(octets: Uint8Array): string {
  let binaire = '';
  // By slices: String.fromCharCode(...all) overflows the stack on large files.
  for (let i = 0; i < octets.length; i += 0x8000) binaire += String.fromCharCode(...octets.subarray(i, i + 0x8000));
  return btoa(binaire);
}

/** A folder's own files: those of its sub-folders are not part of the format. */
export function fichiersDuDossier(fichiers: readonly File[]): File[] {
  return fichiers.filter((f) => f.webkitRelativePath === '' || f.webkitRelativePath.split('/').length === 2);
}

/** Reads every file, reporting the share of bytes read so far (0 to 1). */
export async function lireFichiers(
  fichiers: readonly File[],
  progression: (fraction: number) => void,
): Promise<FichierTransmis[]> {
  const total = fichiers.reduce((n, f) => n + f.size, 0) || 1;
  let lus = 0;
  const transmis: FichierTransmis[] = [];
  for (const f of fichiers) {
    transmis.push({ nom: f.name, contenu: enBase64(new Uint8Array(await f.arrayBuffer())) });
    lus += f.size;
    progression(lus / total);
  }
  return transmis;
}

/** Saves the full list of errors as a text file. */
export function telechargerErreurs(erreurs: readonly string[]): void {
  const url = URL.createObjectURL(new Blob([erreurs.join('\r\n')], { type: 'text/plain;charset=utf-8' }));
  const lien = document.createElement('a');
  lien.href = url;
  lien.download = 'erreurs-import.txt';
  lien.click();
  setTimeout(() => URL.revokeObjectURL(url));
}
