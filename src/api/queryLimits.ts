import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, getNamedType, getNullableType, isLeafType, isListType, type GraphQLSchema, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../domain/errors.js';
import { maxSeriesDays, seriesDays, type SeriesStep } from '../domain/series.js';
import type { ListBounds } from '../graph/GraphVersionRepository.js';
import { maxPageSize } from './arguments.js';
import type { ApiContext } from './context.js';
import { createCostCache } from './costCache.js';
import { httpStatusOf } from './errorStatus.js';

/**
 * The limits every query must stay within. They are set at least twice what the
 * explorer and the dashboards really send (every one of their queries is measured in
 * test/unit/hardening/queryLimits.test.ts), and far below what would hurt the server.
 */
export const queryLimits = {
  /**
   * Nesting of selections, fragments followed. The explorer's deepest queries go 7 deep:
   * a succession step's tenure, its quotes, their source and its publication date as
   * stated (`steps.tenure.sources.source.published.value`); the dashboards' go 6.
   */
  maxDepth: 14,
  /**
   * Aliases per operation, `__typename` aliases included. The explorer asks for every
   * succession chain of an organisation in one query, one alias per post besides the two
   * of its shared tenure fragment: 10 for a post of each of the 8 roles, 100 for 98 posts.
   */
  maxAliases: 100,
  /** Directives per operation (@include/@skip). */
  maxDirectives: 20,
  /** Lexical tokens per document: bounds parsing work before anything else runs. */
  maxTokens: 3000,
  /**
   * Estimated cost: one per field, multiplied by page sizes (literal or from variables)
   * and, for unpaginated lists, by the longest such list in the graph. On an unmeasured
   * graph, where every such list counts 20, the heaviest real queries, the explorer's
   * network node (a page of 100 holders) and its succession chains of all 8 roles, cost
   * about 46,000 and 42,000.
   */
  maxCost: 100_000,
  /** The multiplier assumed for an unpaginated list before the graph is measured. */
  unboundedListSize: 20,
  /** The largest page the API returns, whatever `first` asks for: the resolvers' own clamp. */
  maxPageSize,
} as const;

/**
 * The fields a fact's claims can be about (a person's name, aliases, birth, gender,
 * honorific, …): a fact has at most this many claims per citing source.
 */
export const claimFieldsPerFact = 12;

/**
 * Which bound limits each unpaginated list: the longest such list in the graph now, as
 * measured per graph version (GraphVersionRepository.measureListBounds), or a multiple
 * of it. Claims, misnamings and identifiers come from a fact's citing sources, so a
 * fact's citations bound them; each fact a source states has a quote of it, so a
 * source's quotes bound its facts of each kind. A list not named here, or any list before the first
 * measurement, counts `unboundedListSize`.
 */
export const listBoundOf: Readonly<Record<string, keyof ListBounds | readonly [keyof ListBounds, number]>> = {
  'Query.holders': 'tenuresPerPost',
  'Query.roles': 'roles',
  'Succession.steps': 'tenuresPerPost',
  'Person.tenures': 'tenuresPerPerson',
  'Person.activities': 'activitiesPerPerson',
  'Person.sources': 'citationsPerFact',
  'Organization.units': 'unitsPerOrganization',
  'Organization.posts': 'postsPerOrganization',
  'Organization.plans': 'plansPerConcern',
  'Organization.owners': 'ownersPerOrganization',
  'Organization.holdings': 'holdingsPerOrganization',
  'Organization.sources': 'citationsPerFact',
  'Post.tenures': 'tenuresPerPost',
  'Post.plans': 'plansPerConcern',
  'Tenure.sources': 'citationsPerFact',
  'Ownership.sources': 'citationsPerFact',
  'Plan.organizations': 'concernsPerPlan',
  'Plan.posts': 'concernsPerPlan',
  'Plan.sources': 'citationsPerFact',
  'Activity.sources': 'citationsPerFact',
  'PartialDate.claims': 'citationsPerFact',
  'DateClaim.quotes': 'citationsPerFact',
  'FieldClaim.quotes': 'citationsPerFact',
  'Citation.corrections': 'citationsPerFact',
  'Person.misnamings': 'citationsPerFact',
  'Organization.identifiers': 'citationsPerFact',
  'Person.claims': ['citationsPerFact', claimFieldsPerFact],
  'Organization.claims': ['citationsPerFact', claimFieldsPerFact],
  'Tenure.claims': ['citationsPerFact', claimFieldsPerFact],
  'Ownership.claims': ['citationsPerFact', claimFieldsPerFact],
  'SourceFacts.people': 'citationsPerSource',
  'SourceFacts.organizations': 'citationsPerSource',
  'SourceFacts.tenures': 'citationsPerSource',
  'SourceFacts.ownerships': 'citationsPerSource',
  'SourceFacts.plans': 'citationsPerSource',
  'SourceFacts.activities': 'citationsPerSource',
  'Counts.tenuresByRole': 'roles',
  'Counts.tenuresByOrganizationKind': 'organizationKinds',
};

