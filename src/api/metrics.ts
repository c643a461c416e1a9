import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { StatementEvent } from '../graph/Executor.js';
import type { FactCacheStats } from '../graph/reconciledFacts.js';

/**
 * What the metrics read from the graph layer: the executor fits this shape, and main.ts
 * hands it over with the driver's pool size (tests hand over a fake).
 */
export interface DatabaseGauges {
  statements: {
    /** Transactions in flight, each holding one pooled connection. */
    readonly activeTransactions: number;
    /** Subscribes to finished statements; returns the unsubscribe function. */
    observe(listener: (event: StatementEvent) => void): () => void;
  };
  maxPoolSize: number;
  /** The cache of reconciled facts the read mappers use (graph/reconciledFacts.ts). */
  reconciledFacts?: { stats(): FactCacheStats };
}

/**
 * The Prometheus metrics of one API process, in a registry of its own (not the
 * global one), so tests can build several apps side by side.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  private readonly httpDuration: Histogram<'method' | 'route'>;
  private readonly operationDuration: Histogram<'operation' | 'outcome'>;
  private readonly statementDuration: Histogram<'statement' | 'mode' | 'outcome'>;

  /** Stops feeding statement events into the histogram; called when the API stops. */
  readonly detach: () => void;

  /** Without `database` (tests over fake repositories) there are no Neo4j metrics. */
  constructor(database?: DatabaseGauges) {
    collectDefaultMetrics({ register: this.registry, prefix: 'rolegraph_' });
    this.httpRequests = new Counter({
      name: 'rolegraph_http_requests_total',
      help: 'HTTP requests by method, route and status code.',
      labelNames: ['method', 'route', 'status'],
      registers: [this.registry],
    });
    this.httpDuration = new Histogram({
      name: 'rolegraph_http_request_duration_seconds',
      help: 'HTTP request latency by method and route.',
      labelNames: ['method', 'route'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.operationDuration = new Histogram({
      name: 'rolegraph_graphql_operation_duration_seconds',
      help: 'GraphQL operation latency by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.statementDuration = new Histogram({
      name: 'rolegraph_neo4j_statement_duration_seconds',
      help: 'Cypher statement latency by statement name, access mode and outcome.',
      labelNames: ['statement', 'mode', 'outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
    if (!database) {
      this.detach = () => {};
      return;
    }
    const statements = database.statements;
    new Gauge({
      name: 'rolegraph_neo4j_pool_in_use',
      help: 'Neo4j connections in use by transactions in flight.',
      registers: [this.registry],
      collect() {
        this.set(statements.activeTransactions);
      },
    });
    new Gauge({
      name: 'rolegraph_neo4j_pool_max',
      help: 'The most Neo4j connections the pool will open.',
      registers: [this.registry],
    }).set(database.maxPoolSize);
    if (database.reconciledFacts) this.observeFactCache(database.reconciledFacts);
    this.detach = statements.observe((event) => this.observeStatement(event.name, event.mode, event.durationMs / 1000, event.failed));
  }

  /** Hits, misses and size of the cache of reconciled facts, read from it when scraped. */
  private observeFactCache(cache: { stats(): FactCacheStats }): void {
    // The cache counts for itself; a scrape copies its counts into the two counters.
    const counters = [
      ['rolegraph_fact_cache_hits_total', 'Facts answered from the cache of reconciled facts.', (stats: FactCacheStats) => stats.hits],
      [
        'rolegraph_fact_cache_misses_total',
        'Facts reconciled from their statements: not in the cache, or changed since.',
        (stats: FactCacheStats) => stats.misses,
      ],
    ] as const;
    for (const [name, help, read] of counters) {
      new Counter({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.reset();
          this.inc(read(cache.stats()));
        },
      });
    }
    new Gauge({
      name: 'rolegraph_fact_cache_bytes',
      help: 'Estimated memory of the reconciled facts the cache holds, in bytes.',
      registers: [this.registry],
      collect() {
        this.set(cache.stats().bytes);
      },
    });
  }

  /** Express middleware timing every request; the route label is the path, bounded to known ones. */
  httpMiddleware() {
    const known = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);
    return (req: Request, res: Response, next: NextFunction) => {
      const stop = this.httpDuration.startTimer();
      // Read now: routers mounted below rewrite req.path while they handle the request.
      const route = known.has(req.path) ? req.path : 'other';
      res.on('finish', () => {
        stop({ method: req.method, route });
        this.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      });
      next();
    };
  }

  /**
   * Operation names come from clients, so they are bounded: at most
   * `maxOperationNames` distinct names are kept as labels, the rest count as `other`.
   */
  observeOperation(operation: string | undefined, seconds: number, failed: boolean): void {
    this.operationDuration.observe({ operation: this.operationLabel(operation), outcome: failed ? 'error' : 'ok' }, seconds);
  }

  private readonly operationNames = new Set<string>();
  static readonly maxOperationNames = 200;

  private operationLabel(operation: string | undefined): string {
    if (!operation || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(operation)) return 'anonymous';
    if (this.operationNames.has(operation)) return operation;
    if (this.operationNames.size >= ApiMetrics.maxOperationNames) return 'other';
    this.operationNames.add(operation);
    return operation;
  }

  observeStatement(statement: string, mode: string, seconds: number, failed: boolean): void {
    this.statementDuration.observe({ statement, mode, outcome: failed ? 'error' : 'ok' }, seconds);
  }
}
