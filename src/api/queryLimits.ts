import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, getNamedType, isListType, getNullableType, type GraphQLSchema, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * The limits every query must stay within. They are set several times above what
 * the explorer and the dashboards really send (their heaviest queries are measured in
 * test/unit/api/queryLimits.test.ts), and far below what would hurt the server.
 */
export const queryLimits = {
  /** Nesting of selections; the explorer's organisation page goes 7 deep. */
  maxDepth: 12,
  /** Aliases per operation, `__typename` aliases included. */
  maxAliases: 20,
  /** Directives per operation (@include/@skip). */
  maxDirectives: 20,
  /** Lexical tokens per document: bounds parsing work before anything else runs. */
  maxTokens: 3000,
  /** Estimated cost: one per field, multiplied by page sizes (literal or from variables). */
  maxCost: 20000,
  /** The multiplier assumed for a list whose size the query does not bound. */
  unboundedListSize: 20,
  /** The largest page the API returns, whatever `first` asks for. */
  maxPageSize: 100,
} as const;

/**
 * Cost of a field: 1 plus its children's, times the page size for lists. `first`
 * counts whether written literally or passed as a variable (graphql-query-complexity
 * resolves variables), and is clamped as the resolvers clamp it.
 */
const pageAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  const type = getNullableType(field.type);
  if (first !== undefined) return 1 + Math.min(Math.max(first, 0), queryLimits.maxPageSize) * Math.max(childComplexity, 1);
  if (isListType(type) || getNamedType(field.type).name.endsWith('Connection')) {
    return 1 + queryLimits.unboundedListSize * Math.max(childComplexity, 1);
  }
  return 1 + childComplexity;
};

/** The estimated cost of an operation, as the limit sees it. */
export function estimateCost(schema: GraphQLSchema, document: Parameters<typeof getComplexity>[0]['query'], variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, ...(operationName ? { operationName } : {}), estimators: [pageAwareEstimator] });
}

/**
 * Apollo plugins and validation rules that turn away queries beyond the limits with
 * a 400 and a GraphQL error saying which limit and by how much. In production field
 * suggestions ("Did you mean …?") are removed too, so the schema cannot be guessed.
 */
export function createQueryLimits(options: { production: boolean }): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: queryLimits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: queryLimits.maxAliases, exposeLimits: true },
    maxDirectives: { n: queryLimits.maxDirectives, exposeLimits: true },
    maxTokens: { n: queryLimits.maxTokens, exposeLimits: true },
    // Cost is estimated below, where page sizes from variables are known.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.production },
  });
  const protection = armor.protect();
  const costPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = estimateCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > queryLimits.maxCost) {
            throw new GraphQLError(`Query is too expensive: estimated cost ${cost} exceeds the limit of ${queryLimits.maxCost}. Ask for smaller pages or fewer nested lists.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost: queryLimits.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
  return {
    plugins: [...(protection.plugins as ApolloServerPlugin[]), costPlugin],
    validationRules: protection.validationRules as ValidationRule[],
  };
}
