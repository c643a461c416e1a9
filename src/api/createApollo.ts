import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { errorLoggingPlugin, formatApiError } from './apiErrors.js';
import type { ApiContext } from './context.js';
import { dateLiteralRule } from './dateScalar.js';
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
  return new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    introspection: !options.production,
    // Stack traces name files and hosts; the error boundary logs them instead.
    includeStacktraceInErrorResponses: false,
    formatError: formatApiError,
    validationRules: [dateLiteralRule],
    plugins: [errorLoggingPlugin(), ...(options.plugins ?? [])],
  });
}
