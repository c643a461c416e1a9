import { defineConfig } from 'vitest/config';

// Unit tests need nothing; integration tests share one real Neo4j, started by the
// global setup, and run one file at a time so that they never see each other's data.
// graphql ships ESM and CommonJS builds; Apollo loads the CommonJS one, so tests must too,
// or a schema built by our code and one checked by Apollo come from two copies of graphql.
const graphqlOnce = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        resolve: graphqlOnce,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        resolve: graphqlOnce,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.int.test.ts'],
          env: { TZ: 'UTC' },
          globalSetup: ['test/integration/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The explorer in Debian's Chromium against a seeded Neo4j and the real API
        // process, one file at a time and in a group of its own (after the unit tests,
        // before the sequential integration files), so the browser never competes
        // with other test files for the two cores.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          env: { TZ: 'UTC' },
          globalSetup: ['test/e2e/globalSetup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Faults: Neo4j killed and restarted, seeders killed, the API stopped under load.
        // They use a Neo4j of their own (never the integration tests' one) and run last,
        // one file at a time, because they kill processes and measure recovery.
        resolve: graphqlOnce,
        test: {
          name: 'fault',
          include: ['test/integration/hardening/**/*.fault.test.ts'],
          env: { TZ: 'UTC' },
          globalSetup: ['test/integration/hardening/faultSetup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
