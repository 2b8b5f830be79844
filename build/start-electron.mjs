/**
 * `npm start` (after `electron-vite build`): runs the built app in Electron, with a better-sqlite3
 * compiled for Electron's ABI handed over through TREMPLIN_LIAISON_SQLITE. Extra arguments are
 * passed on (`npm start -- --help` runs the CLI inside Electron).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { preparerLiaisonSqlite } from './liaison-electron.mjs';

const racine = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const REPLI = 'Pour utiliser Tremplin sans Electron, dans le navigateur : npm run preview';

/** @param {string} message @returns {never} */
function arreter(message) {
  console.error(`\n✖ ${message}\n  ${REPLI}\n`);
  process.exit(1);
}

/** @returns {string} */
function executableElectron() {
  try {
    // Electron ≥ 42 downloads its binary here, on first use, and throws if it cannot.
    return require('electron');
  } catch (erreur) {
    arreter(
      "Electron n'a pas pu être obtenu : son exécutable se télécharge au premier lancement " +
        '(depuis GitHub) et ce téléchargement a échoué — pas d’accès à Internet ?\n' +
        `  Détail : ${erreur instanceof Error ? erreur.message : String(erreur)}`,
    );
  }
}

const electron = executableElectron();
const versionElectron = require('electron/package.json').version;
const abi = readFileSync(require.resolve('electron/abi_version'), 'utf8').trim();

let liaison;
try {
  liaison = await preparerLiaisonSqlite({ racine, versionElectron, abi });
} catch (erreur) {
  arreter(
    `better-sqlite3 n'a pas pu être préparé pour Electron ${versionElectron} : il faut télécharger ` +
      'son binaire précompilé ou les en-têtes d’Electron (pas d’accès à Internet ?), ou disposer ' +
      'd’un compilateur C++.\n' +
      `  Détail : ${erreur instanceof Error ? erreur.message : String(erreur)}\n` +
      '  Le module installé pour Node (tests, CLI) n’a pas été modifié.',
  );
}

/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, TREMPLIN_LIAISON_SQLITE: liaison };
// Inherited from some shells or tools, it would turn Electron into plain Node.
delete env.ELECTRON_RUN_AS_NODE;
const application = spawn(electron, [racine, ...process.argv.slice(2)], { stdio: 'inherit', env });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => application.kill(signal));
}
application.on('error', (erreur) => arreter(`Electron n'a pas pu être lancé : ${erreur.message}`));
application.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
