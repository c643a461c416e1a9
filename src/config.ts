import { z } from 'zod';
import type { AllowedOrigins } from './api/crossOrigin.js';
import { ConfigurationError } from './domain/errors.js';

/**
 * The only reader of process.env. Every variable is documented in `.env.example`;
 * every problem is reported at once so a misconfigured deployment is fixed in one go.
 */

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a TCP port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

/** A size Neo4j understands: a number with k, m or g, e.g. 512m. */
const memorySize = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g')
    .default(fallback);

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

/** A port without a default: unset or empty means none. */
const optionalPort = optionalText.pipe(
  z
    .string()
    .regex(/^\d{1,5}$/, 'must be a TCP port number')
    .transform(Number)
    .optional(),
);

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true');

/**
 * `*`, or origins separated by commas, each exactly as a browser sends it in its Origin
 * header (`https://dashboard.example.org`, `http://127.0.0.1:5182`): a scheme, a host and
 * an optional port, no path and no trailing slash. Unset or empty: none.
 */
const corsOrigins = optionalText.transform((value, context): AllowedOrigins => {
  if (value === undefined) return [];
  if (value.trim() === '*') return '*';
  const origins = value
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (!isOrigin(origin)) {
      context.addIssue({
        code: 'custom',
        message: `${JSON.stringify(origin)} is not an origin such as https://dashboard.example.org or http://127.0.0.1:5182 (scheme, host, optional port; no path)`,
      });
    }
  }
  return origins;
});

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/** Where the local Neo4j's Java lives; unset, `java` on the PATH. Read by the API and the test suite alike. */
const javaHome = optionalText;

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'must be a neo4j:// or bolt:// URI (optionally +s or +ssc)')
      .optional(),
  ),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9.-]{2,62}$/, 'must be a Neo4j database name such as neo4j')
    .default('neo4j'),
  NEO4J_BOLT_PORT: port(7687),
  NEO4J_HTTP_PORT: optionalPort,
  NEO4J_HEAP_SIZE: memorySize('512m'),
  NEO4J_PAGECACHE_SIZE: memorySize('512m'),
  NEO4J_READ_RETRY_SECONDS: z.coerce.number().positive().max(300).default(5),
  SEED_ON_START: flag(true),
  JAVA_HOME: javaHome,
  CORS_ORIGINS: corsOrigins,
  HTTP_CACHE_MAX_AGE_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int('must be a whole number').min(0).max(86_400).default(60),
  FACT_CACHE_MB: z.coerce.number({ error: 'must be a number of megabytes' }).int('must be a whole number').min(0).max(65_536).default(256),
});

/** How rolegraph reaches Neo4j: an external server, or the project's own local one. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; user: string; password: string; database: string }
  | {
      kind: 'local';
      boltPort: number;
      httpPort: number | undefined;
      database: string;
      heapSize: string;
      pageCacheSize: string;
      /** The Java to run Neo4j with; undefined: `java` on the PATH. */
      javaHome: string | undefined;
    };

export interface Config {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** `auto`: pretty when standard output is a terminal, JSON lines otherwise (a file, a pipe, a log collector). */
  logFormat: 'auto' | 'pretty' | 'json';
  neo4j: Neo4jTarget;
  /** How long a read may be retried while Neo4j is unreachable, in milliseconds. */
  readRetryMs: number;
  seedOnStart: boolean;
  /** Browser origins whose pages may call the API (CORS): a list, or `*` for every origin; none by default. */
  corsOrigins: AllowedOrigins;
  /** How long shared caches and browsers may reuse an answer to a GET query before revalidating it, in seconds. */
  cacheMaxAgeSeconds: number;
  /** The memory the API may give to facts it has reconciled, to answer them again without reconciling (0: none). */
  factCacheBytes: number;
}

/** Reads and validates the configuration; throws a ConfigurationError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(envSchema, env, crossVariableProblems(env));

  const neo4j: Neo4jTarget =
    e.NEO4J_URI !== undefined
      ? { kind: 'external', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE }
      : {
          kind: 'local',
          boltPort: e.NEO4J_BOLT_PORT,
          httpPort: e.NEO4J_HTTP_PORT,
          database: e.NEO4J_DATABASE,
          heapSize: e.NEO4J_HEAP_SIZE,
          pageCacheSize: e.NEO4J_PAGECACHE_SIZE,
          javaHome: e.JAVA_HOME,
        };
  return {
    env: e.NODE_ENV,
    http: { host: e.HOST, port: e.PORT },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    neo4j,
    readRetryMs: e.NEO4J_READ_RETRY_SECONDS * 1000,
    seedOnStart: e.SEED_ON_START,
    corsOrigins: e.CORS_ORIGINS,
    cacheMaxAgeSeconds: e.HTTP_CACHE_MAX_AGE_SECONDS,
    factCacheBytes: e.FACT_CACHE_MB * 1024 * 1024,
  };
}

/**
 * Rules between variables. Each is checked whenever the variables it compares are valid
 * on their own, so that one bad value (PORT=abc) never hides another problem.
 */
function crossVariableProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const credentials = envSchema.pick({ NEO4J_URI: true, NEO4J_PASSWORD: true }).safeParse(env);
  if (credentials.success && credentials.data.NEO4J_URI !== undefined && credentials.data.NEO4J_PASSWORD === undefined) {
    problems.push('NEO4J_PASSWORD: must be set when NEO4J_URI points at an external Neo4j');
  }
  const ports = envSchema.pick({ NEO4J_URI: true, NEO4J_BOLT_PORT: true, NEO4J_HTTP_PORT: true }).safeParse(env);
  if (ports.success && ports.data.NEO4J_URI === undefined && ports.data.NEO4J_HTTP_PORT === ports.data.NEO4J_BOLT_PORT) {
    problems.push(`NEO4J_HTTP_PORT: must differ from NEO4J_BOLT_PORT (both are ${ports.data.NEO4J_BOLT_PORT})`);
  }
  return problems;
}

/**
 * What the test suite, its prerequisites check and the benchmarks read, besides the
 * variables above (they are listed in `.env.example` too).
 */
const developmentSchema = z.object({
  JAVA_HOME: javaHome,
  ROLEGRAPH_TEST_INSTANCE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'must be a folder name of lower-case letters, digits and dashes, such as test-2')
    .default('test'),
  NEO4J_TEST_BOLT_PORT: optionalPort,
  ROLEGRAPH_KEEP_TEST_NEO4J: flag(false),
  CHROMIUM_PATH: optionalText,
  ROLEGRAPH_DOCS_SCREENSHOT: flag(false),
});

/** The configuration of the test suite and the benchmarks. */
export interface DevelopmentConfig {
  /** The Java to run the tests' Neo4j with; undefined: `java` on the PATH. */
  javaHome: string | undefined;
  /** The folder under `.neo4j/` of the tests' Neo4j (the browser and fault tests add `-e2e` and `-fault`); default `test`. */
  testInstance: string;
  /** The Bolt port of the tests' Neo4j; default a free one. */
  testBoltPort: number | undefined;
  /** Leave the tests' Neo4j running after the run, to look at its graph or to start the next run sooner; default false. */
  keepTestNeo4j: boolean;
  /** The Chromium the browser tests drive; default `chromium` on the PATH. */
  chromiumPath: string | undefined;
  /** The browser tests also refresh `docs/explorer.png`; default false. */
  docsScreenshot: boolean;
}

/** Reads and validates the test suite's and the benchmarks' variables; throws a ConfigurationError listing every problem. */
export function loadDevelopmentConfig(env: NodeJS.ProcessEnv = process.env): DevelopmentConfig {
  const e = parseEnv(developmentSchema, env);
  return {
    javaHome: e.JAVA_HOME,
    testInstance: e.ROLEGRAPH_TEST_INSTANCE,
    testBoltPort: e.NEO4J_TEST_BOLT_PORT,
    keepTestNeo4j: e.ROLEGRAPH_KEEP_TEST_NEO4J,
    chromiumPath: e.CHROMIUM_PATH,
    docsScreenshot: e.ROLEGRAPH_DOCS_SCREENSHOT,
  };
}

/** The names of every variable rolegraph reads, for documentation checks. */
export const configVariables: readonly string[] = [...new Set([...Object.keys(envSchema.shape), ...Object.keys(developmentSchema.shape)])];

/** Parses `env` with `schema`, or throws one ConfigurationError with its problems and `moreProblems` together. */
function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv, moreProblems: readonly string[] = []): z.output<T> {
  const parsed = schema.safeParse(env);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(valueAt(env, issue.path))})`)),
    ...moreProblems,
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigurationError(problems);
  return parsed.data;
}

function valueAt(env: NodeJS.ProcessEnv, path: readonly PropertyKey[]): unknown {
  const key = path[0];
  if (typeof key !== 'string') return undefined;
  // A credential is never echoed, not even in a configuration error.
  return key.includes('PASSWORD') && env[key] !== undefined ? '(hidden)' : env[key];
}
