import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { FactSet } from '../../../src/domain/FactSet.js';
import { createContext } from '../../../src/api/context.js';
import { createApollo } from '../../../src/api/createApollo.js';
import type { Repositories } from '../../../src/api/Repositories.js';
import { fakeRepositories } from './fakeRepositories.js';

/** A JSON-shaped answer, for reading fields in assertions. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface TestAnswer {
  data: Json | null | undefined;
  errors: Json[] | undefined;
  requestId: string;
  headers: Map<string, string>;
}

/**
 * The API over fake repositories, run through `executeOperation` as Apollo would run
 * an HTTP request. `logs` collects what the API logged, one parsed line each.
 */
export async function createTestApi(facts: FactSet, repositories: Repositories = fakeRepositories(facts)) {
  const logs: Json[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(JSON.parse(chunk.toString('utf8')) as Json);
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const apollo = createApollo({ production: false });
  await apollo.start();
  return {
    logs,
    stop: () => apollo.stop(),
    async ask(query: string, variables: Record<string, unknown> = {}): Promise<TestAnswer> {
      const contextValue = createContext(repositories, logger);
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('Expected a single result.');
      const headers = new Map<string, string>([...response.http.headers]);
      return {
        data: response.body.singleResult.data as Json | null | undefined,
        errors: response.body.singleResult.errors as Json[] | undefined,
        requestId: contextValue.requestId,
        headers,
      };
    },
  };
}
