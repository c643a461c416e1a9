import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import pRetry from 'p-retry';
import { toPlain, type Plain } from './toPlain.js';
import { isBookmarkBehind, translateError } from './translateError.js';

/** A named Cypher statement; values only ever travel as parameters. */
export interface Statement {
  /** Shown in transaction metadata, logs and errors, e.g. `tenure.byPost`. */
  name: string;
  cypher: string;
}

export type Row = { [column: string]: Plain };

/** What the executor reports after each statement, for logs, metrics and N+1 tests. */
export interface StatementEvent {
  name: string;
  mode: 'READ' | 'WRITE';
  durationMs: number;
  rows: number;
  failed: boolean;
}

/** Runs statements inside one transaction; used by writers that must be all-or-nothing. */
export interface TransactionRunner {
  run(statement: Statement, params?: Record<string, unknown>): Promise<Row[]>;
}

export interface ExecutorOptions {
  database: string;
  /** Statement timeout sent to the server for reads (ms); default 15 s. */
  readTimeoutMs?: number;
  /**
   * How long a read is retried after a failure the driver calls retryable (the server
   * unreachable or restarting, a transient error), in ms; default 5 s. Writes are retried
   * by the driver for its `maxTransactionRetryTime`.
   */
  readRetryMs?: number;
  onStatement?: (event: StatementEvent) => void;
}

/**
 * The only way rolegraph talks to Neo4j. Every call runs in a session on the named
 * database, READ or WRITE as asked, closed in `finally`; results come back as plain rows
 * and failures as RolegraphErrors.
 *
 * A read is one statement, so it runs as an auto-commit transaction: RUN and PULL go out
 * in one write and come back in one round trip, where a managed transaction adds BEGIN
 * and COMMIT and halves the reads a connection answers per second. The driver's retry
 * with backoff covers managed transactions only (an auto-commit query is re-sent at most
 * once, on errors the server marks safe to repeat), so the executor retries a read itself,
 * with backoff, for `readRetryMs`, and never pauses past it. Writes stay managed
 * transactions: all-or-nothing, retried by the driver.
 *
 * Every session of one executor shares one bookmark manager: a transaction starts only
 * on a server that has applied every transaction this executor committed before. On a
 * cluster or Aura, where `neo4j://` routes READ transactions to secondaries, a read after
 * the seed of `npm start` therefore sees the seeded graph, never an older copy. On a
 * single server this costs nothing: it has always applied its own transactions.
 *
 * A database that stays behind the bookmarks past the server's wait (a store replaced
 * by an offline import or a restore, whose transaction ids start again; a secondary
 * that cannot catch up) would otherwise refuse every later transaction of this
 * executor: it drops its bookmarks then and runs the transaction once more on what the
 * database holds.
 */
export class Executor {
  private readonly listeners: ((event: StatementEvent) => void)[] = [];
  private active = 0;
  private bookmarkManager: BookmarkManager = neo4j.bookmarkManager();

  /** The bookmarks the next transaction waits for: those of the last one this executor committed. */
  async bookmarks(): Promise<string[]> {
    return [...(await this.bookmarkManager.getBookmarks())];
  }

  /** Transactions in flight now; each holds one pooled connection (for metrics). */
  get activeTransactions(): number {
    return this.active;
  }

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {
    if (options.onStatement) this.listeners.push(options.onStatement);
  }

  /** Subscribes to statement events; returns the unsubscribe function. */
  observe(listener: (event: StatementEvent) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  /** Runs one read statement in its own READ transaction (auto-commit, retried). */
  async read(statement: Statement, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.withBookmarksThatHold(() => this.autoCommitRead(statement, params));
  }

  /** Runs one write statement in its own WRITE transaction. */
  async write(statement: Statement, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.writeTransaction(statement.name, (tx) => tx.run(statement, params));
  }

  /**
   * Runs `work` in one WRITE transaction: everything it ran commits together or not
   * at all. The driver may retry `work` after a transient failure, so it must be
   * idempotent (MERGE on stable keys).
   */
  async writeTransaction<T>(name: string, work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.withBookmarksThatHold(() => this.managedWrite(name, work));
  }

  /** Runs `attempt`; once more on what the database holds if it never reaches our bookmarks. */
  private async withBookmarksThatHold<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      if (!isBookmarkBehind(error)) throw error;
      this.bookmarkManager = neo4j.bookmarkManager();
      return attempt();
    }
  }

  private async autoCommitRead(statement: Statement, params: Record<string, unknown>): Promise<Row[]> {
    const once = () =>
      this.inSession('READ', (session) =>
        this.timed(statement, 'READ', () =>
          session.run(statement.cypher, params, { metadata: this.metadata(statement.name), timeout: this.options.readTimeoutMs ?? 15_000 }),
        ),
      );
    try {
      // Pauses from 250 ms, doubling, with jitter; the time window, not the count, ends the retries.
      return await pRetry(once, {
        retries: Number.POSITIVE_INFINITY,
        maxRetryTime: this.options.readRetryMs ?? 5_000,
        minTimeout: 250,
        randomize: true,
        // A database behind our bookmarks will not catch up by waiting: `withBookmarksThatHold` drops them.
        shouldRetry: ({ error }) => neo4j.isRetryableError(error) && !isBookmarkBehind(error),
      });
    } catch (error) {
      throw translateError(error, statement.name);
    }
  }

  private async managedWrite<T>(name: string, work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    let current = name;
    try {
      return await this.inSession('WRITE', (session) =>
        session.executeWrite(
          (tx: ManagedTransaction) =>
            work({
              run: (statement, params = {}) => {
                current = statement.name;
                return this.timed(statement, 'WRITE', () => tx.run(statement.cypher, params));
              },
            }),
          { metadata: this.metadata(name) },
        ),
      );
    } catch (error) {
      throw translateError(error, current);
    }
  }

  /** Runs `work` in a session of this executor's database and bookmarks, closed afterwards; counted as active meanwhile. */
  private async inSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarkManager,
    });
    this.active += 1;
    try {
      return await work(session);
    } finally {
      this.active -= 1;
      await session.close();
    }
  }

  /** Runs one statement, maps its records to plain rows and reports it to the listeners. */
  private async timed(statement: Statement, mode: 'READ' | 'WRITE', run: () => Promise<QueryResult>): Promise<Row[]> {
    const started = performance.now();
    let rows: Row[] = [];
    let failed = true;
    try {
      rows = (await run()).records.map((record) => toPlain(record.toObject()) as Row);
      failed = false;
      return rows;
    } finally {
      this.emit({ name: statement.name, mode, durationMs: performance.now() - started, rows: rows.length, failed });
    }
  }

  private metadata(name: string): Record<string, string> {
    return { app: 'rolegraph', statement: name };
  }

  private emit(event: StatementEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** Wraps a JS number for LIMIT/SKIP, which Neo4j only accepts as an integer. */
export function toCypherInt(value: number): ReturnType<typeof neo4j.int> {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Expected a non-negative whole number, got ${value}.`);
  return neo4j.int(value);
}
