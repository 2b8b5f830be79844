/**
 * SQLite's own checks, as lists of problems (empty = sound). `quick_check` at every start (seconds on
 * a large file), the full `integrity_check` and `foreign_key_check` weekly.
 */
import type Database from 'better-sqlite3';

function lignesDeControle(client: Database.Database, pragma: 'quick_check' | 'integrity_check'): string[] {
  try {
    const lignes = client.pragma(`${pragma}(20)`, { simple: false }) as Record<string, string>[];
    const textes = lignes.map((l) => Object.values(l)[0] ?? '');
    return textes.length === 1 && textes[0] === 'ok' ? [] : textes;
  } catch (e) {
    // A header or page too damaged to walk: SQLite throws (SQLITE_CORRUPT, SQLITE_NOTADB) instead of listing.
    return [(e as Error).message];
  }
}

export function controleRapide(client: Database.Database): string[] {
  return lignesDeControle(client, 'quick_check');
}

export function controleIntegrite(client: Database.Database): string[] {
  return lignesDeControle(client, 'integrity_check');
}

export function referencesCassees(client: Database.Database): { table: string; rowid: number; parent: string }[] {
  return client.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
}

/** The weekly check: the whole file, then the references between tables. */
export function controleComplet(client: Database.Database): string[] {
  const problemes = controleIntegrite(client);
  if (problemes.length > 0) return problemes;
  return referencesCassees(client).map((c) => `référence cassée : ${c.table} ligne ${c.rowid} vers ${c.parent}`);
}
