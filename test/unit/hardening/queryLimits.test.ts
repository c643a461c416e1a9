import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, Lexer, Source, TokenKind, buildASTSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionNode } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { estimateCost, queryLimits } from '../../../src/api/queryLimits.js';
import { typeDefs } from '../../../src/api/typeDefs.js';
import { projectRoot } from '../../../src/projectRoot.js';
import { articleQueries } from '../../../bench/articleQueries.js';
import { organizationQuery, personQuery, searchQuery, statsQuery, successionQuery, successionVariables } from '../../../web/src/graphql/queries.js';
import { miniArticle } from '../api/facts.js';
import { createTestApi } from '../api/testApi.js';

const schema = buildASTSchema(typeDefs);

/** Every role of the vocabulary: an organisation holding a post of each is the explorer's heaviest page. */
const allRoleKeys = (parseYaml(readFileSync(path.join(projectRoot, 'seeds', 'roles.yaml'), 'utf8')) as { roles: { key: string }[] }).roles.map((r) => r.key);

interface RealQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const explorerVariables = { id: 'kl-digital', lang: 'de', knownOn: '2022-03-01', asOf: '2022-03-01' };
const realQueries: RealQuery[] = [
  { name: 'explorer search', query: searchQuery, variables: { query: 'Benz' } },
  { name: 'explorer stats', query: statsQuery, variables: {} },
  ...[false, true].flatMap((withAsOf) => [
    { name: `explorer person${withAsOf ? ' as of' : ''}`, query: personQuery(withAsOf), variables: explorerVariables },
    { name: `explorer organisation${withAsOf ? ' as of' : ''}`, query: organizationQuery(withAsOf), variables: explorerVariables },
    {
      name: `explorer succession of every role${withAsOf ? ' as of' : ''}`,
      query: successionQuery(allRoleKeys.length, withAsOf),
      variables: { ...explorerVariables, ...successionVariables(allRoleKeys) },
    },
  ]),
  ...articleQueries.map((q) => ({ name: `dashboard ${q.name}`, query: q.query, variables: q.variables ?? {} })),
];

/**
 * What each limit measures, computed independently of graphql-armor but as its rules
 * count: depth, aliases and directives per operation (the largest operation of the
 * document counts), a fragment counted again at every spread and adding no depth of
 * its own; tokens per document, as graphql-js counts them while parsing.
 */
function measure(query: Pick<RealQuery, 'query' | 'variables'>) {
  const document = parse(query.query);
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION).map((d) => countIn(d, fragments));
  const lexer = new Lexer(new Source(query.query));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  return {
    depth: Math.max(...operations.map((o) => o.depth)),
    aliases: Math.max(...operations.map((o) => o.aliases)),
    directives: Math.max(...operations.map((o) => o.directives)),
    tokens,
    cost: estimateCost(schema, document, query.variables),
  };
}

interface Counted {
  depth: number;
  aliases: number;
  directives: number;
}

/** Nesting of fields, aliases and directives in `node` and below, following fragment spreads. */
function countIn(node: OperationDefinitionNode | FragmentDefinitionNode | SelectionNode, fragments: Map<string, FragmentDefinitionNode>): Counted {
  const inner = node.kind === Kind.FRAGMENT_SPREAD ? [fragments.get(node.name.value)!] : (node.selectionSet?.selections ?? []);
  const children = inner.map((child) => countIn(child, fragments));
  const sum = (key: 'aliases' | 'directives') => children.reduce((total, child) => total + child[key], 0);
  return {
    depth: (node.kind === Kind.FIELD ? 1 : 0) + Math.max(0, ...children.map((child) => child.depth)),
    aliases: (node.kind === Kind.FIELD && node.alias ? 1 : 0) + sum('aliases'),
    directives: (node.directives?.length ?? 0) + sum('directives'),
  };
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

  it('count the aliases of a fragment at every spread, as the API does when it refuses a query', async () => {
    // 40 aliases written once, spread three times: 3 + 3 × 40 aliases in the operation.
    const query = `query Spread { s1: stats { ...Forty } s2: stats { ...Forty } s3: stats { ...Forty } }
      fragment Forty on Stats { ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(measure({ query, variables: {} })).toMatchObject({ aliases: 123, depth: 2 });
    const answer = await api.ask(query);
    expect(answer.errors?.map((e) => e.message)).toEqual([expect.stringContaining(`Aliases limit of ${queryLimits.maxAliases} exceeded, found 123`)]);
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
