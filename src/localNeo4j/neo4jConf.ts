import type { InstancePaths } from './paths.js';

/** What a local instance is configured with; the rest is fixed by rolegraph. */
export interface LocalNeo4jSettings {
  boltPort: number;
  /** The HTTP connector (Neo4j Browser); off when undefined. */
  httpPort?: number | undefined;
  heapSize: string;
  pageCacheSize: string;
  /**
   * More `key=value` lines for neo4j.conf, e.g. the benchmarks' transaction memory
   * budget for a bulk seed. Strict validation still rejects unknown keys. Default none.
   */
  extraSettings?: readonly string[] | undefined;
}

/**
 * Renders neo4j.conf for one instance. Strict validation stays on, so a typo here
 * stops the server instead of being ignored; Bolt and HTTP listen on loopback only.
 */
export function renderNeo4jConf(paths: InstancePaths, libDir: string, settings: LocalNeo4jSettings): string {
  const lines = [
    '# Written by rolegraph (src/localNeo4j/neo4jConf.ts) at every start; edits here are overwritten.',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.plugins=${paths.plugins}`,
    `server.directories.import=${paths.importDir}`,
    `server.directories.lib=${libDir}`,
    'server.config.strict_validation.enabled=true',
    'dbms.usage_report.enabled=false',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${settings.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    settings.httpPort === undefined ? 'server.http.enabled=false' : 'server.http.enabled=true',
    ...(settings.httpPort === undefined ? [] : [`server.http.listen_address=127.0.0.1:${settings.httpPort}`]),
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${settings.heapSize}`,
    `server.memory.heap.max_size=${settings.heapSize}`,
    `server.memory.pagecache.size=${settings.pageCacheSize}`,
    // Keep a development database small on disk.
    'db.tx_log.rotation.retention_policy=2 files',
    // One server applies its own transactions at once: a bookmark it has not reached can only come
    // from a store replaced under a running client (seed:bulk --import), which then learns it at once.
    'db.transaction.bookmark_ready_timeout=1s',
    ...(settings.extraSettings ?? []),
  ];
  return `${lines.join('\n')}\n`;
}

/** JVM flags the Neo4j distribution itself starts its server with (see its neo4j.conf). */
export function neo4jJvmArguments(settings: LocalNeo4jSettings): string[] {
  return [
    `-Xms${settings.heapSize}`,
    `-Xmx${settings.heapSize}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}
