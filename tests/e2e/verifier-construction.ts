/**
 * The preview serves the built renderer (out/renderer) and builds nothing: refuse to test a build
 * older than the renderer's sources, which would test yesterday's screens.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CONSTRUIT = 'out/renderer/index.html';
/** What the renderer bundle is made of. */
const SOURCES = ['renderer', 'electron/core/contract', 'electron/core/domain'];

function plusRecent(dossier: string): number {
  return readdirSync(dossier, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((max, e) => Math.max(max, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
}

export default function verifierConstruction(): void {
  const relancer = 'lancez « npx electron-vite build » avant les tests e2e.';
  if (!existsSync(CONSTRUIT)) throw new Error(`Interface non construite (${CONSTRUIT} absent) : ${relancer}`);
  if (Math.max(...SOURCES.map(plusRecent)) > statSync(CONSTRUIT).mtimeMs) {
    throw new Error(`L'interface construite est plus ancienne que ses sources : ${relancer}`);
  }
}
