/**
 * The start-up decision, before the database is opened for writing: is the file sound (ours, not
 * newer, `quick_check`)? If not, never reset it: name the problem and the latest backup that passes
 * its own checks, so the host offers to restore it (the shell's dialog, the preview's message).
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { AccesBase } from '../../db/chiffrement';
import { ouvrirLectureSeule } from '../../db/client';
import { controleRapide } from '../../db/sauvegarde/integrite';
import { verifierSauvegarde } from '../../db/sauvegarde/verifier';
import { dossierParDefaut, sauvegardesDuDossier } from './services/sauvegardes';

export type Diagnostic = { sain: true } | { sain: false; probleme: string; sauvegarde: string | null };

/** The chosen folder, when the damaged file still lets us read its settings. */
function dossierChoisi(client: Database.Database): string | undefined {
  try {
    const ligne = client.prepare("SELECT valeur FROM parametres WHERE cle = 'sauvegarde.dossier'").get() as
      { valeur: string } | undefined;
    return ligne?.valeur;
  } catch {
    return undefined;
  }
}

export function derniereSauvegardeSaine(
  dossiers: readonly string[],
  dossierMigrations: string,
  acces: AccesBase,
): string | null {
  for (const dossier of dossiers) {
    // Newest first; the verification checks the sha256 itself (each file read once).
    for (const s of sauvegardesDuDossier(dossier)) {
      const fichier = join(dossier, s.fichier);
      try {
        verifierSauvegarde(fichier, dossierMigrations, acces);
        return fichier;
      } catch {
        continue;
      }
    }
  }
  return null;
}

export function diagnostiquerBase(fichier: string, dossierMigrations: string, acces: AccesBase): Diagnostic {
  if (!existsSync(fichier)) return { sain: true };
  let probleme: string | null = null;
  let dossier: string | undefined;
  try {
    const client = ouvrirLectureSeule(fichier, dossierMigrations, acces);
    try {
      const problemes = controleRapide(client);
      if (problemes.length > 0) probleme = `Le fichier de la base est abîmé (${problemes[0]}).`;
      dossier = dossierChoisi(client);
    } finally {
      client.close();
    }
  } catch (e) {
    probleme = e instanceof Error ? e.message : String(e);
  }
  if (probleme === null) return { sain: true };
  const dossiers = [...new Set([dossier, dossierParDefaut(fichier)].filter((d) => d !== undefined))];
  return { sain: false, probleme, sauvegarde: derniereSauvegardeSaine(dossiers, dossierMigrations, acces) };
}

/** The French words of the decision, shared by the desktop dialog and the preview. */
export function expliquerDiagnostic(d: Extract<Diagnostic, { sain: false }>): string {
  const suite =
    d.sauvegarde === null
      ? "Aucune sauvegarde intacte n'a été trouvée : n'effacez rien et appelez le support."
      : `La dernière sauvegarde intacte est ${basename(d.sauvegarde)} : vous pouvez la restaurer ` +
        '(la base actuelle est gardée de côté, rien n’est effacé).';
  return `${d.probleme}\n\nTremplin ne l'ouvre pas pour ne rien aggraver. ${suite}`;
}
