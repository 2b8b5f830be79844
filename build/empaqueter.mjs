/**
 * `npm run dist` (after `electron-vite build`): electron-builder, then two checks it does not make.
 * 1. Its native rebuild must target Electron's headers: npm's `nodedir` setting is removed from the
 *    environment, and the packaged better-sqlite3 is checked for Electron's ABI.
 * 2. That rebuild happens in place, in node_modules: the Node build that the tests and the CLI need
 *    is restored afterwards (`npm rebuild better-sqlite3`), even when packaging failed.
 * Arguments are passed on to electron-builder (`npm run dist -- --linux`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { environnementSansNodedir, estCompilePourAbi } from './liaison-electron.mjs';

const racine = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const SQLITE_NATIF = path.join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

/** @param {string} abi @returns {boolean} */
function verifierPaquets(abi) {
  const sortie = path.join(racine, 'dist');
  const binaires = (existsSync(sortie) ? readdirSync(sortie) : [])
    .filter((nom) => nom.endsWith('-unpacked'))
    .map((nom) => path.join(sortie, nom, 'resources', 'app.asar.unpacked', SQLITE_NATIF));
  if (binaires.length === 0) {
    console.error('✖ Aucun dossier dist/*-unpacked : impossible de vérifier le module natif empaqueté.');
    return false;
  }
  let valides = true;
  for (const binaire of binaires) {
    if (!existsSync(binaire) || !estCompilePourAbi(binaire, abi)) {
      console.error(
        `✖ ${binaire} manque ou n'est pas compilé pour Electron (ABI ${abi}) : ce paquet ne démarrerait pas.`,
      );
      valides = false;
    }
  }
  return valides;
}

function restaurerConstructionNode() {
  console.log('Restauration de better-sqlite3 pour Node (tests, CLI)…');
  const resultat = spawnSync('npm rebuild better-sqlite3', { cwd: racine, stdio: 'inherit', shell: true });
  const binaire = path.join(racine, SQLITE_NATIF);
  if (resultat.status !== 0 || !existsSync(binaire) || !estCompilePourAbi(binaire, process.versions.modules)) {
    console.error('✖ better-sqlite3 n’a pas pu être reconstruit pour Node : lancez « npm rebuild better-sqlite3 ».');
    return false;
  }
  return true;
}

const abi = readFileSync(require.resolve('electron/abi_version'), 'utf8').trim();
const constructeur = spawnSync(
  process.execPath,
  [require.resolve('electron-builder/cli.js'), ...process.argv.slice(2)],
  {
    cwd: racine,
    stdio: 'inherit',
    env: environnementSansNodedir(process.env),
  },
);
const paquetsValides = constructeur.status === 0 && verifierPaquets(abi);
const nodeRestaure = restaurerConstructionNode();
process.exit(paquetsValides && nodeRestaure ? 0 : 1);
