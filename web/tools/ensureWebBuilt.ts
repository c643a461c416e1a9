/**
 * Builds the explorer and the IDE into web/dist when the bundle is missing or older
 * than its sources, so `npm start` always serves what the checkout contains and a
 * warm start does not pay for a rebuild. Run directly: `tsx web/tools/ensureWebBuilt.ts`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const webDir = path.join(projectRoot, 'web');
const distDir = path.join(webDir, 'dist');

/** What the bundle is made from: a change to any of these makes web/dist stale. */
const inputs = [
  path.join(webDir, 'index.html'),
  path.join(webDir, 'graphiql.html'),
  path.join(webDir, 'src'),
  path.join(projectRoot, 'vite.config.ts'),
  // The IDE bundles the contract for its documentation and completion.
  path.join(projectRoot, 'schema.graphql'),
  path.join(projectRoot, 'package-lock.json'),
];
const outputs = [path.join(distDir, 'index.html'), path.join(distDir, 'graphiql.html')];

function newestMtime(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newestMtime(path.join(file, name))));
}

/** Why web/dist must be rebuilt, or null when it is up to date. */
export function staleReason(): string | null {
  if (!outputs.every((file) => existsSync(file))) return 'web/dist is missing';
  const builtAt = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const changed = inputs.find((input) => existsSync(input) && newestMtime(input) > builtAt);
  return changed ? `${path.relative(projectRoot, changed)} changed since the last build` : null;
}

/** Builds web/dist if it is stale; resolves with how long that took (0 when nothing was built). */
export async function ensureWebBuilt(log: (line: string) => void = console.log): Promise<number> {
  const reason = staleReason();
  if (reason === null) return 0;
  log(`Building the explorer and the GraphQL IDE into web/dist (${reason})…`);
  const started = performance.now();
  await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
  const ms = Math.round(performance.now() - started);
  log(`Built web/dist in ${(ms / 1000).toFixed(1)} s.`);
  return ms;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureWebBuilt().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
