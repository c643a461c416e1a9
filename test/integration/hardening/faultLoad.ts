import { articleQueries } from '../../../bench/articleQueries.js';

/** One request of a load run, as the client saw it. */
export interface Sample {
  startedAt: number;
  endedAt: number;
  /** HTTP status, or 0 when no response came (connection refused or reset). */
  status: number;
  /** `extensions.code` of each GraphQL error. */
  codes: string[];
  /** The messages of the GraphQL errors, to check that they are masked. */
  messages: string[];
  /** The whole body, to check that nothing leaks. */
  body: string;
  /** The network error, when there was no response. */
  transportError?: string;
  /** True when the answer had data and no error. */
  ok: boolean;
}

/**
 * Sends the dashboards' queries from `workers` concurrent loops until `stop()` is
 * called, recording every request. Each request gives up after `timeoutMs`, so a hang
 * shows as a sample of that length instead of stalling the test.
 */
export function startLoad(url: string, options: { workers: number; timeoutMs: number }) {
  const samples: Sample[] = [];
  let running = true;
  const worker = async (offset: number) => {
    for (let i = offset; running; i += 1) {
      const query = articleQueries[i % articleQueries.length];
      if (!query) break;
      const startedAt = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: query.query, variables: query.variables ?? {}, operationName: query.name }),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        const body = await response.text();
        const json = parseAnswer(body);
        const errors = json.errors ?? [];
        samples.push({
          startedAt,
          endedAt: performance.now(),
          status: response.status,
          codes: errors.map((e) => String(e.extensions?.code)),
          messages: errors.map((e) => e.message),
          body,
          ok: errors.length === 0 && json.data != null,
        });
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
        samples.push({
          startedAt,
          endedAt: performance.now(),
          status: 0,
          codes: [],
          messages: [],
          body: '',
          transportError: `${String(error)}${cause}`,
          ok: false,
        });
        // A refused connection answers at once; pause so a stopped server is not spun against.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  const done = Promise.all(Array.from({ length: options.workers }, (_, i) => worker(i)));
  return {
    samples,
    /** Stops the loops and resolves once every request in flight has been recorded. */
    async stop(): Promise<Sample[]> {
      running = false;
      await done;
      return samples;
    },
  };
}

/** The GraphQL answer; a body that is not JSON (say, cut off) becomes an error coded NOT_JSON. */
function parseAnswer(body: string): { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } {
  try {
    return JSON.parse(body) as ReturnType<typeof parseAnswer>;
  } catch {
    return { errors: [{ message: body.slice(0, 200), extensions: { code: 'NOT_JSON' } }] };
  }
}
