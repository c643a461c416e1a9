import { certainInterval, certaintyAt, firstConfirmedOn, lastConfirmedOn, possibleInterval, statusOf } from '../../domain/temporal.js';
import { parseLang } from '../arguments.js';
import type { TenureResolvers } from '../generated/graphql.js';
import { titleFor } from '../titles.js';
import { countSources, knownCitations, neighboursOf } from '../views.js';
import { toCapacity } from './valueResolvers.js';

/** A tenure's fields, each answered from its view as known on the tenure's `knownOn`. */
export const tenureResolvers: TenureResolvers = {
  id: ({ record }) => record.tenure.id,
  person: ({ record }) => record.person,
  organization: ({ record }) => record.organization,
  post: ({ record }) => ({ post: record.post, role: record.role }),
  role: ({ record }) => record.role,
  title: ({ record }, { lang }) => titleFor(record.role, record.person, parseLang('lang', lang)),
  start: ({ view }) => view.start,
  end: ({ view }) => view.end,
  capacity: ({ record }) => toCapacity(record.tenure.capacity),
  honorary: ({ record }) => record.tenure.capacity === 'honorary',
  inferred: ({ record }) => record.tenure.inference != null,
  inference: ({ record }) => record.tenure.inference ?? null,
  status: ({ view }) => statusOf(view),
  firstConfirmedOn: ({ view }) => firstConfirmedOn(view),
  lastConfirmedOn: ({ view }) => lastConfirmedOn(view),
  certain: ({ view }) => certainInterval(view),
  possible: ({ view }) => possibleInterval(view),
  certaintyAt: ({ view }, { date }) => certaintyAt(view, date),
  predecessor: async (model, _args, { loaders }) => neighboursOf(model, await loaders.tenuresByPost.load(model.record.post.id)).predecessor,
  successor: async (model, _args, { loaders }) => neighboursOf(model, await loaders.tenuresByPost.load(model.record.post.id)).successor,
  sourceCount: async ({ record, knownOn }, _args, { loaders }) => countSources(knownCitations(await loaders.citationsByFact.load(record.tenure.id), knownOn)),
  sources: async ({ record, knownOn }, _args, { loaders }) => knownCitations(await loaders.citationsByFact.load(record.tenure.id), knownOn),
};
