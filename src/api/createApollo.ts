import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { errorLoggingPlugin, formatApiError } from './apiErrors.js';
import type { ApiContext } from './context.js';
import { dateLiteralRule } from './dateScalar.js';
import { errorStatusPlugin } from './errorStatus.js';
import { operationTypeRule } from './operationTypeRule.js';
import { createQueryLimits } from './queryLimits.js';
import { resolvers } from './resolvers/index.js';
import { typeDefs } from './typeDefs.js';

export interface ApolloOptions {
  production: boolean;
  /** Plugins of the HTTP side (drain, landing page), added after the API's own. */
  plugins?: ApolloServerPlugin<ApiContext>[];
}

/**
 * The GraphQL server itself, without HTTP: the schema, the resolvers, the Date
 * literal check and the error boundary. Tests run operations against it directly.
 */
export function createApollo(options: ApolloOptions): ApolloServer<ApiContext> {
  // Depth, alias, directive, token and cost limits turn hostile queries away before they reach Neo4j.
  const limits = createQueryLimits({ production: options.production });
  return new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    introspection: !options.production,
    // Stack traces name files and hosts; the error boundary logs them instead.
    includeStacktraceInErrorResponses: false,
    formatError: formatApiError,
    // main.ts owns SIGINT and SIGTERM (drain, close the driver, exit). Apollo's own
    // handlers would stop the server a second time beside it, and under load the
    // process then hung until main.ts's forced exit after 10 s.
    stopOnTerminationSignals: false,
    // createApiServer's csrfGuard applies Apollo's CSRF rule to the requests it protects
    // (see crossOrigin.ts); Apollo's own would also refuse urql's default GET queries.
    csrfPrevention: false,
    validationRules: [operationTypeRule, dateLiteralRule, ...limits.validationRules],
    parseOptions: limits.parseOptions,
    hideSchemaDetailsFromClientErrors: limits.hideSchemaDetailsFromClientErrors,
    // Caching headers are httpCachingPlugin's alone (httpCaching.ts, from the graph's
    // version): Apollo's cache-control plugin would mark every answer no-store, and it
    // wraps every field's resolver to collect @cacheControl hints rolegraph never gives.
    plugins: [ApolloServerPluginCacheControlDisabled(), errorLoggingPlugin(), errorStatusPlugin(), ...limits.plugins, ...(options.plugins ?? [])],
  });
}
