import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { CLE_TEST_TEXTE } from './tests/support/cle-test';

export default defineConfig({
  resolve: {
    alias: {
      // A real `import 'electron'` in Node tries to download the binary: make it fail loudly instead.
      electron: fileURLToPath(new URL('./tests/support/electron-interdit.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 30_000,
    // The CLI's key (cli.md: TREMPLIN_CLE), for tests that run commands in-process.
    env: { TREMPLIN_CLE: CLE_TEST_TEXTE },
  },
});
