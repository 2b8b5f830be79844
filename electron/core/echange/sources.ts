/**
 * Where the files of an import come from: a folder, or a ZIP of that folder (fflate). Only file
 * names matter (import.md matches them case-insensitively): a ZIP's inner folder is ignored.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { ErreurMetier } from '../erreurs';

export interface FichierSource {
  /** Name or relative path as given (`export/jeunes.csv`). */
  nom: string;
  octets: Uint8Array;
}

const SIGNATURE_ZIP = [0x50, 0x4b, 0x03, 0x04];

export function estZip(octets: Uint8Array): boolean {
  return SIGNATURE_ZIP.every((o, i) => octets[i] === o);
}

/** The files of a ZIP archive (folders skipped). Throws on a damaged archive. */
export function fichiersDuZip(octets: Uint8Array): FichierSource[] {
  return Object.entries(unzipSync(octets))
    .filter(([nom]) => !nom.endsWith('/'))
    .map(([nom, contenu]) => ({ nom, octets: contenu }));
}

/** The files directly in a folder, or those of a ZIP file. */
export function lireSources(chemin: string): FichierSource[] {
  if (statSync(chemin).isDirectory()) {
    return readdirSync(chemin, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => ({ nom: e.name, octets: readFileSync(join(chemin, e.name)) }));
  }
  return fichiersDuZip(readFileSync(chemin));
}

/** Last segment of a path written with / or \. */
export function nomDeBase(nom: string): string {
  return nom.split(/[\\/]/).pop() ?? nom;
}

/** Files sent by the renderer (base64): a single ZIP is opened, a folder's files are taken as they are. */
export function sourcesTransmises(fichiers: readonly { nom: string; contenu: string }[]): FichierSource[] {
  const sources = fichiers.map((f) => ({ nom: f.nom, octets: new Uint8Array(Buffer.from(f.contenu, 'base64')) }));
  const [seul] = sources;
  if (sources.length !== 1 || !seul || !estZip(seul.octets)) return sources;
  try {
    return fichiersDuZip(seul.octets);
  } catch {
    throw new ErreurMetier(
      'VALIDATION',
      `Le fichier ZIP ${seul.nom} est illisible (archive endommagée ?) : rien n'a été importé.`,
    );
  }
}
