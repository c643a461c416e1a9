import type { ListBounds } from '../graph/GraphVersionRepository.js';
import type { Repositories } from './Repositories.js';

/** What the API knows of the graph as a whole: its version (for ETags) and its list bounds (for costs). */
export interface GraphState {
  /** Null until read, and for a graph no seeder has versioned. */
  version: string | null;
  /** Null until measured. */
  bounds: ListBounds | null;
}

export const unknownGraphState: GraphState = { version: null, bounds: null };

/** How long a read of the graph's version is used before it is read again (ms). */
export const defaultGraphStateMaxAgeMs = 1_000;

/**
 * The graph's version and list bounds as last read, for every request. A request never
 * waits for Neo4j here: it gets the last state read and, when that is older than
 * `maxAgeMs`, starts one read in the background (concurrent requests share it), which
 * also measures the lists again when the version changed. So after a seed the API
 * sees the new version within about `maxAgeMs`, at the cost of one tiny read per
 * interval, and a Neo4j that is down slows no request beyond its own queries.
 *
 * A version read before a request's data is never newer than the data, so an ETag
 * can lag a change by that interval but never label older data as newer.
 */
export class GraphStateCache {
  private state: GraphState = unknownGraphState;
  private readAt = Number.NEGATIVE_INFINITY;
  private measuredFor: string | null | undefined = undefined;
  private reading: Promise<GraphState> | null = null;

  constructor(
    private readonly graph: Repositories['graph'],
    private readonly maxAgeMs: number = defaultGraphStateMaxAgeMs,
  ) {}

  /** The state as last read; starts a read in the background when it is stale. */
  current(): GraphState {
    if (performance.now() - this.readAt >= this.maxAgeMs) this.refresh().catch(() => undefined);
    return this.state;
  }

  /** Reads the version now (and the bounds when it changed); concurrent calls share one read. */
  refresh(): Promise<GraphState> {
    this.reading ??= this.read().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  private async read(): Promise<GraphState> {
    const version = await this.graph.getVersion();
    const bounds = this.state.bounds !== null && version === this.measuredFor ? this.state.bounds : await this.graph.measureListBounds();
    this.measuredFor = version;
    this.state = { version, bounds };
    this.readAt = performance.now();
    return this.state;
  }
}
