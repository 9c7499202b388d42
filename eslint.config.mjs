// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The path aliases of tsconfig.base.json that point into electron/ (`@shared/*` and `@renderer/*` are the others). */
const electronAliases = ['@core/**', '@main/**', '@preload/**', '@cli/**', '@harness/**'];

/** The layering of docs/architecture.md, enforced: who may import whom. */
const electronImport = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const layerRules = {
  shared: {
    paths: [electronImport],
    patterns: [
      {
        group: [
          '**/electron/**',
          '**/renderer/**',
          ...electronAliases,
          '@renderer/**',
          'node:*',
          'better-sqlite3',
          'react',
          'react-dom',
        ],
        message: 'shared/ imports nothing of ours outside shared/, and no Node, DOM or UI libraries.',
      },
    ],
  },
  renderer: {
    paths: [electronImport],
    patterns: [
      {
        group: ['**/electron/**', ...electronAliases, 'node:*', 'better-sqlite3'],
        message: 'The renderer imports only shared/ and UI libraries; data comes through window.api.',
      },
    ],
  },
  core: {
    paths: [electronImport],
    patterns: [
      {
        group: [
          '**/renderer/**',
          '@renderer/**',
          '**/electron/main/**',
          '@main/**',
          '**/electron/preload/**',
          '@preload/**',
        ],
        message: 'Core code runs under plain Node: no Electron, no renderer.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'tests/e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', layerRules.shared] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-imports': ['error', layerRules.renderer] },
  },
  {
    files: ['electron/core/**/*.{ts,tsx}', 'electron/cli/**/*.ts', 'electron/harness/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layerRules.core] },
  },
  { files: ['tests/renderer/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
);
