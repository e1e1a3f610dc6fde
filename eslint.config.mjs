// One lint setup for the whole repository. Formatting is prettier's job (`npx prettier --check .`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results*', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Habit 1: each chat platform in its own folder; neither imports the other.
    files: ['src/chat/slack/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/chat/discord/**', '**/discord/*', 'discord.js', '@discordjs/*'] }] },
  },
  {
    files: ['src/chat/discord/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/chat/slack/**', '**/slack/*', '@slack/*'] }] },
  },
  {
    // The engine, extraction and fetching know nothing of chat, queues or Redis.
    files: ['src/engine/**/*.ts', 'src/extraction/**/*.ts', 'src/fetching/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/chat/**', '**/queue/**', '**/storage/**', 'bullmq', 'ioredis', '@slack/*', 'discord.js'] },
      ],
    },
  },
  {
    // Habit 4: nothing but src/config reads process.env.
    files: ['src/**/*.ts', 'commands/**/*.ts', 'jobs/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.' }],
    },
  },
);
