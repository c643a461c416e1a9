import { execFile } from 'node:child_process';
import os from 'node:os';
import { rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { LocalNeo4jError } from '../domain/errors.js';
import { instancePaths } from './paths.js';
import { ensureNeo4jJars, findJava } from './runtime.js';

const run = promisify(execFile);

export interface OfflineImportOptions {
  instance: string;
  /** The database whose store the import replaces. */
  database: string;
  /** Files per label and per relationship kind: a header file, then data files. */
  files: { nodes: Record<string, string[]>; relationships: Record<string, string[]> };
  /** The importer's list separator, as the files were written with it. */
  arrayDelimiter: string;
  /** The importer's Java heap, e.g. `1g`. */
  heap: string;
  javaHome: string | undefined;
  root?: string;
}

/**
 * Loads CSV files into a database of a STOPPED local instance with Neo4j's own offline
 * importer (`neo4j-admin database import full`, from the jars the server runs from).
 * The database's old store is moved aside first and switched back if the importer
 * fails (its half-written store removed, the error carrying the importer's own last
 * lines), so a failed import leaves the database as it was; once the import completes,
 * the old store is deleted. Returns the importer's seconds.
 */
export async function importIntoStoppedInstance(options: OfflineImportOptions): Promise<number> {
  const paths = instancePaths(options.instance, options.root);
  const java = await findJava(options.javaHome);
  const libDir = await ensureNeo4jJars();
  const store = [path.join(paths.data, 'databases', options.database), path.join(paths.data, 'transactions', options.database)];
  const aside = (dir: string) => `${dir}.before-import`;
  /** Puts the store aside back in place of whatever is there; with `partial`, also removes a new store when none was aside. */
  const switchBack = async (partial: boolean) => {
    for (const dir of store) {
      const wasAside = existsSync(aside(dir));
      if (wasAside || partial) await rm(dir, { recursive: true, force: true });
      if (wasAside) await rename(aside(dir), dir);
    }
  };
  // A store still aside means an import that was stopped before it finished: that store is the last whole one.
  await switchBack(false);
  for (const dir of store) if (existsSync(dir)) await rename(dir, aside(dir));
  const args = [
    `-Xmx${options.heap}`,
    '-cp',
    `${libDir}/*`,
    'org.neo4j.server.startup.Neo4jAdminCommand',
    'database',
    'import',
    'full',
    // The database first: --nodes and --relationships take lists and would swallow a trailing name.
    options.database,
    '--overwrite-destination=true',
    '--multiline-fields=true',
    `--array-delimiter=${options.arrayDelimiter}`,
    `--threads=${os.availableParallelism()}`,
    // The importer writes its report into the working directory unless told otherwise.
    `--report-file=${path.join(paths.logs, 'import.report')}`,
    ...Object.entries(options.files.nodes).map(([label, files]) => `--nodes=${label}=${files.join(',')}`),
    ...Object.values(options.files.relationships).map((files) => `--relationships=${files.join(',')}`),
  ];
  const started = performance.now();
  try {
    await run(java, args, { env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf }, maxBuffer: 64 * 1024 * 1024, timeout: 4 * 60 * 60_000 });
  } catch (error) {
    await switchBack(true);
    const output = String((error as { stderr?: string }).stderr || (error as { stdout?: string }).stdout || (error as Error).message);
    const tail = output.trim().split('\n').slice(-8).join('\n');
    throw new LocalNeo4jError(
      `neo4j-admin database import failed; the database ${options.database} of ${paths.name} is left as it was. The importer's last lines:\n${tail}`,
    );
  }
  await Promise.all(store.map((dir) => rm(aside(dir), { recursive: true, force: true })));
  return (performance.now() - started) / 1000;
}