/** Lists whose length the schema fixes (one group per enum value) or the arguments give (one point per step). */
export const knownListSizes: Readonly<Record<string, (args: Record<string, unknown>) => number>> = {
  'Counts.tenuresByStatus': () => 3,
  'Counts.tenuresByCapacity': () => 4,
  'Query.series': (args) =>
    typeof args.from === 'string' && typeof args.to === 'string' && typeof args.step === 'string'
      ? seriesDays(args.from, args.to, args.step as SeriesStep).length
      : maxSeriesDays,
};

/** The most items the list `Type.field` can hold in a graph of these bounds; undefined for a list without a bound. */
function measuredListSize(bounds: ListBounds, typeAndField: string): number | undefined {
  const bound = listBoundOf[typeAndField];
  if (bound === undefined) return undefined;
  const [name, times] = typeof bound === 'string' ? [bound, 1] : bound;
  return Math.max(bounds[name] * times, 1);
}

/**
 * Cost of a field: 1 plus its children's, times the number of items for lists. A
 * paginated list counts its page size: `first`, written literally or passed as a
 * variable (graphql-query-complexity resolves variables and defaults), clamped as the
 * resolvers clamp it; the `edges` of a connection are that page, not multiplied again.
 * An unpaginated list counts the longest such list in the graph (`listBoundOf`), or
 * `unboundedListSize` when the graph has not been measured. A list of scalars (aliases,
 * claims) comes in one piece and costs one. Introspection fields cost one each.
 */
function pageAwareEstimator(bounds: ListBounds | null): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // Introspection is answered from the schema in memory, never from Neo4j, and is off in
    // production; counted like data, an IDE's standard introspection query costs 330,000.
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
    const children = Math.max(childComplexity, 1);
    if (typeof args.first === 'number') return 1 + Math.min(Math.max(args.first, 0), queryLimits.maxPageSize) * children;
    if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
    if (type.name.endsWith('Connection') || isLeafType(getNamedType(field.type))) return 1 + childComplexity;
    const known = knownListSizes[`${type.name}.${field.name}`];
    if (known) return 1 + known(args) * children;
    const items = (bounds && measuredListSize(bounds, `${type.name}.${field.name}`)) ?? queryLimits.unboundedListSize;
    return 1 + items * children;
  };
}

/** The estimated cost of an operation, as the limit sees it, over the graph's measured list bounds (none: the defaults). */
export function estimateCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> = {},
  operationName?: string,
  bounds: ListBounds | null = null,
): number {
  return getComplexity({ schema, query: document, variables, ...(operationName ? { operationName } : {}), estimators: [pageAwareEstimator(bounds)] });
}

/** What createQueryLimits adds to the ApolloServer configuration. */
export interface QueryLimitConfig {
  plugins: ApolloServerPlugin<ApiContext>[];
  validationRules: ValidationRule[];
  /** graphql-js stops parsing at the token limit, and Apollo answers 400 as for any syntax error. */
  parseOptions: { maxTokens: number };
  /** In production "Did you mean …?" suggestions are removed, so the schema cannot be guessed. */
  hideSchemaDetailsFromClientErrors: boolean;
}

/**
 * Plugins, validation rules and parse options that turn away queries beyond the limits
 * with a 400 and a GraphQL error saying which limit and by how much.
 */
export function createQueryLimits(options: { production: boolean }): QueryLimitConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: queryLimits.maxDepth, exposeLimits: true, flattenFragments: true },
    // graphql-armor leaves `__typename` aliases out by default; they cost a resolver call each too.
    maxAliases: { n: queryLimits.maxAliases, exposeLimits: true, allowList: [] },
    maxDirectives: { n: queryLimits.maxDirectives, exposeLimits: true },
    // graphql-armor's token plugin throws from a hook, which Apollo answers with 500 for
    // every syntax error; graphql-js's own maxTokens (parseOptions below) answers 400.
    maxTokens: { enabled: false },
    // Cost is estimated below, where page sizes from variables are known.
    costLimit: { enabled: false },
    // Apollo's own hideSchemaDetailsFromClientErrors removes suggestions without leftovers.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const costs = createCostCache();
  const costPlugin: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          let cost: number;
          try {
            const variables = request.variables ?? {};
            const operationName = request.operationName ?? undefined;
            const { bounds } = contextValue.graph;
            cost = costs.costOf(document, operationName, variables, bounds, () => estimateCost(schema, document, variables, operationName, bounds));
          } catch (error) {
            // Variables that do not fit their types cannot be costed; execution refuses
            // them next with a 400 naming the variable, before any resolver runs. Thrown
            // from here instead, the same error would be answered with a 500.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > queryLimits.maxCost) {
            throw new GraphQLError(
              `Query is too expensive: estimated cost ${cost} exceeds the limit of ${queryLimits.maxCost}. Ask for smaller pages or fewer nested lists.`,
              {
                extensions: { code: ErrorCode.QueryTooComplex, cost, maxCost: queryLimits.maxCost, http: { status: httpStatusOf[ErrorCode.QueryTooComplex] } },
              },
            );
          }
        },
      };
    },
  };
  return {
    plugins: [...(protection.plugins as ApolloServerPlugin<ApiContext>[]), costPlugin],
    validationRules: protection.validationRules as ValidationRule[],
    parseOptions: { maxTokens: queryLimits.maxTokens },
    hideSchemaDetailsFromClientErrors: options.production,
  };
}
