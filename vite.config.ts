import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * Builds the two pages the API serves: the explorer (Preact, `web/index.html`) and the
 * GraphQL IDE (GraphiQL on React, `web/graphiql.html`), into `web/dist`. Everything is
 * bundled, fonts included, so neither page needs any host but rolegraph's own.
 */
const webRoot = fileURLToPath(new URL('./web', import.meta.url));

export default defineConfig({
  root: webRoot,
  // Aliasing react to preact/compat would also swap React out under GraphiQL; the IDE
  // runs on real React, the explorer on Preact, each in its own entry.
  plugins: [preact({ reactAliasesEnabled: false, prefreshEnabled: false, devToolsEnabled: false })],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco, the IDE's editor, is a few megabytes however it is split; the explorer stays small.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: { explorer: `${webRoot}/index.html`, graphiql: `${webRoot}/graphiql.html` },
      onLog(level, log, handler) {
        // GraphiQL's modules carry React Compiler directives that bundling drops harmlessly.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});
