import { Kind, Lexer, Source, TokenKind, buildASTSchema, parse, visit, type DocumentNode, type SelectionSetNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { estimateCost, queryLimits } from '../../../src/api/queryLimits.js';
import { typeDefs } from '../../../src/api/typeDefs.js';
import { articleQueries } from '../../../bench/articleQueries.js';
import { miniArticle } from '../api/facts.js';
import { createTestApi } from '../api/testApi.js';
import { explorerQueries } from '../../fixtures/explorerQueries.js';

const schema = buildASTSchema(typeDefs);

interface RealQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const realQueries: RealQuery[] = [
  ...explorerQueries.map((q) => ({ ...q, name: `explorer ${q.name}` })),
  ...articleQueries.map((q) => ({ name: `dashboard ${q.name}`, query: q.query, variables: q.variables ?? {} })),
];

/** What each limit measures, computed independently of graphql-armor. */
function measure(query: RealQuery) {
  const document = parse(query.query);
  let aliases = 0;
  let directives = 0;
  visit(document, {
    Field: (node) => void (node.alias ? (aliases += 1) : undefined),
    Directive: () => void (directives += 1),
  });
  const lexer = new Lexer(new Source(query.query));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  return { depth: depthOf(document), aliases, directives, tokens, cost: estimateCost(schema, document, query.variables) };
}

function depthOf(document: DocumentNode): number {
  const deepest = (set: SelectionSetNode | undefined): number =>
    set ? Math.max(0, ...set.selections.map((s) => (s.kind === Kind.FIELD ? 1 + deepest(s.selectionSet) : deepest('selectionSet' in s ? s.selectionSet : undefined)))) : 0;
  return Math.max(...document.definitions.map((d) => ('selectionSet' in d ? deepest(d.selectionSet) : 0)));
}

const api = await createTestApi(miniArticle());
afterAll(() => api.stop());

describe('the query limits', () => {
  it.each(realQueries)('leave at least half of every limit unused by the $name query', (query) => {
    const used = measure(query);
    console.log(`${query.name}: ${JSON.stringify(used)}`);
    expect(used.depth).toBeLessThanOrEqual(queryLimits.maxDepth / 2);
    expect(used.aliases).toBeLessThanOrEqual(queryLimits.maxAliases / 2);
    expect(used.directives).toBeLessThanOrEqual(queryLimits.maxDirectives / 2);
    expect(used.tokens).toBeLessThanOrEqual(queryLimits.maxTokens / 2);
    expect(used.cost).toBeLessThanOrEqual(queryLimits.maxCost / 2);
  });

  it.each(realQueries)('let the $name query through the API without a limit error', async (query) => {
    const answer = await api.ask(query.query, query.variables);
    const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
    expect(codes.filter((code) => code !== 'NOT_FOUND')).toEqual([]);
  });

  it('count a page size passed as a variable like the same page size written literally', () => {
    const byVariable = estimateCost(schema, parse('query($n: Int!) { people(first: $n) { edges { node { id name } } } }'), { n: 100 });
    const literal = estimateCost(schema, parse('{ people(first: 100) { edges { node { id name } } } }'));
    expect(byVariable).toBe(literal);
    expect(byVariable).toBeGreaterThan(estimateCost(schema, parse('{ people(first: 10) { edges { node { id name } } } }')));
  });

  it('count a page size beyond the clamp as the clamped page the resolvers return', () => {
    const huge = estimateCost(schema, parse('{ people(first: 1000000) { edges { node { id } } } }'));
    expect(huge).toBe(estimateCost(schema, parse(`{ people(first: ${queryLimits.maxPageSize}) { edges { node { id } } } }`)));
  });
});
