// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ and who may import whom: api -> graph -> domain, seed -> graph -> domain,
 * draft -> seed (its loader and quote rules) -> domain. Nothing below the CLIs imports draft/.
 */
const zones = [
  {
    target: './src/domain',
    from: ['./src/graph', './src/seed', './src/draft', './src/api', './src/cli', './src/localNeo4j', './src/config.ts', './src/main.ts'],
    message: 'domain/ is pure: no database, no API, no config.',
  },
  {
    target: './src/graph',
    from: ['./src/seed', './src/draft', './src/api', './src/cli', './src/config.ts', './src/main.ts'],
    message: 'graph/ sits below seed/ and api/ and never reads config.',
  },
  {
    target: './src/api',
    from: ['./src/seed', './src/draft', './src/cli', './src/localNeo4j', './src/config.ts', './src/main.ts'],
    message: 'api/ gets its dependencies from main.ts.',
  },
  {
    target: './src/seed',
    from: ['./src/draft', './src/api', './src/cli', './src/localNeo4j', './src/config.ts', './src/main.ts'],
    message: 'seed/ gets its dependencies from its CLI.',
  },
  {
    target: './src/localNeo4j',
    from: ['./src/graph', './src/api', './src/seed', './src/cli', './src/config.ts'],
    message: 'localNeo4j/ manages a process; it never talks Bolt itself.',
  },
  {
    target: './src/draft',
    from: ['./src/graph', './src/api', './src/cli', './src/localNeo4j', './src/config.ts', './src/main.ts'],
    message: 'draft/ reads fact files through seed/ and needs no database.',
  },
  {
    target: './src/synthetic',
    from: ['./src/graph', './src/draft', './src/api', './src/seed', './src/cli', './src/localNeo4j', './src/config.ts', './src/main.ts'],
    message: 'synthetic/ writes fact files from the domain alone; the seeder reads them like any other.',
  },
  { target: './web/src', from: ['./src'], message: 'The explorer runs in the browser and reads the public GraphQL API only: it never imports server code.' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.neo4j/',
      'coverage/',
      'artifacts/',
      'web/dist/',
      'src/api/generated/',
      'web/src/graphql/generated/',
      'examples/dashboard/dist/',
      'examples/dashboard/src/gql/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: each file is checked with the tsconfig that owns it (the root one, or web/'s).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      // The server's code runs from `dependencies` alone (the Docker image installs no others);
      // tests, benchmarks, tools, the explorer's bundle, the examples and the config files may use devDependencies.
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: ['test/**', 'bench/**', 'tools/**', 'web/**', 'examples/**', '*.config.{js,ts}', 'codegen.ts'] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Only src/graph/ talks to Neo4j.' }] }],
    },
  },
  {
    files: ['src/graph/**', 'test/**', 'bench/**', 'tools/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Handing the whole environment on to a child process (`{ ...process.env, X: y }`) reads no variable, and stays allowed.
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env']",
          "VariableDeclarator[id.type='ObjectPattern'][init.object.name='process'][init.property.name='env']",
        ].map((selector) => ({ selector, message: 'Only src/config.ts reads environment variables: add it there, validated, and to .env.example.' })),
      ],
    },
  },
);
