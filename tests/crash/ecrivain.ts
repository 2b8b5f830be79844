/**
 * Child process of the crash test: opens the database through the real client (WAL, synchronous=FULL)
 * and commits transactions of random size for ever, printing each transaction's id only once
 * `commit` has returned: every printed id is a promise the parent will check after SIGKILL.
 *   tsx tests/crash/ecrivain.ts FICHIER GRAINE
 */
import { ouvrirBase } from '../../db/client';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import { aleatoire, LIGNES_MAX } from './essai';
import { ACCES_TEST } from '../support/cle-test';

const [fichier, graine] = process.argv.slice(2);
const base = ouvrirBase({ fichier: fichier!, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces: ACCES_TEST });
const client = base.$client;
const hasard = aleatoire(Number(graine));
const inserer = client.prepare('INSERT INTO parametres (cle, valeur) VALUES (?, ?)');
const transaction = client.transaction((id: number, lignes: number) => {
  // Each row says how many rows its transaction wrote: the parent sees "all or none".
  for (let k = 0; k < lignes; k++) inserer.run(`crash.${id}.${k}`, String(lignes));
});

process.stdout.write('pret\n');
for (let id = 1; ; id++) {
  transaction(id, 1 + Math.floor(hasard() * LIGNES_MAX));
  process.stdout.write(`${id}\n`);
}
