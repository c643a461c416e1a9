import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, isListType, getNullableType, type GraphQLSchema, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../domain/errors.js';
import { maxPageSize } from './arguments.js';
import { httpStatusOf } from './errorStatus.js';

/**
 * The limits every query must stay within. They are set at least twice what the
 * explorer and the dashboards really send (every one of their queries is measured in
 * test/unit/hardening/queryLimits.test.ts), and far below what would hurt the server.
 */
export const queryLimits = {
  /** Nesting of selections; the explorer's and dashboards' deepest queries go 6 deep. */
  maxDepth: 12,
  /**
   * Aliases per operation, `__typename` aliases included. The explorer asks for every
   * succession chain of an organisation in one query, three aliases per post: 21 for
   * an organisation with a post of each of the 7 roles, 99 for 33 posts.
   */
  maxAliases: 100,
  /** Directives per operation (@include/@skip). */
  maxDirectives: 20,
  /** Lexical tokens per document: bounds parsing work before anything else runs. */
  maxTokens: 3000,
  /**
   * Estimated cost: one per field, multiplied by page sizes (literal or from variables)
   * and by `unboundedListSize` for lists without one. The heaviest real query, the
   * explorer's succession chains of all 7 roles, costs about 32,000.
   */
  maxCost: 100_000,
  /** The multiplier assumed for a list whose size the query does not bound. */
  unboundedListSize: 20,
  /** The largest page the API returns, whatever `first` asks for: the resolvers' own clamp. */
  maxPageSize,
} as const;

/**
 * Cost of a field: 1 plus its children's, times the page size for lists. `first`
 * counts whether written literally or passed as a variable (graphql-query-complexity
 * resolves variables and defaults), and is clamped as the resolvers clamp it. The
 * `edges` of a connection are the page itself, already counted by `first`, so they
 * are not multiplied a second time; introspection fields cost one each.
 */
const pageAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection is answered from the schema in memory, never from Neo4j, and is off in
  // production; counted like data, an IDE's standard introspection query costs 330,000.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
  const children = Math.max(childComplexity, 1);
  if (typeof args.first === 'number') return 1 + Math.min(Math.max(args.first, 0), queryLimits.maxPageSize) * children;
  if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
  if (type.name.endsWith('Connection')) return 1 + childComplexity;
  return 1 + queryLimits.unboundedListSize * children;
};

/** The estimated cost of an operation, as the limit sees it. */
export function estimateCost(schema: GraphQLSchema, document: Parameters<typeof getComplexity>[0]['query'], variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, ...(operationName ? { operationName } : {}), estimators: [pageAwareEstimator] });
}

/** What createQueryLimits adds to the ApolloServer configuration. */
export interface QueryLimitConfig {
  plugins: ApolloServerPlugin[];
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
  const costPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = estimateCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch (error) {
            // Variables that do not fit their types cannot be costed; execution refuses
            // them next with a 400 naming the variable, before any resolver runs. Thrown
            // from here instead, the same error would be answered with a 500.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > queryLimits.maxCost) {
            throw new GraphQLError(`Query is too expensive: estimated cost ${cost} exceeds the limit of ${queryLimits.maxCost}. Ask for smaller pages or fewer nested lists.`, {
              extensions: { code: ErrorCode.QueryTooComplex, cost, maxCost: queryLimits.maxCost, http: { status: httpStatusOf[ErrorCode.QueryTooComplex] } },
            });
          }
        },
      };
    },
  };
  return {
    plugins: [...(protection.plugins as ApolloServerPlugin[]), costPlugin],
    validationRules: protection.validationRules as ValidationRule[],
    parseOptions: { maxTokens: queryLimits.maxTokens },
    hideSchemaDetailsFromClientErrors: options.production,
  };
}
