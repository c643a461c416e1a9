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

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
  NEO4J_HTTP_PORT: optionalText.pipe(z.string().regex(/^\d{1,5}$/, 'must be a TCP port number').transform(Number).optional()),
  NEO4J_HEAP_SIZE: memorySize('512m'),
  NEO4J_PAGECACHE_SIZE: memorySize('512m'),
  NEO4J_READ_RETRY_SECONDS: z.coerce.number().positive().max(300).default(5),
  CORS_ORIGINS: optionalText.pipe(z.string().optional()),
  HTTP_CACHE_MAX_AGE_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int('must be a whole number').min(0).max(86_400).default(60),
  SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

/** How rolegraph reaches Neo4j: an external server, or the project's own local one. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; user: string; password: string; database: string }
  | { kind: 'local'; boltPort: number; httpPort: number | undefined; database: string; heapSize: string; pageCacheSize: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  neo4j: Neo4jTarget;
  /** How long a read may be retried while Neo4j is unreachable, in milliseconds. */
  readRetryMs: number;
  seedOnStart: boolean;
  /** Browser origins whose pages may call the API (CORS): a list, or `*` for every origin; none by default. */
  corsOrigins: AllowedOrigins;
  /** How long shared caches and browsers may reuse an answer to a GET query before revalidating it. */
  cacheMaxAgeSeconds: number;
}



/** Reads and validates the configuration; throws a ConfigurationError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(valueAt(env, issue.path))})`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NEO4J_URI !== undefined && e.NEO4J_PASSWORD === undefined) {
    problems.push('NEO4J_PASSWORD: must be set when NEO4J_URI points at an external Neo4j');
  }
  const corsOrigins = parseOrigins(e.CORS_ORIGINS, problems);
  if (e.NEO4J_URI === undefined && e.NEO4J_HTTP_PORT === e.NEO4J_BOLT_PORT) {
    problems.push(`NEO4J_HTTP_PORT: must differ from NEO4J_BOLT_PORT (both are ${e.NEO4J_BOLT_PORT})`);
  }
  if (problems.length > 0) throw new ConfigurationError(problems);

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
        };
  return {
    env: e.NODE_ENV,
    http: { host: e.HOST, port: e.PORT },
    logLevel: e.LOG_LEVEL,
    neo4j,
    readRetryMs: e.NEO4J_READ_RETRY_SECONDS * 1000,
    seedOnStart: e.SEED_ON_START,
    corsOrigins,
    cacheMaxAgeSeconds: e.HTTP_CACHE_MAX_AGE_SECONDS,
  };
}

/**
 * `*`, or origins separated by commas, each exactly as a browser sends it in its
 * Origin header (`https://dashboard.example.org`, `http://127.0.0.1:5182`): a scheme,
 * a host and an optional port, no path and no trailing slash.
 */
function parseOrigins(value: string | undefined, problems: string[]): AllowedOrigins {
  if (value === undefined) return [];
  if (value.trim() === '*') return '*';
  const origins = value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
  for (const origin of origins) {
    if (!isOrigin(origin)) problems.push(`CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin such as https://dashboard.example.org or http://127.0.0.1:5182 (scheme, host, optional port; no path)`);
  }
  return origins;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/** The names of every variable the configuration reads, for documentation checks. */
export const configVariables: readonly string[] = Object.keys(envSchema.shape);

function valueAt(env: NodeJS.ProcessEnv, path: readonly PropertyKey[]): unknown {
  const key = path[0];
  if (typeof key !== 'string') return undefined;
  // A credential is never echoed, not even in a configuration error.
  return key.includes('PASSWORD') && env[key] !== undefined ? '(hidden)' : env[key];
}
