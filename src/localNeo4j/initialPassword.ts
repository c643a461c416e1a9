import { execFile } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { LocalNeo4jError } from '../domain/errors.js';
import type { InstancePaths } from './paths.js';

const run = promisify(execFile);

/**
 * Letters and digits only: a password that can never be read as a command-line option
 * (base64url's `-` and `_` could start one) and that can be pasted into a shell, a URI or
 * a YAML file without quoting.
 */
export const initialPasswordAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 32 characters of 62 kinds: about 190 bits of chance. */
const initialPasswordLength = 32;

/** A fresh random password for a local instance, drawn evenly from the alphabet by the OS's secure generator. */
export function generateInitialPassword(): string {
  return Array.from({ length: initialPasswordLength }, () => initialPasswordAlphabet[randomInt(initialPasswordAlphabet.length)]).join('');
}

/**
 * Sets the password of the instance's `neo4j` user before its first start with
 * `neo4j-admin dbms set-initial-password`, then keeps it in the instance's password
 * file (readable by its owner only). The password follows `--`, so the command never
 * reads it as an option whatever it starts with. Resolves with the password it set.
 */
export async function setInitialPassword(paths: InstancePaths, java: string, libDir: string, password: string): Promise<string> {
  if (existsSync(path.join(paths.data, 'dbms', 'auth.ini')) || existsSync(path.join(paths.data, 'databases', 'system'))) {
    throw new LocalNeo4jError(
      `The password file ${paths.passwordFile} is missing, but the database in ${paths.data} was already initialised with ` +
        `a password. Restore the file, or delete ${paths.home} to start over with an empty graph (npm start seeds it again).`,
    );
  }
  try {
    await run(java, ['-cp', path.join(libDir, '*'), 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', '--', password], {
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
      timeout: 120_000,
    });
  } catch (error) {
    // The command line holds the new password: report only what neo4j-admin printed, with the password masked.
    const printed =
      error && typeof error === 'object'
        ? `${String((error as { stdout?: unknown }).stdout ?? '')}${String((error as { stderr?: unknown }).stderr ?? '')}`
        : '';
    const said = printed.replaceAll(password, '[password]').trim().split('\n').slice(-8).join('\n  ');
    throw new LocalNeo4jError(
      `neo4j-admin could not set the initial password, so Neo4j was not started. It said:\n  ${said || '(nothing)'}\n` +
        `Check the settings in ${path.join(paths.conf, 'neo4j.conf')} (they come from the NEO4J_* variables).`,
    );
  }
  await writeFile(paths.passwordFile, `${password}\n`, { mode: 0o600 });
  await chmod(paths.passwordFile, 0o600);
  return password;
}
