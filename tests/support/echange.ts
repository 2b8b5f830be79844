/** Helpers of the exchange-format tests: a logical dump of a database, the CLI with captured output. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { executerCli } from '../../electron/core/cli/cli';
import type { FichierExporte } from '../../electron/core/echange/export';

export const FIXTURES_IMPORT = join(import.meta.dirname, '..', 'fixtures', 'import');

/** Every row of every table, in rowid order: equal dumps mean the same content. */
export function contenuBase(client: Database.Database): string {
  const tables = client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return JSON.stringify(tables.map((t) => [t, client.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const sorties = { stdout: [] as string[], stderr: [] as string[] };
  const code = await executerCli(argv, {
    sorties: { stdout: (t) => sorties.stdout.push(t), stderr: (t) => sorties.stderr.push(t) },
  });
  return { code, stdout: sorties.stdout.join('\n'), stderr: sorties.stderr.join('\n') };
}

export function ecrireExport(dossier: string, fichiers: readonly FichierExporte[]): void {
  mkdirSync(dossier, { recursive: true });
  for (const f of fichiers) writeFileSync(join(dossier, f.nom), f.contenu);
}

/** The files of a folder, by name: two exports compare as a whole. */
export function lireDossier(dossier: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dossier).map((nom) => [nom, readFileSync(join(dossier, nom), 'utf8')]));
}
