/**
 * Which key a command uses: `TREMPLIN_CLE` (the recovery key), else the host's own key for its own
 * file (the installed app), else a hidden prompt on a terminal. A file the command creates gets a
 * new key whose recovery key is printed once; a plain file from before encryption is read as it is
 * and encrypted by the first command that writes to it.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { natureFichier, type AccesBase } from '../../../db/chiffrement';
import { ErreurCle, formaterCleSecours, genererCle, lireCleSecours } from '../securite/cle-base';

export interface SourcesCle {
  /** `TREMPLIN_CLE`. */
  variable: string | undefined;
  /** The installed app's key for its own database (null for any other file). */
  cleHote?: (fichier: string) => Buffer | null;
  /** Asks the recovery key; absent when no one can answer (scripts, CI). */
  demander?: () => Promise<string>;
  liaisonNative?: string;
  annoncer: (texte: string) => void;
}

export async function accesCli(
  fichier: string,
  usage: 'lecture' | 'ecriture',
  sources: SourcesCle,
): Promise<AccesBase> {
  const { liaisonNative } = sources;
  if (sources.variable !== undefined && sources.variable !== '')
    return { cle: lireCleSecours(sources.variable), liaisonNative };
  const hote = sources.cleHote?.(fichier) ?? null;
  if (hote !== null) return { cle: hote, liaisonNative };
  const nature = existsSync(fichier) ? natureFichier(fichier) : 'vide';
  if (nature === 'chiffre') {
    if (sources.demander) return { cle: lireCleSecours(await sources.demander()), liaisonNative };
    throw new ErreurCle(
      'CLE_SECOURS_REQUISE',
      `La base ${basename(fichier)} est chiffrée : donnez sa clé de secours dans la variable TREMPLIN_CLE ` +
        '(ou lancez la commande dans un terminal pour la saisir).',
    );
  }
  if (usage === 'lecture') return { cle: null, liaisonNative };
  const cle = genererCle();
  sources.annoncer(
    [
      `Clé de secours de ${basename(fichier)} — à imprimer et à garder sous clé : sans elle, ni la base`,
      'ni ses sauvegardes ne s’ouvrent. Elle ne sera plus affichée.',
      `  ${formaterCleSecours(cle)}`,
      'Pour les commandes suivantes sur cette base : variable TREMPLIN_CLE.',
    ].join('\n'),
  );
  return { cle, liaisonNative };
}

/** A hidden prompt on the terminal (nothing echoed), or undefined when stdin is not a terminal. */
export function demandeTerminal(): (() => Promise<string>) | undefined {
  if (!process.stdin.isTTY) return undefined;
  return () =>
    new Promise((resoudre) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      process.stderr.write('Clé de secours de la base : ');
      // Echo nothing typed: the key must not stay on screen or in a terminal's scrollback.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
      rl.question('', (reponse) => {
        rl.close();
        process.stderr.write('\n');
        resoudre(reponse);
      });
    });
}
