/**
 * `npm run preview`: the app in a browser, on a demo database, for machines where Electron cannot
 * run and for the end-to-end tests.
 *   tsx electron/web-bridge/preview.ts [--db FICHIER] [--port N] [--vierge]
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DOSSIER_MIGRATIONS_SOURCES } from '../core/chemins';
import { ouvrirCore } from '../core/core';
import { remplirDemo } from '../core/demo/demo';
import { demarrerPasserelle } from './serveur';

const RENDERER = fileURLToPath(new URL('../../out/renderer', import.meta.url));

async function principal(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: '.tremplin/apercu.sqlite' },
      port: { type: 'string', default: '0' },
      vierge: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port : nombre entre 0 et 65535 attendu.`);
  if (!existsSync(RENDERER))
    throw new Error(
      "L'interface n'est pas construite : lancez d'abord « npx electron-vite build » (ou « npm run preview »).",
    );

  // PROVISOIRE (comptes en cours de branchement dans l'interface) : à retirer avec l'écran de connexion.
  const core = ouvrirCore({ fichierBase: values.db, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, systeme: true });
  const etat = await core.dispatch('structure:lire', {});
  if (!values.vierge && etat.ok && (etat.valeur as { structure: unknown }).structure === null) await remplirDemo(core);

  const passerelle = await demarrerPasserelle({ core, dossierStatique: RENDERER, port });
  console.log(`Aperçu de Tremplin prêt : ${passerelle.url}`);
  console.log('(Ctrl+C pour arrêter)');
  const arreter = () => {
    void passerelle.fermer().finally(() => {
      core.fermer();
      process.exit(0);
    });
  };
  process.on('SIGINT', arreter);
  process.on('SIGTERM', arreter);
}

principal().catch((e: unknown) => {
  console.error(`Impossible de démarrer l'aperçu : ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
