import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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
    // The CLI's key (TREMPLIN_CLE) for tests that run commands in-process.
    setupFiles: ['tests/support/environnement-test.ts'],
  },
});
