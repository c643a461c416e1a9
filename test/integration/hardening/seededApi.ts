import { createHash } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { defaultSeedPaths } from '../../../src/seed/defaultSeedPaths.js';
import { seedGraph } from '../../../src/seed/seedGraph.js';
import type { Executor } from '../../../src/graph/Executor.js';
import { snapshotGraph } from '../../fixtures/graphSnapshot.js';
import { startApiOverHttp } from '../apiTestServer.js';
import { connectTestGraph } from '../testGraph.js';

/** Seeds the article from scratch, as `npm run seed -- --reset` does. */
export async function seedArticle(executor: Executor): Promise<void> {
  const paths = defaultSeedPaths();
  await seedGraph(executor, [paths.seeds], { reset: true, defaultVocabulary: paths.vocabulary });
}

/** A content checksum of the whole graph: every node, relationship and value. */
export async function checksumGraph(executor: Pick<Executor, 'read'>): Promise<string> {
  return createHash('sha256')
    .update((await snapshotGraph(executor)).join('\n'))
    .digest('hex');
}

/** POSTs a GraphQL request and reads the answer, giving up after `timeoutMs` (a hang fails the test). */
export async function postGraphql(url: string, body: unknown, timeoutMs = 10_000) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

/**
 * For a test file: the test graph seeded with the article before its tests and the
 * real app over it on a loopback port; both closed afterwards.
 */
export function useSeededApi() {
  const graph = connectTestGraph();
  let api: Awaited<ReturnType<typeof startApiOverHttp>> | undefined;
  beforeAll(async () => {
    await seedArticle(graph.executor);
    api = await startApiOverHttp(graph.executor);
  });
  afterAll(async () => {
    await api?.stop();
    await graph.close();
  });
  const started = () => {
    if (!api) throw new Error('The API starts in beforeAll; ask for it inside a test.');
    return api;
  };
  return {
    graph,
    /** The GraphQL endpoint; only valid inside tests. */
    url: (): string => started().url,
    /** The started API, to ask it questions; only valid inside tests. */
    api: started,
  };
}
