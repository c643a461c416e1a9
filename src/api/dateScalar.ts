import { GraphQLError, GraphQLScalarType, Kind, getNamedType, type ASTVisitor, type ValueNode, type ValidationContext, print } from 'graphql';
import { isIsoDate } from '../domain/calendar.js';
import { BadUserInputError } from '../domain/errors.js';
import { scalarDescription } from './typeDefs.js';

/** The rule for a Date, in words, for every message that rejects one. */
export const dateForm = 'a calendar date in the form YYYY-MM-DD that exists, such as 2022-02-01';

/**
 * The `Date` scalar: exactly `YYYY-MM-DD` and a real day. Variables are checked here
 * (graphql-js names the variable in the message). Literals written into the query are
 * checked by `dateLiteralRule`, which knows the argument's name; graphql-js's own
 * literal check cannot name it, so `parseLiteral` passes literals through and leaves
 * the verdict to that rule, which runs before anything executes.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: scalarDescription('Date'),
  serialize(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    throw new TypeError(`A Date field resolved to ${JSON.stringify(value)}, which is not a calendar date.`);
  },
  parseValue(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    throw new BadUserInputError('Date', dateForm, value);
  },
  parseLiteral(node) {
    return node.kind === Kind.STRING ? node.value : print(node);
  },
});

/**
 * Rejects every Date literal that is not a real day, naming the argument (and the
 * input field inside it, as `filter.heldDuring.from`) in a BAD_USER_INPUT error.
 */
export function dateLiteralRule(context: ValidationContext): ASTVisitor {
  const fields: string[] = [];
  const check = (node: ValueNode) => {
    const type = getNamedType(context.getInputType());
    if (type?.name !== DateScalar.name) return;
    if (node.kind === Kind.STRING && isIsoDate(node.value)) return;
    const argument = [context.getArgument()?.name ?? 'Date', ...fields].join('.');
    const error = new BadUserInputError(argument, dateForm, node.kind === Kind.STRING ? node.value : print(node));
    context.reportError(new GraphQLError(error.message, { nodes: node, originalError: error, extensions: { code: error.code } }));
  };
  return {
    ObjectField: { enter: (node) => void fields.push(node.name.value), leave: () => void fields.pop() },
    StringValue: check,
    IntValue: check,
    FloatValue: check,
    BooleanValue: check,
    EnumValue: check,
    ListValue: check,
    ObjectValue: check,
  };
}
