import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigurationError } from '../../src/domain/errors.js';

describe('loadConfig', () => {
  it('uses the local Neo4j on 7687 and the API on 127.0.0.1:4000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.neo4j).toMatchObject({ kind: 'local', boltPort: 7687, httpPort: undefined, database: 'neo4j' });
  });

  it('uses an external Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({ kind: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'pw', database: 'graph' });
  });

  it('reports every problem at once', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'eighty', NEO4J_BOLT_PORT: '70000', NEO4J_URI: 'http://nope' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('NEO4J_BOLT_PORT');
    expect(problems).toContain('NEO4J_URI');
  });

  it('asks for a password when an external Neo4j is named', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD/);
  });

  it('never echoes a password in its errors', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'x', NEO4J_DATABASE: '!!hunter2!!' })).toThrow(/NEO4J_DATABASE/);
    try {
      loadConfig({ NEO4J_PASSWORD: 'hunter2', PORT: 'x', NEO4J_DATABASE: '!' });
    } catch (e) {
      expect(String(e)).not.toContain('hunter2');
    }
  });

  describe('CORS_ORIGINS', () => {
    it('allows no other origin by default', () => {
      expect(loadConfig({}).corsOrigins).toEqual([]);
    });

    it('reads a comma-separated list of origins, and * for every origin', () => {
      expect(loadConfig({ CORS_ORIGINS: 'http://127.0.0.1:5182, https://dashboard.example.org' }).corsOrigins).toEqual(['http://127.0.0.1:5182', 'https://dashboard.example.org']);
      expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    });

    it('refuses what a browser never sends as an origin, naming each', () => {
      expect(() => loadConfig({ CORS_ORIGINS: 'https://ok.example,https://dashboard.example.org/,dashboard.example.org' })).toThrow(
        /CORS_ORIGINS: "https:\/\/dashboard.example.org\/" is not an origin[\s\S]*CORS_ORIGINS: "dashboard.example.org" is not an origin/,
      );
    });
  });
});
