/**
 * The manifest written next to each backup: what it is and how to recognise it intact
 * (sha256 of the file, rows per table). A backup without a valid manifest is never restored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { NATURES_SAUVEGARDE, type NatureSauvegarde } from '../../electron/core/domain/sauvegardes';

export const FORMAT_MANIFESTE = 'tremplin-sauvegarde/1';

export type { NatureSauvegarde };

const manifesteSchema = z.object({
  format: z.literal(FORMAT_MANIFESTE),
  application: z.literal('Tremplin'),
  versionSchema: z.int().min(1),
  horodatage: z.iso.datetime(),
  nature: z.enum(NATURES_SAUVEGARDE),
  taille: z.int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  lignes: z.record(z.string(), z.int().min(0)),
});
export type Manifeste = z.output<typeof manifesteSchema>;

export class ErreurSauvegarde extends Error {
  constructor(
    readonly code: 'MANIFESTE' | 'EMPREINTE' | 'CONTENU' | 'EMPLACEMENT' | 'ECRITURE',
    message: string,
  ) {
    super(message);
    this.name = 'ErreurSauvegarde';
  }
}

export function cheminManifeste(fichierSauvegarde: string): string {
  return `${fichierSauvegarde.replace(/\.sqlite$/, '')}.manifeste.json`;
}

export function lireManifeste(fichierSauvegarde: string): Manifeste {
  const chemin = cheminManifeste(fichierSauvegarde);
  const nom = basename(fichierSauvegarde);
  if (!existsSync(chemin)) throw new ErreurSauvegarde('MANIFESTE', `La sauvegarde ${nom} n'a pas de manifeste.`);
  let brut: unknown;
  try {
    brut = JSON.parse(readFileSync(chemin, 'utf8'));
  } catch {
    throw new ErreurSauvegarde('MANIFESTE', `Le manifeste de la sauvegarde ${nom} est illisible.`);
  }
  const lu = manifesteSchema.safeParse(brut);
  if (!lu.success) throw new ErreurSauvegarde('MANIFESTE', `Le manifeste de la sauvegarde ${nom} est invalide.`);
  return lu.data;
}

/** Rows of every table (sqlite_% excluded): compared after a restore and shown in the manifest. */
export function compterLignes(client: Database.Database): Record<string, number> {
  const tables = client
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      client
        .prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}
