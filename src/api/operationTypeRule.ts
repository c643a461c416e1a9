import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses operations of a type the schema does not define (rolegraph defines only
 * queries: nothing changes the graph through the API), as a validation error. Without
 * it graphql-js finds out only while executing, and the client would get an internal
 * error for a mistake of its own. graphql-js 17 ships the same rule as
 * KnownOperationTypesRule.
 */
export function operationTypeRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(
        new GraphQLError(
          `The ${node.operation} operation is not supported: the rolegraph API only answers queries, and nothing changes the graph through it.`,
          {
            nodes: node,
          },
        ),
      );
    },
  };
}
