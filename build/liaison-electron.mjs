/**
 * A better-sqlite3 compiled for Electron's ABI, for `npm start`. It is built in its own folder
 * (out/native-electron/) from a copy of node_modules/better-sqlite3: rebuilding in place would
 * replace the Node build that the tests and the CLI load.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether a compiled Node addon targets this ABI (NODE_MODULE_VERSION): Node and Electron look up
 * the `node_register_module_v<ABI>` symbol, whose name is stored in clear in the binary.
 * @param {string} fichierNode
 * @param {string | number} abi
 * @returns {boolean}
 */
export function estCompilePourAbi(fichierNode, abi) {
  return readFileSync(fichierNode).includes(`node_register_module_v${abi}\0`);
}

/**
 * npm hands its `nodedir` setting (/usr on our machines) to node-gyp through the environment:
 * node-gyp would then compile against Node's headers instead of Electron's and still report success.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function environnementSansNodedir(env) {
  return Object.fromEntries(Object.entries(env).filter(([cle]) => cle.toLowerCase() !== 'npm_config_nodedir'));
}

/**
 * The path of a better-sqlite3 binary for this Electron, building it on first use.
 * @param {{ racine: string, versionElectron: string, abi: string }} options
 * @returns {Promise<string>}
 */
export async function preparerLiaisonSqlite({ racine, versionElectron, abi }) {
  const source = path.join(racine, 'node_modules', 'better-sqlite3');
  const dossier = path.join(racine, 'out', 'native-electron');
  const copie = path.join(dossier, 'better-sqlite3');
  const binaire = path.join(copie, 'build', 'Release', 'better_sqlite3.node');
  const marque = path.join(dossier, 'construit-pour.json');
  const attendu = JSON.stringify({
    electron: versionElectron,
    // The name too: better-sqlite3 and its cipher build share version numbers (package.json alias).
    betterSqlite3: (({ name, version }) => `${name}@${version}`)(
      JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')),
    ),
    plateforme: `${process.platform}-${process.arch}`,
  });
  if (existsSync(binaire) && existsSync(marque) && readFileSync(marque, 'utf8') === attendu) return binaire;

  console.log(`Préparation de better-sqlite3 pour Electron ${versionElectron} (une fois par version)…`);
  rmSync(dossier, { recursive: true, force: true });
  const constructionNode = path.join(source, 'build');
  cpSync(source, copie, {
    recursive: true,
    dereference: true,
    filter: (chemin) => chemin !== constructionNode && !chemin.startsWith(constructionNode + path.sep),
  });
  // Dependency of electron-builder; imported only here so that tests never load it.
  const { rebuild } = await import('@electron/rebuild');
  const envAvant = process.env;
  process.env = environnementSansNodedir(envAvant);
  try {
    // The copy has no node_modules of its own: only the package itself is rebuilt (prebuilt binary
    // for this Electron when one is published, else node-gyp with Electron's headers).
    await rebuild({ buildPath: copie, electronVersion: versionElectron, force: true });
  } finally {
    process.env = envAvant;
  }
  if (!existsSync(binaire) || !estCompilePourAbi(binaire, abi)) {
    throw new Error(
      `le fichier produit (${binaire}) n'est pas compilé pour l'ABI ${abi} d'Electron ${versionElectron}.`,
    );
  }
  writeFileSync(marque, attendu);
  return binaire;
}
