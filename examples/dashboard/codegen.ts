import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * A dashboard's typed client, as GraphQL Code Generator makes it from rolegraph's
 * contract: `graphql(...)` in src/ returns documents typed by their own selection and
 * variables. Run from the repository's root: `npm run codegen` (or, against a running
 * API, set `schema` to `http://127.0.0.1:4000/schema.graphql`).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/dashboard/src/**/*.ts', '!examples/dashboard/src/gql/**'],
  generates: {
    'examples/dashboard/src/gql/': {
      preset: 'client',
      // Documents as strings: the page sends them with fetch, without graphql-js in its bundle.
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        // rolegraph's Date scalar is exactly YYYY-MM-DD, in both directions.
        scalars: { Date: { input: 'string', output: 'string' } },
      },
    },
  },
};

export default config;
