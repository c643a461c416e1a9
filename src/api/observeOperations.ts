import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './context.js';
import type { ApiMetrics } from './metrics.js';

/**
 * One log line and one histogram sample per GraphQL operation: its name (as the client
 * named it, or `anonymous`), how long it took, and the codes of any errors. The line
 * carries the request id through the request's child logger, so a client quoting the
 * id of a masked error leads straight to it. Variables are never logged: they are the
 * client's data, not ours to keep.
 */
export function observeOperationsPlugin(metrics: ApiMetrics): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ request, operationName, response }) {
          const durationMs = performance.now() - started;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const errorCodes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
          const operation = operationName ?? request.operationName ?? undefined;
          metrics.observeOperation(operation, durationMs / 1000, errors.length > 0);
          contextValue.logger.info(
            {
              operation: operation ?? 'anonymous',
              durationMs: Math.round(durationMs * 10) / 10,
              outcome: errors.length > 0 ? 'error' : 'ok',
              ...(errorCodes.length > 0 ? { errorCodes } : {}),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
