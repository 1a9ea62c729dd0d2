// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'bench/results.json', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // The renderer talks to main only through the contract: no Node, no main-process code.
      'no-restricted-imports': ['error', { patterns: ['**/src-main/**', 'node:*', 'fs', 'path', 'better-sqlite3', 'electron'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      // shared/ is pure: no IO, no imports from the processes that use it.
      'no-restricted-imports': ['error', { patterns: ['**/src-*/**', 'node:*', 'fs', 'path', 'better-sqlite3', 'electron'] }],
    },
  },
);
