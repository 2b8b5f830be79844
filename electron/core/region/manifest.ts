/** `manifest.json` of `tremplin-indicateurs/1`: what the package is, and the fingerprint of each file. */
import { createHash } from 'node:crypto';
import type { ParametresRegion } from './indicateurs/types';
import type { ControleQualite } from './qualite';

export interface FichierPaquet {
  nom: string;
  contenu: Uint8Array;
  /** Data rows of a CSV file (header excluded). */
  lignes?: number;
}

export interface Manifest {
  format: 'tremplin-indicateurs';
  version: 1;
  structure: { code: string; nom: string; siret: string | null };
  annee: number;
  periode: { debut: string; fin: string };
  genere_le: string;
  logiciel: { nom: string; version: string };
  parametres: ParametresRegion;
  qualite: Record<ControleQualite, number>;
  fichiers: { nom: string; sha256: string; lignes?: number }[];
}

export const sha256 = (contenu: Uint8Array) => createHash('sha256').update(contenu).digest('hex');

/** ISO 8601 in the machine's (the office's) local time with its offset: `2026-01-15T10:42:00+01:00`. */
export function horodatageLocal(instant: Date): string {
  const deux = (n: number) => String(n).padStart(2, '0');
  const decalage = -instant.getTimezoneOffset();
  const signe = decalage >= 0 ? '+' : '-';
  const abs = Math.abs(decalage);
  return (
    `${instant.getFullYear()}-${deux(instant.getMonth() + 1)}-${deux(instant.getDate())}` +
    `T${deux(instant.getHours())}:${deux(instant.getMinutes())}:${deux(instant.getSeconds())}` +
    `${signe}${deux(Math.floor(abs / 60))}:${deux(abs % 60)}`
  );
}

export function empreintes(fichiers: readonly FichierPaquet[]): Manifest['fichiers'] {
  return fichiers.map((f) => ({
    nom: f.nom,
    sha256: sha256(f.contenu),
    ...(f.lignes === undefined ? {} : { lignes: f.lignes }),
  }));
}

export function ecrireManifest(manifest: Manifest): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
}
