import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain JavaScript run by Node before anything is compiled (scripts/build-cli.mjs).
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The extractor is pure: text in, record out. The tsconfig lib keeps DOM out; this keeps libraries out.
    files: ['src/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react*', 'pdfjs-dist*', 'node:*', '../document/*', '../app/*', 'zustand*'] }],
    },
  },
);
