/**
 * Puts a verified backup in place of the database file. The caller has closed every connection to
 * it. Order matters: check the backup (nothing touched if refused), keep the current file, copy the
 * backup next to the database and check the copy, then swap in one rename. A -wal left beside the old
 * file would be replayed into the new one, so it goes before the rename (the kept copy holds it).
 * A backup from another workstation opens with its recovery key, and is re-keyed to this one's
 * key before the swap, so the app opens it as its own.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { chiffrerEnPlace, connecter, type AccesBase } from '../chiffrement';
import { creerSauvegarde, nomSauvegarde } from './creer';
import { ErreurSauvegarde, type Manifeste } from './manifeste';
import { renommerDurablement, sha256Fichier, synchroniser } from './fichiers';
import { verifierSauvegarde } from './verifier';

export interface OptionsRestauration {
  source: string;
  fichierBase: string;
  /** Where the copy of the current file goes. */
  dossierSauvegardes: string;
  dossierMigrations: string;
  instant: Date;
  acces: AccesBase;
  /** The backup's own key when it is not this workstation's (its recovery key). */
  cleSauvegarde?: Buffer;
}

export interface Restauration {
  manifeste: Manifeste;
  /** The copy of the replaced file (null when there was none). */
  copieAvant: string | null;
}

/**
 * A consistent copy when SQLite can still read the file; otherwise its raw bytes (and its WAL), so
 * that even a damaged file is never lost.
 */
function conserverBaseActuelle(options: OptionsRestauration): string | null {
  const { fichierBase, dossierSauvegardes, instant, acces } = options;
  if (!existsSync(fichierBase)) return null;
  const cible = join(dossierSauvegardes, nomSauvegarde(fichierBase, instant, 'avant-restauration'));
  try {
    const client = connecter(fichierBase, acces, { fileMustExist: true });
    try {
      return creerSauvegarde(client, cible, 'avant-restauration', instant, acces).fichier;
    } finally {
      client.close();
    }
  } catch {
    const brute = cible.replace(/\.sqlite$/, '-brute.sqlite');
    for (const suffixe of ['', '-wal']) {
      if (existsSync(fichierBase + suffixe)) copyFileSync(fichierBase + suffixe, brute + suffixe);
    }
    synchroniser(dossierSauvegardes);
    return brute;
  }
}

export function restaurerSauvegarde(options: OptionsRestauration): Restauration {
  const { source, fichierBase, dossierMigrations, acces, cleSauvegarde } = options;
  const accesSauvegarde = cleSauvegarde === undefined ? acces : { ...acces, cle: cleSauvegarde };
  const manifeste = verifierSauvegarde(source, dossierMigrations, accesSauvegarde);
  const copieAvant = conserverBaseActuelle(options);
  const temporaire = join(dirname(fichierBase), `.${basename(fichierBase)}.restauration`);
  rmSync(temporaire, { force: true });
  copyFileSync(source, temporaire);
  if (sha256Fichier(temporaire) !== manifeste.sha256) {
    rmSync(temporaire, { force: true });
    throw new ErreurSauvegarde(
      'ECRITURE',
      "La copie de la sauvegarde a échoué (disque plein ?) : rien n'a été remplacé.",
    );
  }
  if (cleSauvegarde !== undefined && acces.cle !== null && !cleSauvegarde.equals(acces.cle)) {
    const copie = connecter(temporaire, accesSauvegarde, { fileMustExist: true });
    try {
      chiffrerEnPlace(copie, acces.cle);
    } finally {
      copie.close();
    }
  }
  for (const suffixe of ['-wal', '-shm', '-journal']) rmSync(fichierBase + suffixe, { force: true });
  renommerDurablement(temporaire, fichierBase);
  return { manifeste, copieAvant };
}
