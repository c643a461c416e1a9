import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.js';
import { hitLinesQuery, successionQuery } from '../../../web/src/graphql/queries.js';
import { explorerQueries } from '../../fixtures/explorerQueries.js';

// The explorer reads the public API only; each of its queries must stay valid against
// the contract, so a schema change that would break a page fails here first. Codegen
// checks the static documents too; the queries assembled at run time are checked only here.
const schema = buildSchema(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));

function errorsOf(query: string): string[] {
  return validate(schema, parse(query)).map((error) => error.message);
}

describe('the explorer queries', () => {
  it.each(explorerQueries)('asks the $name query in terms of schema.graphql', ({ query }) => {
    expect(errorsOf(query)).toEqual([]);
  });

  it('assembles a succession query of one post with each fragment defined once', () => {
    const query = successionQuery(1).toString();
    expect(errorsOf(query)).toEqual([]);
    expect(query.match(/fragment ExplorerDate /g)).toHaveLength(1);
  });

  it('assembles the hit lines of people only, of organisations only, and of both', () => {
    expect(errorsOf(hitLinesQuery([{ kind: 'Person' }]).toString())).toEqual([]);
    expect(errorsOf(hitLinesQuery([{ kind: 'Organization' }]).toString())).toEqual([]);
    expect(errorsOf(hitLinesQuery([{ kind: 'Organization' }, { kind: 'Person' }]).toString())).toEqual([]);
  });
});
