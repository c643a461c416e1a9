import { DateScalar } from '../dateScalar.js';
import type { Resolvers } from '../generated/graphql.js';
import { dateClaimResolvers, fieldClaimResolvers } from './claimResolvers.js';
import { countQueries, countResolvers } from './countResolvers.js';
import { entityResolvers } from './entityResolvers.js';
import { queryResolvers } from './queryResolvers.js';
import { searchResolvers } from './searchResolvers.js';
import { tenureResolvers } from './tenureResolvers.js';
import { valueResolvers } from './valueResolvers.js';

/**
 * Every resolver, typed by the types generated from schema.graphql. Resolvers are
 * thin: they ask a loader or a repository and let the domain decide.
 */
export const resolvers: Resolvers = {
  Date: DateScalar,
  Tenure: tenureResolvers,
  DateClaim: dateClaimResolvers,
  FieldClaim: fieldClaimResolvers,
  ...entityResolvers,
  ...valueResolvers,
  ...searchResolvers,
  ...countResolvers,
  Query: { ...queryResolvers, ...countQueries },
};
