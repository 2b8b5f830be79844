/**
 * Checks a backup before anyone relies on it: manifest, size and sha256 (a tampered or damaged copy
 * is refused), then the file itself read-only: ours, not newer than this software, `quick_check`,
 * and the rows per table the manifest announced.
 */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { AccesBase } from '../chiffrement';
import { ouvrirLectureSeule } from '../client';
import { compterLignes, ErreurSauvegarde, lireManifeste, type Manifeste } from './manifeste';
import { sha256Fichier } from './fichiers';
import { controleRapide } from './integrite';

export function verifierSauvegarde(fichier: string, dossierMigrations: string, acces: AccesBase): Manifeste {
  const nom = basename(fichier);
  if (!existsSync(fichier)) throw new ErreurSauvegarde('CONTENU', `La sauvegarde ${nom} n'existe pas.`);
  const manifeste = lireManifeste(fichier);
  if (statSync(fichier).size !== manifeste.taille || sha256Fichier(fichier) !== manifeste.sha256) {
    throw new ErreurSauvegarde(
      'EMPREINTE',
      `La sauvegarde ${nom} ne correspond plus à son manifeste (fichier modifié ou abîmé) : elle est refusée.`,
    );
  }
  const client = ouvrirLectureSeule(fichier, dossierMigrations, acces);
  try {
    const problemes = controleRapide(client);
    if (problemes.length > 0)
      throw new ErreurSauvegarde('CONTENU', `La sauvegarde ${nom} est abîmée : ${problemes[0]}`);
    const version = client.pragma('user_version', { simple: true }) as number;
    const lignes = compterLignes(client);
    if (version !== manifeste.versionSchema || JSON.stringify(lignes) !== JSON.stringify(manifeste.lignes)) {
      throw new ErreurSauvegarde('CONTENU', `La sauvegarde ${nom} ne contient pas ce qu'annonce son manifeste.`);
    }
  } finally {
    client.close();
  }
  return manifeste;
}
