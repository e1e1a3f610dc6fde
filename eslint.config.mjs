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
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/chat/discord/**', '**/discord/*', 'discord.js', '@discordjs/*'] },
      ],
    },
  },
  {
    files: ['src/chat/discord/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/chat/slack/**', '**/slack/*', '@slack/*'] }],
    },
  },
  {
    // The engine, extraction and fetching know nothing of chat, queues or Redis.
    files: ['src/engine/**/*.ts', 'src/extraction/**/*.ts', 'src/fetching/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/chat/**',
            '**/queue/**',
            '**/storage/**',
            'bullmq',
            'ioredis',
            '@slack/*',
            'discord.js',
          ],
        },
      ],
    },
  },
  // The map (docs/architecture.md, "Who may import what"). These use the typescript-eslint rule so
  // they add to the per-folder core rules above instead of replacing them.
  {
    // core is the shared vocabulary: it imports nothing of briefbot's own, except the Brief type
    // (the one data contract, owned by src/engine/brief.ts; docs/adr/014-the-map-and-its-lint.md).
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../engine', '../engine/*', '!../engine/brief'],
              message: 'src/core imports nothing of briefbot’s own (docs/architecture.md).',
            },
            {
              group: ['../engine/brief'],
              allowTypeImports: true,
              message: 'src/core may import only the Brief type from src/engine/brief.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Stores know Redis and the vocabulary, never chat adapters or queues.
    files: ['src/storage/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/chat/**', '**/queue/**', 'bullmq'],
              message: 'storage ↛ chat, queue (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // Chat adapters get command code (dispatch) and job code from the roots; they may name the
    // command contract's types (CommandReply, CommandContext, CommandDeps).
    files: ['src/chat/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/commands/**'],
              allowTypeImports: true,
              message: 'chat ↛ commands: take `dispatch` as a dependency (docs/architecture.md).',
            },
            { group: ['**/jobs/**'], message: 'chat ↛ jobs (docs/architecture.md).' },
          ],
        },
      ],
    },
  },
  {
    // Job edges reach storage through its ports (src/storage/*-store.ts), never a Redis implementation.
    files: ['jobs/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/storage/redis-*', '**/storage/redis/**', 'ioredis'],
              message: 'jobs ↛ storage internals: use the store port (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // src/app: roots wire, plugins plug in, process helpers serve both, cli starts the roots.
    // Plugins take time and logging from the root's context (docs/architecture.md).
    files: ['src/app/plugins/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/roots/**', '../roots/*'], message: 'plugins ↛ roots (docs/architecture.md).' },
            { group: ['**/app/cli/**', '../cli/*'], message: 'plugins ↛ cli (docs/architecture.md).' },
            {
              group: ['**/clock/clock'],
              importNames: ['systemClock'],
              message: 'plugins use ctx.clock, the root’s clock (docs/architecture.md).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'plugins use ctx.clock, the root’s clock.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'plugins use ctx.clock, the root’s clock.',
        },
        { selector: "NewExpression[callee.name='WeakMap']", message: 'no singletons keyed by context.' },
      ],
    },
  },
  {
    files: ['src/app/process/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/roots/**', '../roots/*'], message: 'process helpers ↛ roots.' },
            { group: ['**/app/cli/**', '../cli/*'], message: 'process helpers ↛ cli.' },
            {
              group: ['../plugins/*', '!../plugins/plugin-contract'],
              message: 'process helpers ↛ plugins (the contract’s types only).',
            },
            { group: ['../plugins/plugin-contract'], allowTypeImports: true, message: 'types only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/roots/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/cli/**', '../cli/*'], message: 'roots ↛ cli (docs/architecture.md).' },
          ],
        },
      ],
    },
  },
  {
    // Files under about 300 lines (STYLE.md habit 12).
    files: ['src/**/*.ts', 'commands/**/*.ts', 'jobs/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    // Habit 4: nothing but src/config reads process.env.
    files: ['src/**/*.ts', 'commands/**/*.ts', 'jobs/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through src/config.' },
      ],
    },
  },
);
