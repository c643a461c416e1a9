import { describe, expect, it } from 'vitest';
import { neo4jJvmArguments, renderNeo4jConf } from '../../../src/localNeo4j/neo4jConf.js';
import { instancePaths } from '../../../src/localNeo4j/paths.js';
import { parseJavaMajor, pinnedNeo4jVersion } from '../../../src/localNeo4j/runtime.js';

describe('parseJavaMajor', () => {
  it('reads modern version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
  });

  it('reads the old 1.x scheme as its real major version', () => {
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
  });

  it('returns undefined for output it does not understand', () => {
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });
});

describe('renderNeo4jConf', () => {
  const paths = instancePaths('demo', '/tmp/rolegraph-conf-test');
  const conf = renderNeo4jConf(paths, '/jars', { boltPort: 7688, heapSize: '512m', pageCacheSize: '256m' });

  it('listens on loopback only, on the given port', () => {
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7688');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
  });

  it('keeps authentication and strict validation on and usage reporting off', () => {
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('server.config.strict_validation.enabled=true');
    expect(conf).toContain('dbms.usage_report.enabled=false');
  });

  it('bounds heap and page cache', () => {
    expect(conf).toContain('server.memory.heap.max_size=512m');
    expect(conf).toContain('server.memory.pagecache.size=256m');
    expect(neo4jJvmArguments({ boltPort: 1, heapSize: '512m', pageCacheSize: '1m' })).toContain('-Xmx512m');
  });

  it('turns HTTP off unless a port is given', () => {
    expect(conf).toContain('server.http.enabled=false');
    const withHttp = renderNeo4jConf(paths, '/jars', { boltPort: 7688, httpPort: 7475, heapSize: '1g', pageCacheSize: '1g' });
    expect(withHttp).toContain('server.http.listen_address=127.0.0.1:7475');
  });
});

describe('pinnedNeo4jVersion', () => {
  it('is an exact 5.26 LTS patch release', () => {
    expect(pinnedNeo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });
});
