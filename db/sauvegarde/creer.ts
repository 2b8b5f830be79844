/**
 * A consistent online backup: `VACUUM INTO` through the open connection (a snapshot of committed
 * data, WAL included, without stopping writers; with a SQLCipher key the copy stays encrypted with
 * the same key), synced, then its manifest. The manifest is written last: a backup without one is
 * incomplete and never offered.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type Database from 'better-sqlite3';
import { connecter, type AccesBase } from '../chiffrement';
import {
  cheminManifeste,
  compterLignes,
  ErreurSauvegarde,
  FORMAT_MANIFESTE,
  type Manifeste,
  type NatureSauvegarde,
} from './manifeste';
import { ecrireDurablement, renommerDurablement, sha256Fichier } from './fichiers';

export interface SauvegardeCreee {
  fichier: string;
  manifeste: Manifeste;
}

/** `tremplin-2026-06-15T08-00-00-000Z-quotidienne.sqlite`: sorts by date, says what it is. */
export function nomSauvegarde(fichierBase: string, instant: Date, nature: NatureSauvegarde): string {
  const prefixe = basename(fichierBase).replace(/\.sqlite$/, '');
  return `${prefixe}-${instant.toISOString().replace(/[:.]/g, '-')}-${nature}.sqlite`;
}

export function creerSauvegarde(
  client: Database.Database,
  cible: string,
  nature: NatureSauvegarde,
  instant: Date,
  acces: AccesBase,
): SauvegardeCreee {
  if (existsSync(cible)) throw new ErreurSauvegarde('ECRITURE', `Le fichier ${basename(cible)} existe déjà.`);
  mkdirSync(join(cible, '..'), { recursive: true });
  const partiel = `${cible}.partiel`;
  rmSync(partiel, { force: true });
  try {
    client.prepare('VACUUM INTO ?').run(partiel);
    const copie = connecter(partiel, acces, { readonly: true, fileMustExist: true });
    let versionSchema: number;
    let lignes: Record<string, number>;
    try {
      versionSchema = copie.pragma('user_version', { simple: true }) as number;
      lignes = compterLignes(copie);
    } finally {
      copie.close();
    }
    renommerDurablement(partiel, cible);
    const manifeste: Manifeste = {
      format: FORMAT_MANIFESTE,
      application: 'Tremplin',
      versionSchema,
      horodatage: instant.toISOString(),
      nature,
      taille: statSync(cible).size,
      sha256: sha256Fichier(cible),
      lignes,
    };
    ecrireDurablement(cheminManifeste(cible), `${JSON.stringify(manifeste, null, 2)}\n`);
    return { fichier: cible, manifeste };
  } catch (e) {
    rmSync(partiel, { force: true });
    if (e instanceof ErreurSauvegarde) throw e;
    throw new ErreurSauvegarde(
      'ECRITURE',
      `La sauvegarde n'a pas pu être écrite dans ${join(cible, '..')} : ${(e as Error).message}`,
    );
  }
}
