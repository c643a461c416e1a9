import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { LocalNeo4jError } from '../domain/errors.js';
import { localNeo4jRoot, neo4jPom } from './paths.js';

const run = promisify(execFile);

/** The Neo4j version pinned in tools/neo4j/pom.xml, the single place it is written down. */
export function pinnedNeo4jVersion(pom: string = neo4jPom): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pom, 'utf8'));
  if (!match?.[1]) throw new LocalNeo4jError(`${pom} does not pin <neo4j.version>; it must name the exact Neo4j release.`);
  return match[1];
}

/** Neo4j 5.26 LTS supports exactly these Java releases. */
const supportedJava = [17, 21];

/** Finds a Java that Neo4j 5.26 runs on: in `javaHome` (the configured JAVA_HOME) when given, else on the PATH. */
export async function findJava(javaHome: string | undefined): Promise<string> {
  const java = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  let versionText: string;
  try {
    // `java -version` prints to stderr.
    const { stderr } = await run(java, ['-version'], { timeout: 20_000 });
    versionText = stderr;
  } catch {
    throw new LocalNeo4jError(
      `Java was not found (tried ${java}). rolegraph runs its local Neo4j ${pinnedNeo4jVersion()} on Java 17 or 21: ` +
        `install one (on Debian or Ubuntu: apt-get install openjdk-17-jre-headless) and make sure \`java\` is on the PATH ` +
        `or JAVA_HOME points at it. Alternatively set NEO4J_URI to use a Neo4j you already run (see .env.example).`,
    );
  }
  const major = parseJavaMajor(versionText);
  if (major === undefined || !supportedJava.includes(major)) {
    throw new LocalNeo4jError(
      `Neo4j ${pinnedNeo4jVersion()} needs Java 17 or 21, but ${java} is ${major === undefined ? 'of an unknown version' : `Java ${major}`}. ` +
        `Install Java 17 or 21 and point JAVA_HOME at it (e.g. JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64), then run the command again.`,
    );
  }
  return java;
}

/** Reads the major version from `java -version` output ("17.0.15", or "1.8.0_392" for old ones). */
export function parseJavaMajor(versionText: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Where the runtime jars of the pinned version live once resolved. */
export function neo4jLibDir(version: string = pinnedNeo4jVersion()): string {
  return path.join(localNeo4jRoot, `lib-${version}`);
}

const completeMarker = '.complete';

/** True once the pinned Neo4j's jars are on disk, so that starting it needs no Maven. */
export function neo4jJarsResolved(version: string = pinnedNeo4jVersion()): boolean {
  return existsSync(path.join(neo4jLibDir(version), completeMarker));
}

/**
 * Makes sure the runtime jars of the pinned Neo4j are on disk, resolving them with Maven
 * the first time only. Jars are copied into a temporary folder and renamed into place,
 * so an interrupted download is never mistaken for a complete one.
 */
export async function ensureNeo4jJars(log: (line: string) => void = () => {}): Promise<string> {
  const version = pinnedNeo4jVersion();
  const libDir = neo4jLibDir(version);
  if (neo4jJarsResolved(version)) return libDir;

  await findMaven();
  log(`Resolving the Neo4j ${version} server jars from Maven Central (once; later starts reuse them)...`);
  const staging = `${libDir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await run('mvn', ['-q', '-B', '-f', neo4jPom, `-Dneo4j.lib=${staging}`, 'package'], {
      timeout: 15 * 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const output = error instanceof Error && 'stdout' in error ? String((error as { stdout: unknown }).stdout).slice(-2000) : '';
    throw new LocalNeo4jError(
      `Maven could not resolve the Neo4j ${version} jars. Check that Maven Central is reachable (or that ~/.m2/settings.xml ` +
        `names a mirror that is), then run the command again. Maven said:\n${output}`,
      { cause: error },
    );
  }
  await writeFile(path.join(staging, completeMarker), `${version}\n`);
  await rm(libDir, { recursive: true, force: true });
  await rename(staging, libDir);
  return libDir;
}

/** Finds Maven on the PATH and resolves with its version line, e.g. "Apache Maven 3.8.7". */
export async function findMaven(): Promise<string> {
  try {
    const { stdout } = await run('mvn', ['-B', '-v'], { timeout: 30_000 });
    return stripVTControlCharacters(stdout).split('\n')[0]?.trim() ?? 'mvn';
  } catch {
    throw new LocalNeo4jError(
      `Maven was not found. rolegraph fetches the Neo4j server from Maven Central once, with \`mvn\`: install Maven 3.8 or ` +
        `newer (on Debian or Ubuntu: apt-get install maven) and run the command again. Alternatively set NEO4J_URI to use ` +
        `a Neo4j you already run, or use \`docker compose up\` (see README.md).`,
    );
  }
}
