/**
 * One crash trial: a child commits transactions, is killed with SIGKILL at a random moment, then the
 * file must pass `integrity_check`, hold every acknowledged transaction, and no partial one.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ouvrirBase } from '../../db/client';
import { controleIntegrite } from '../../db/sauvegarde/integrite';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { ACCES_TEST } from '../support/cle-test';

export const LIGNES_MAX = 40;
const ECRIVAIN = fileURLToPath(new URL('./ecrivain.ts', import.meta.url));

/** A seeded generator (LCG): the same seed gives the same sizes and kill delays. */
export function aleatoire(graine: number): () => number {
  let s = graine >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export interface ResultatEssai {
  acquittees: number;
  presentes: number;
  problemes: string[];
}

export async function essaiCrash(dossier: string, graine: number): Promise<ResultatEssai> {
  const fichier = join(dossier, `crash-${graine}.sqlite`);
  ouvrirBase({ fichier, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: ACCES_TEST }).$client.close();
  const delai = 20 + Math.floor(aleatoire(graine * 7919)() * 400);

  // One node process with tsx as a loader: the `tsx` command would run the writer in a grandchild,
  // which SIGKILL on the wrapper leaves running (the crash would never happen).
  const enfant = spawn(process.execPath, ['--import', 'tsx', ECRIVAIN, fichier, String(graine)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const acquittees = new Set<number>();
  let tampon = '';
  await new Promise<void>((ok, ko) => {
    enfant.stdout.on('data', (morceau: Buffer) => {
      tampon += morceau.toString();
      const lignes = tampon.split('\n');
      tampon = lignes.pop()!;
      for (const l of lignes) {
        if (l === 'pret') setTimeout(() => enfant.kill('SIGKILL'), delai);
        else acquittees.add(Number(l));
      }
    });
    enfant.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? ok() : ko(new Error(`l'écrivain s'est arrêté seul (${_code})`)),
    );
  });

  const client = ouvrirBase({ fichier, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: ACCES_TEST }).$client;
  try {
    const problemes = controleIntegrite(client);
    const lignes = client.prepare("SELECT cle, valeur FROM parametres WHERE cle LIKE 'crash.%'").all() as {
      cle: string;
      valeur: string;
    }[];
    const parTransaction = new Map<number, { vues: number; annoncees: number }>();
    for (const { cle, valeur } of lignes) {
      const id = Number(cle.split('.')[1]);
      const t = parTransaction.get(id) ?? { vues: 0, annoncees: Number(valeur) };
      t.vues++;
      parTransaction.set(id, t);
    }
    for (const [id, t] of parTransaction) {
      if (t.vues !== t.annoncees) problemes.push(`transaction ${id} partielle : ${t.vues}/${t.annoncees} lignes`);
    }
    for (const id of acquittees) {
      if (!parTransaction.has(id)) problemes.push(`transaction ${id} acquittée mais perdue`);
    }
    return { acquittees: acquittees.size, presentes: parTransaction.size, problemes };
  } finally {
    client.close();
  }
}
