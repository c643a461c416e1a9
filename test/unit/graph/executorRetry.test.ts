import neo4j, { type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseQueryError, DatabaseUnavailableError } from '../../../src/domain/errors.js';
import { Executor } from '../../../src/graph/Executor.js';

/**
 * A driver whose sessions answer `run` with the outcomes given, in turn: a code fails
 * the attempt with that Neo4j error, a number answers one row `{ n }`.
 */
function scriptedDriver(outcomes: (string | number)[]) {
  const sessions: { bookmarkManager: unknown; closed: boolean }[] = [];
  const driver = {
    session(config: { bookmarkManager: unknown }) {
      const session = { bookmarkManager: config.bookmarkManager, closed: false };
      sessions.push(session);
      return {
        run: () => {
          const next = outcomes.shift();
          if (next === undefined) throw new Error('no outcome left');
          if (typeof next === 'string') return Promise.reject(new neo4j.Neo4jError('scripted', next, '50N42', 'scripted'));
          return Promise.resolve({ records: [{ toObject: () => ({ n: next }) }] });
        },
        close: () => {
          session.closed = true;
          return Promise.resolve();
        },
      };
    },
  };
  return { driver: driver as unknown as Driver, sessions };
}

const statement = { name: 'test.scripted', cypher: 'RETURN 1 AS n' };

describe('a read of the executor', () => {
  it('is retried after the server could not answer, and returns the rows of the attempt that succeeded', async () => {
    const { driver, sessions } = scriptedDriver(['ServiceUnavailable', 'Neo.TransientError.General.DatabaseUnavailable', 7]);
    expect(await new Executor(driver, { database: 'neo4j', readRetryMs: 5_000 }).read(statement)).toEqual([{ n: 7 }]);
    expect(sessions).toHaveLength(3);
    expect(sessions.every((session) => session.closed)).toBe(true);
  });

  it('gives up as DATABASE_UNAVAILABLE once its retry window has passed', async () => {
    const { driver, sessions } = scriptedDriver(Array.from({ length: 20 }, () => 'ServiceUnavailable'));
    const started = performance.now();
    const error = await new Executor(driver, { database: 'neo4j', readRetryMs: 600 }).read(statement).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toContain('test.scripted');
    expect(sessions.length).toBeGreaterThan(1);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('is never retried when Neo4j refused the statement itself', async () => {
    const { driver, sessions } = scriptedDriver(['Neo.ClientError.Statement.SyntaxError', 1]);
    await expect(new Executor(driver, { database: 'neo4j' }).read(statement)).rejects.toBeInstanceOf(DatabaseQueryError);
    expect(sessions).toHaveLength(1);
  });

  it('drops its bookmarks and reads once more, at once, when the database is behind them', async () => {
    const { driver, sessions } = scriptedDriver(['Neo.TransientError.Transaction.BookmarkTimeout', 3]);
    const started = performance.now();
    expect(await new Executor(driver, { database: 'neo4j', readRetryMs: 5_000 }).read(statement)).toEqual([{ n: 3 }]);
    expect(sessions).toHaveLength(2);
    expect(sessions[1]?.bookmarkManager).not.toBe(sessions[0]?.bookmarkManager);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
