import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { loadDevelopmentConfig } from '../../src/config.js';
import { instancePaths } from '../../src/localNeo4j/paths.js';
import { ensureNeo4jJars, findJava } from '../../src/localNeo4j/runtime.js';
import type { CsvExport } from './exportImportCsv.js';

const run = promisify(execFile);

/**
 * Loads the CSV into the (stopped) bench instance's `neo4j` database with the server's
 * own offline bulk importer, `neo4j-admin database import full`, from the same jars
 * the server runs from. Returns the importer's wall-clock seconds.
 */
export async function runImporter(instance: string, csv: CsvExport, options: { heap: string }): Promise<number> {
  const paths = instancePaths(instance);
  const java = await findJava(loadDevelopmentConfig().javaHome);
  const libDir = await ensureNeo4jJars();
  // The importer refuses a database folder with a store in it unless told to overwrite; start from nothing.
  await rm(`${paths.data}/databases/neo4j`, { recursive: true, force: true });
  await rm(`${paths.data}/transactions/neo4j`, { recursive: true, force: true });
  const args = [
    `-Xmx${options.heap}`,
    '-cp',
    `${libDir}/*`,
    'org.neo4j.server.startup.Neo4jAdminCommand',
    'database',
    'import',
    'full',
    // The database first: --nodes and --relationships take lists and would swallow a trailing name.
    'neo4j',
    '--overwrite-destination=true',
    '--multiline-fields=true',
    '--threads=2',
    // The importer writes its report into the working directory unless told otherwise.
    `--report-file=${paths.logs}/import.report`,
    ...Object.entries(csv.nodes).map(([label, file]) => `--nodes=${label}=${file}`),
    ...Object.values(csv.relationships).map((file) => `--relationships=${file}`),
  ];
  const started = performance.now();
  await run(java, args, { env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf }, maxBuffer: 64 * 1024 * 1024, timeout: 60 * 60_000 });
  return (performance.now() - started) / 1000;
}
