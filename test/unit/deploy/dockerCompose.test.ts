import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configVariables } from '../../../src/config.js';
import { pinnedNeo4jVersion } from '../../../src/localNeo4j/runtime.js';
import { projectRoot } from '../../../src/projectRoot.js';

// No Docker engine runs on our machines, so docker-compose.yml is kept honest here.
interface Compose {
  services: Record<
    string,
    {
      image?: string;
      build?: unknown;
      profiles?: string[];
      command?: string[];
      deploy?: { replicas?: number };
      environment?: Record<string, unknown>;
      healthcheck?: { test?: unknown };
      volumes?: string[];
      depends_on?: Record<string, { condition?: string }>;
    }
  >;
  volumes?: Record<string, unknown>;
}
const compose = parse(readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8')) as Compose;
const dockerfile = readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  it('runs the same Neo4j release as the Maven pin, community edition', () => {
    expect(compose.services.neo4j?.image).toBe(`neo4j:${pinnedNeo4jVersion()}-community`);
  });

  it('keeps Neo4j data in a named volume and checks its health', () => {
    const volume = compose.services.neo4j?.volumes?.[0]?.split(':')[0] ?? '';
    expect(Object.keys(compose.volumes ?? {})).toContain(volume);
    expect(compose.services.neo4j?.healthcheck?.test).toBeDefined();
  });

  it('starts the API after Neo4j is healthy, built from the Dockerfile', () => {
    expect(compose.services.api?.build).toBe('.');
    expect(compose.services.api?.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('configures the API only with variables the config module knows', () => {
    const names = Object.keys(compose.services.api?.environment ?? {});
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(configVariables).toContain(name);
  });

  it('points the API at the neo4j service', () => {
    expect(compose.services.api?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
  });
});

describe('the replicas profile of docker-compose.yml', () => {
  const { seed, lb } = compose.services;
  const replica = compose.services['api-replica'];

  it('seeds once, in a job the replicas wait for, and the replicas never seed', () => {
    expect(seed?.command).toEqual(['node', 'dist/cli/seed.js']);
    expect(replica?.depends_on).toEqual({ seed: { condition: 'service_completed_successfully' } });
    expect(replica?.environment?.SEED_ON_START).toBe('false');
    expect(replica?.deploy?.replicas).toBe(2);
  });

  it('connects seed and replicas with the routing scheme, with variables the config module knows', () => {
    for (const service of [seed, replica]) {
      expect(service?.environment?.NEO4J_URI).toBe('neo4j://neo4j:7687');
      for (const name of Object.keys(service?.environment ?? {})) expect(configVariables).toContain(name);
    }
  });

  it('balances with the official nginx image and a configuration from the repository', () => {
    expect(lb?.image).toMatch(/^nginx:[\d.]+-alpine$/);
    const [mount] = lb?.volumes ?? [];
    const config = readFileSync(path.join(projectRoot, mount!.split(':')[0]!), 'utf8');
    expect(config).toMatch(/server api-replica:4000/);
  });

  it('keeps the plain `docker compose up` as it was: the services of the profile start only when asked for', () => {
    for (const service of [seed, replica, lb]) expect(service?.profiles).toEqual(['replicas']);
    expect(compose.services.api?.profiles).toBeUndefined();
  });
});

describe('Dockerfile', () => {
  it('builds in one stage and runs without dev dependencies as a non-root user in another', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBe(2);
    expect(dockerfile).toContain('npm ci --omit=dev');
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});

describe('.env.example', () => {
  it('documents every variable the config module reads', () => {
    const example = readFileSync(path.join(projectRoot, '.env.example'), 'utf8');
    for (const name of configVariables) expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });
});
