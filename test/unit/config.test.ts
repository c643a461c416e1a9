import { describe, expect, it } from 'vitest';
import { loadConfig, loadDevelopmentConfig } from '../../src/config.js';
import { ConfigurationError } from '../../src/domain/errors.js';

/** The problems `load` reports for `env`; fails the test when it accepts `env`. */
function problemsOf(env: NodeJS.ProcessEnv, load: (env: NodeJS.ProcessEnv) => unknown = loadConfig): string[] {
  try {
    load(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return [...(error as ConfigurationError).problems];
  }
  return expect.unreachable(`the configuration ${JSON.stringify(env)} was accepted`);
}

describe('loadConfig', () => {
  it('uses the local Neo4j on 7687 and the API on 127.0.0.1:4000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.logFormat).toBe('auto');
    expect(config.neo4j).toEqual({
      kind: 'local',
      boltPort: 7687,
      httpPort: undefined,
      database: 'neo4j',
      heapSize: '512m',
      pageCacheSize: '512m',
      javaHome: undefined,
    });
  });

  it('uses an external Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({ kind: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'pw', database: 'graph' });
  });

  it('runs the local Neo4j with the Java in JAVA_HOME', () => {
    expect(loadConfig({ JAVA_HOME: '/usr/lib/jvm/java-21-openjdk-amd64' }).neo4j).toMatchObject({
      kind: 'local',
      javaHome: '/usr/lib/jvm/java-21-openjdk-amd64',
    });
  });

  it('gives the cache of reconciled facts 256 MB unless FACT_CACHE_MB says otherwise, and 0 turns it off', () => {
    expect(loadConfig({}).factCacheBytes).toBe(256 * 1024 * 1024);
    expect(loadConfig({ FACT_CACHE_MB: '0' }).factCacheBytes).toBe(0);
    expect(problemsOf({ FACT_CACHE_MB: 'lots' })).toEqual(['FACT_CACHE_MB: must be a number of megabytes (got "lots")']);
  });

  it('reports every problem at once, one per variable', () => {
    const problems = problemsOf({ PORT: 'eighty', NEO4J_BOLT_PORT: '70000', NEO4J_URI: 'http://nope' });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['NEO4J_BOLT_PORT', 'NEO4J_URI', 'PORT']);
  });

  it('asks for a password when an external Neo4j is named', () => {
    expect(problemsOf({ NEO4J_URI: 'bolt://db:7687' })).toEqual(['NEO4J_PASSWORD: must be set when NEO4J_URI points at an external Neo4j']);
  });

  // Regression: the rules between variables ran only once every variable was valid on its own.
  it('asks for the password of an external Neo4j even when another variable is wrong too', () => {
    const problems = problemsOf({ PORT: 'abc', NEO4J_URI: 'bolt://db:7687' });
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^PORT: /), expect.stringMatching(/^NEO4J_PASSWORD: must be set/)]));
  });

  it('refuses the same port for Bolt and HTTP, beside any other problem', () => {
    const problems = problemsOf({ NEO4J_BOLT_PORT: '7700', NEO4J_HTTP_PORT: '7700', LOG_LEVEL: 'loud' });
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^LOG_LEVEL: /), 'NEO4J_HTTP_PORT: must differ from NEO4J_BOLT_PORT (both are 7700)']),
    );
  });

  it('never echoes a password in its errors', () => {
    const problems = problemsOf({ NEO4J_PASSWORD: 'hunter2', PORT: 'x', NEO4J_DATABASE: '!' });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['NEO4J_DATABASE', 'PORT']);
    expect(problems.join('\n')).not.toContain('hunter2');
  });
});

describe('loadDevelopmentConfig', () => {
  it('gives the tests their own instance on a free port, removed afterwards, with Chromium from the PATH, when nothing is set', () => {
    expect(loadDevelopmentConfig({})).toEqual({
      javaHome: undefined,
      testInstance: 'test',
      testBoltPort: undefined,
      keepTestNeo4j: false,
      chromiumPath: undefined,
      docsScreenshot: false,
    });
  });

  it('reads every variable of the test suite', () => {
    const env = {
      JAVA_HOME: '/opt/java',
      ROLEGRAPH_TEST_INSTANCE: 'test-2',
      NEO4J_TEST_BOLT_PORT: '7799',
      ROLEGRAPH_KEEP_TEST_NEO4J: 'true',
      CHROMIUM_PATH: '/opt/chromium',
      ROLEGRAPH_DOCS_SCREENSHOT: 'true',
    };
    expect(loadDevelopmentConfig(env)).toEqual({
      javaHome: '/opt/java',
      testInstance: 'test-2',
      testBoltPort: 7799,
      keepTestNeo4j: true,
      chromiumPath: '/opt/chromium',
      docsScreenshot: true,
    });
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({ ROLEGRAPH_TEST_INSTANCE: '../main', NEO4J_TEST_BOLT_PORT: 'x', ROLEGRAPH_KEEP_TEST_NEO4J: 'yes' }, loadDevelopmentConfig);
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['NEO4J_TEST_BOLT_PORT', 'ROLEGRAPH_KEEP_TEST_NEO4J', 'ROLEGRAPH_TEST_INSTANCE']);
  });

  describe('CORS_ORIGINS', () => {
    it('allows no other origin by default', () => {
      expect(loadConfig({}).corsOrigins).toEqual([]);
    });

    it('reads a comma-separated list of origins, and * for every origin', () => {
      expect(loadConfig({ CORS_ORIGINS: 'http://127.0.0.1:5182, https://dashboard.example.org' }).corsOrigins).toEqual([
        'http://127.0.0.1:5182',
        'https://dashboard.example.org',
      ]);
      expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    });

    it('refuses what a browser never sends as an origin, naming each', () => {
      expect(() => loadConfig({ CORS_ORIGINS: 'https://ok.example,https://dashboard.example.org/,dashboard.example.org' })).toThrow(
        /CORS_ORIGINS: "https:\/\/dashboard.example.org\/" is not an origin[\s\S]*CORS_ORIGINS: "dashboard.example.org" is not an origin/,
      );
    });
  });
});
