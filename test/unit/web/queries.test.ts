import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.js';
import { organizationQuery, personQuery, searchQuery, statsQuery, successionQuery } from '../../../web/src/graphql/queries.js';

// The explorer reads the public API only; each of its queries must stay valid against
// the contract, so a schema change that would break a page fails here first.
const schema = buildSchema(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));

function errorsOf(query: string): string[] {
  return validate(schema, parse(query)).map((error) => error.message);
}

describe('the explorer queries', () => {
  it.each([
    ['search', searchQuery],
    ['stats', statsQuery],
    ['person', personQuery(false)],
    ['person as of a day', personQuery(true)],
    ['organization', organizationQuery(false)],
    ['organization as of a day', organizationQuery(true)],
    ['succession of three posts', successionQuery(3, false)],
    ['succession of one post as of a day', successionQuery(1, true)],
  ])('asks the %s query in terms of schema.graphql', (_name, query) => {
    expect(errorsOf(query)).toEqual([]);
  });
});
