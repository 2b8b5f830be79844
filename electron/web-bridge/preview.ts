/**
 * `npm run preview`: the app in a browser, on a demo database, for machines where Electron cannot
 * run and for the end-to-end tests.
 *   tsx electron/web-bridge/preview.ts [--db FICHIER] [--port N] [--vierge]
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DOSSIER_MIGRATIONS_SOURCES } from '../core/chemins';
import type { EtatStructure } from '../core/contract';
import type { AccesBase } from '../../db/chiffrement';
import { ouvrirCore } from '../core/core';
import { cleDuPoste, lireCleSecours } from '../core/securite/cle-base';
import { diagnostiquerBase, expliquerDiagnostic } from '../core/demarrage';
import { MOT_DE_PASSE_DEMO, remplirDemo } from '../core/demo/demo';
import { ROLES } from '../core/domain/codes';
import { demarrerPasserelle } from './serveur';

const RENDERER = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/**
 * Fills an empty database with the demo Mission Locale. Only the set-up acts as the system (it
 * creates the first accounts and sites): its core is closed before anything is served.
 */
async function preparerDemo(fichierBase: string, acces: AccesBase): Promise<void> {
  const systeme = ouvrirCore({ fichierBase, dossierMigrations: DOSSIER_MIGRATIONS_SOURCES, acces, systeme: true });
  try {
    const etat = await systeme.dispatch('structure:lire', {});
    if (etat.ok && (etat.valeur as EtatStructure).structure === null) {
      await remplirDemo(systeme);
      const rempli = await systeme.dispatch('structure:lire', {});
      const comptes = rempli.ok ? (rempli.valeur as EtatStructure).conseillers : [];
      // The demo's password is public (demo.ts): printing it is how one tries the preview.
      console.log(
        `Comptes de démonstration : ${comptes.map((c) => `${c.login} (${ROLES.libelles[c.role]})`).join(', ')}.`,
      );
      console.log(`Mot de passe de chacun : « ${MOT_DE_PASSE_DEMO} ».`);
    }
  } finally {
    systeme.fermer();
  }
}

/**
 * The preview has no operating-system keychain: its key is TREMPLIN_CLE (the tests' fixed key), or
 * else a file beside the database, readable by its owner only. A development twin, not a place for
 * real data (the desktop app wraps its key with safeStorage).
 */
function accesApercu(fichierBase: string): AccesBase {
  if (process.env.TREMPLIN_CLE) return { cle: lireCleSecours(process.env.TREMPLIN_CLE) };
  const coffreEnClair = {
    disponible: () => true,
    envelopper: (texte: string) => Buffer.from(texte),
    ouvrir: (enveloppe: Buffer) => enveloppe.toString(),
  };
  return { cle: cleDuPoste({ fichierCle: `${fichierBase}.cle`, fichierBase, coffre: coffreEnClair }) };
}

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

  const acces = accesApercu(values.db);
  const diagnostic = diagnostiquerBase(values.db, DOSSIER_MIGRATIONS_SOURCES, acces);
  if (!diagnostic.sain) {
    const commande = diagnostic.sauvegarde
      ? `\nPour la restaurer : npm run tremplin -- restaurer --from "${diagnostic.sauvegarde}" --db "${values.db}"`
      : '';
    throw new Error(`${expliquerDiagnostic(diagnostic)}${commande}`);
  }
  if (!values.vierge) await preparerDemo(values.db, acces);
  // The served core runs the real access control: the browser logs in like the desktop app.
  const core = ouvrirCore({
    fichierBase: values.db,
    dossierMigrations: DOSSIER_MIGRATIONS_SOURCES,
    acces,
    entretienAutomatique: true,
  });
  const passerelle = await demarrerPasserelle({ core, dossierStatique: RENDERER, port });
  const arreter = () => {
    void passerelle.fermer().finally(() => {
      core.fermer();
      process.exit(0);
    });
  };
  // Before announcing the address: whoever reads it may stop the server at once, which must close the base.
  process.on('SIGINT', arreter);
  process.on('SIGTERM', arreter);
  console.log(`Aperçu de Tremplin prêt : ${passerelle.url}`);
  console.log('(Ctrl+C pour arrêter)');
}

principal().catch((e: unknown) => {
  console.error(`Impossible de démarrer l'aperçu : ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
