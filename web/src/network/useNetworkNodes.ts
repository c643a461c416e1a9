import { useEffect, useState } from 'preact/hooks';
import { requestGraphQL } from '../graphql/client.js';
import { networkNodeDocument } from '../graphql/documents.js';
import type { ExplorerNetworkNodeQuery } from '../graphql/generated/graphql.js';
import type { Lang } from '../routing/viewState.js';

export interface NetworkNodes {
  /** The answers so far, by node id; a node is asked for once per pair of dates. */
  answers: Map<string, ExplorerNetworkNodeQuery>;
  loading: boolean;
  error: Error | null;
  retry: () => void;
}

interface Loaded {
  dates: string;
  answers: Map<string, ExplorerNetworkNodeQuery>;
  error: Error | null;
}

/**
 * The neighbourhoods of the network's nodes, one request per node as it is expanded.
 * Other dates start over: what a node's neighbours are depends on them (and another
 * language too: the reasons behind inferred facts come in the view's language).
 */
export function useNetworkNodes(ids: string[], lang: Lang, knownOn: string | null, asOf: string | null): NetworkNodes {
  const dates = JSON.stringify([lang, knownOn, asOf]);
  const [loaded, setLoaded] = useState<Loaded>({ dates, answers: new Map(), error: null });
  const [attempt, setAttempt] = useState(0);
  const current = loaded.dates === dates ? loaded : { dates, answers: new Map<string, ExplorerNetworkNodeQuery>(), error: null };
  const missing = ids.filter((id) => !current.answers.has(id));

  useEffect(() => {
    if (missing.length === 0) return;
    const controller = new AbortController();
    for (const id of missing) {
      requestGraphQL(networkNodeDocument, { id, lang, knownOn, asOf, withAsOf: asOf !== null }, controller.signal).then(
        (answer) =>
          setLoaded((before) => {
            const base = before.dates === dates ? before : { dates, answers: new Map<string, ExplorerNetworkNodeQuery>(), error: null };
            return { ...base, answers: new Map(base.answers).set(id, answer) };
          }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setLoaded((before) => ({
            ...(before.dates === dates ? before : { dates, answers: new Map() }),
            error: error instanceof Error ? error : new Error(String(error)),
          }));
        },
      );
    }
    return () => controller.abort();
  }, [dates, missing.join('\n'), attempt]);

  return { answers: current.answers, loading: missing.length > 0 && current.error === null, error: current.error, retry: () => setAttempt((a) => a + 1) };
}
