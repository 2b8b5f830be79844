// Lint rules, including the import direction of the architecture (docs/adr/0001-architecture.md):
// renderer → contract/domain only; only the shell and the preload import electron; the core and
// the database never do; the contract and the domain stay pure (no Node, no database).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electron = { name: 'electron', message: "Seuls electron/shell et electron/preload importent 'electron'." };
const natif = {
  group: ['node:*', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', '**/db/**', '**/db'],
  message: 'Code pur : ni Node, ni base de données.',
};

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'reports', 'test-results', 'tests/output', 'db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            natif,
            {
              group: [
                '**/electron/shell/**',
                '**/electron/preload/**',
                '**/electron/web-bridge/**',
                '**/electron/core/*',
                '!**/electron/core/contract',
                '!**/electron/core/domain',
                '**/electron/core/services/**',
                '**/electron/core/cli/**',
              ],
              message: "L'interface ne parle au cœur que par le contrat (electron/core/contract) et le domaine pur.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/web-bridge/**/*.ts', 'db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron] }] },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            {
              group: ['**/electron/*', '!**/electron/core', '**/electron/core/*', '!**/electron/core/domain'],
              message: 'La base ne dépend que du domaine pur.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/contract/**/*.ts', 'electron/core/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: [natif] }] },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron] }] },
  },
);
