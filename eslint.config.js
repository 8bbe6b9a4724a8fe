// Lint rules, including the process boundaries of ARCHITECTURE.md ("may import" column) as
// no-restricted-imports per folder, so a wrong import fails CI rather than waiting for review.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'net',
  'worker_threads',
];
/** Package imports, e.g. 'electron' or '@mantine/core/styles.css'. */
const packages = (names, message) => names.map((name) => ({ group: [name, `${name}/**`], message }));
/** Relative imports that climb into another process folder of src/, e.g. '../../core/db'. */
const folders = (names, message) => [
  { regex: `^(\\.\\./)+(${names.join('|')})(/|$)`, message },
  { regex: `^\\./(${names.join('|')})(/|$)`, message },
];

const boundary = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'coverage',
      'test-results',
      'playwright-report',
      'bench/results',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  boundary(
    ['src/shared/**'],
    [
      ...packages(
        ['electron', 'react', 'react-dom', 'sqlite3', 'kysely', 'fastify', ...nodeBuiltins],
        'src/shared is pure: zod and pure libraries only.',
      ),
      ...folders(
        ['core', 'main', 'preload', 'renderer', 'web', 'server'],
        'src/shared imports nothing else in src/.',
      ),
    ],
  ),
  boundary(
    ['src/core/**'],
    [
      ...packages(
        ['electron', 'react', 'react-dom', '@mantine/*', 'fastify', '@fastify/*'],
        'The core is a plain Node library: no Electron, React or HTTP framework.',
      ),
      ...folders(['main', 'preload', 'renderer', 'web', 'server'], 'The core does not know its hosts.'),
    ],
  ),
  boundary(
    ['src/renderer/**'],
    [
      ...packages(
        ['electron', 'sqlite3', 'kysely', 'fastify', ...nodeBuiltins],
        'The renderer runs in a browser sandbox.',
      ),
      ...folders(
        ['core', 'main', 'web', 'server'],
        'The renderer reaches the core only through src/renderer/src/api.',
      ),
    ],
  ),
  boundary(
    ['src/preload/**'],
    [
      ...packages(['sqlite3', 'kysely'], 'The preload only bridges calls and events.'),
      ...folders(['core', 'main', 'renderer', 'web', 'server'], 'The preload only bridges calls and events.'),
    ],
  ),
  boundary(
    ['src/main/**'],
    [
      ...packages(
        ['react', 'react-dom', '@mantine/*', 'fastify'],
        'main does not import the UI or an HTTP framework.',
      ),
      ...folders(
        ['renderer', 'web', 'server'],
        'main hosts the core; it does not import the UI or the other hosts.',
      ),
    ],
  ),
  boundary(
    ['src/web/**'],
    [
      ...packages(['electron', 'react', 'react-dom', '@mantine/*'], 'The browser-mode host is plain Node.'),
      ...folders(
        ['renderer', 'main', 'preload'],
        'The browser-mode host serves the built renderer; it never imports it.',
      ),
    ],
  ),
  boundary(
    ['src/server/**'],
    [
      ...packages(
        ['electron', 'react', 'react-dom', '@mantine/*'],
        'The sync server is plain Node: no Electron or UI.',
      ),
      ...folders(
        ['main', 'preload', 'renderer', 'web'],
        'The sync server shares only src/shared and the pure sync modules of the core.',
      ),
    ],
  ),
);
