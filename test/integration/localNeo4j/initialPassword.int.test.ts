import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import getPort from 'get-port';
import { loadDevelopmentConfig } from '../../../src/config.js';
import { isNeo4jReady } from '../../../src/graph/createDriver.js';
import { setInitialPassword } from '../../../src/localNeo4j/initialPassword.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../../src/localNeo4j/LocalNeo4j.js';
import { renderNeo4jConf } from '../../../src/localNeo4j/neo4jConf.js';
import { instancePaths } from '../../../src/localNeo4j/paths.js';
import { ensureNeo4jJars, findJava } from '../../../src/localNeo4j/runtime.js';

// A Neo4j of this file's own, in a temporary folder, small enough to start beside the
// integration tests' one.
const root = await mkdtemp(path.join(os.tmpdir(), 'rolegraph-password-'));
const instance = 'password';
const paths = instancePaths(instance, root);
const { javaHome } = loadDevelopmentConfig();
const settings = { boltPort: await getPort(), heapSize: '256m', pageCacheSize: '32m', javaHome };

afterAll(async () => {
  await stopLocalNeo4j(instance, { root });
  await rm(root, { recursive: true, force: true });
});

describe('the initial password on the neo4j-admin command line', () => {
  // The worst case for the command line: a password that looks like options. Regression:
  // a generated password beginning with "-" made `npm start` fail on a fresh machine.
  const password = '-h--help-looks-like-an-option';

  it('is set as given even when it begins with a dash, and the server then accepts it and nothing else', async () => {
    const libDir = await ensureNeo4jJars();
    await mkdir(paths.conf, { recursive: true });
    await writeFile(path.join(paths.conf, 'neo4j.conf'), renderNeo4jConf(paths, libDir, settings));

    await expect(setInitialPassword(paths, await findJava(javaHome), libDir, password)).resolves.toBe(password);
    expect((await readFile(paths.passwordFile, 'utf8')).trim()).toBe(password);
    // neo4j-admin wrote a credential: it did not print its help and exit 0 instead.
    expect(existsSync(path.join(paths.data, 'dbms', 'auth.ini'))).toBe(true);

    // The instance finds the password file and starts with it: it is ready only once the
    // server answers a query authenticated with exactly this password.
    const neo4j = await startLocalNeo4j({ instance, root, ...settings, isReady: isNeo4jReady });
    expect(neo4j).toMatchObject({ started: true, password });
    expect(await isNeo4jReady(neo4j.uri, 'neo4j', password)).toBe(true);
    expect(await isNeo4jReady(neo4j.uri, 'neo4j', 'neo4j')).toBe(false);
  }, 180_000);

  it('is refused for an instance already initialised, naming the file to restore', async () => {
    await rm(paths.passwordFile);
    await expect(setInitialPassword(paths, await findJava(javaHome), await ensureNeo4jJars(), 'another')).rejects.toThrow(
      /password file .* is missing, but the database .* was already initialised/,
    );
  });
});
