// Lint for every script of the repository: the widgets with the recommended sets of Lit's, web components' and Lit
// accessibility's plugins; everything with ESLint's and typescript-eslint's recommended rules. `npm run lint` runs
// it with lit-analyzer (strict) and prettier's check; `npm test` runs that. Every rule switched off says why.
import js from '@eslint/js';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wcPlugin from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Code that runs in browsers: the widgets, their stories and tests, the demo and embed builder pages. */
const browserCode = [
  'src/**',
  'stories/**',
  '.storybook/**',
  'test/**/*.ts',
  'demo/**',
  'bench/pages/**',
  'test/embedding/pages/**',
  'test/frameworks/*/src/**',
];

/** Node scripts that also hand functions to a browser to run (`page.evaluate`, DevTools' `Runtime.evaluate`). */
const browserDrivers = ['test/embedding/**', 'test/frameworks/*.mjs', 'test/storybook/**', 'bench/**'];

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'coverage/', 'test-results/', '**/node_modules/', 'data/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // `_` marks a parameter a callback's signature requires but this one does not read.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // The bench's React peer (bench/peers/), written in JSX as React apps are.
    files: ['**/*.jsx'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: [...browserCode, ...browserDrivers],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**'],
    rules: {
      // Chai's assertions are property reads (`expect(x).to.exist`), and type tests read a property only for the
      // compiler's error (`// @ts-expect-error` above `detail.url;`).
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...litPlugin.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...wcPlugin.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
);
