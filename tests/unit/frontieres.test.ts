import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The architecture's import direction, as ESLint enforces it (docs/adr/0001-architecture.md). */
const eslint = new ESLint();

async function importsRefuses(fichier: string, code: string): Promise<string[]> {
  const [resultat] = await eslint.lintText(code, { filePath: fichier });
  return (resultat?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('sens des imports', () => {
  it.each([
    ['renderer/src/x.ts', "import { ouvrirCore } from '../../electron/core/core';"],
    ['renderer/src/x.ts', "import { listerJeunes } from '../../db/repositories/jeunes';"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { creerJeune } from '../../electron/core/services/jeunes';"],
    ['electron/core/services/x.ts', "import { app } from 'electron';"],
    ['electron/core/domain/x.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/core/contract/x.ts', "import { ouvrirBase } from '../../../db/client';"],
    ['db/repositories/x.ts', "import { ouvrirCore } from '../../electron/core/core';"],
    ['db/repositories/x.ts', "import { CANAUX } from '../../electron/core/contract';"],
    ['electron/web-bridge/x.ts', "import { app } from 'electron';"],
  ])('%s : refuse %s', async (fichier, code) => {
    expect(await importsRefuses(fichier, `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it.each([
    ['renderer/src/x.ts', "import { CANAUX } from '../../electron/core/contract';"],
    ['renderer/src/x.ts', "import { ageRevolu } from '../../electron/core/domain/dates';"],
    ['db/schema/x.ts', "import { SEXES } from '../../electron/core/domain/codes';"],
    ['electron/shell/x.ts', "import { app } from 'electron';"],
  ])('%s : accepte %s', async (fichier, code) => {
    expect(await importsRefuses(fichier, `${code}\nexport {};\n`)).toEqual([]);
  });
});

it("un import d'electron dans un test Node échoue avec un message explicite", async () => {
  await expect(import('electron')).rejects.toThrow(/ne doit pas être importé dans les tests Node/);
});
