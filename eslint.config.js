import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const electronImports = {
  paths: [
    { name: 'electron', message: 'Only electron/main, electron/preload and electron/adapters may import electron (importing it here downloads a binary and kills the process).' },
    { name: 'electron-store', message: 'electron-store imports electron: use it only in electron/adapters.' },
  ],
};
const nodeImports = {
  patterns: [{ group: ['node:*', 'fs', 'path', 'child_process', 'os'], message: 'shared/ and renderer/ are pure: no Node modules.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'out/**', '.tmp/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Security checks deliberately look for control characters (e.g. `java\tscript:`).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // CommonJS files exist only where Node must load them with --require (the fake Electron).
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // The layering rule (see ARCHITECTURE.md): shared/ is pure, the renderer talks to main
  // only through the typed client, services never touch Electron.
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { ...electronImports, ...nodeImports, patterns: [...nodeImports.patterns, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing else in the app.' }] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { ...electronImports, patterns: [...nodeImports.patterns, { group: ['**/electron/**'], message: 'The renderer talks to main only through shared/ipc.' }] }] },
  },
  // The command line is plain Node over the services, like the tests: no Electron, no UI.
  {
    files: ['electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { ...electronImports, patterns: [{ group: ['**/renderer/**', '**/adapters/**', '**/preload/**'], message: 'The CLI uses the services only.' }] }] },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { ...electronImports, patterns: [{ group: ['**/renderer/**', '**/main/**', '**/adapters/**', '**/preload/**'], message: 'Services depend only on shared/ and each other.' }] }] },
  },
);
