import { certainInterval, certaintyAt, firstConfirmedOn, lastConfirmedOn, possibleInterval, statusOf } from '../../domain/temporal.js';
import { parseLang } from '../arguments.js';
import type { TenureResolvers } from '../generated/graphql.js';
import { titleFor } from '../titles.js';
import { claimsOf, countSources, dateField, knownCitations, linkedAt, neighboursOf, organizationAt, personAt } from '../views.js';
import { reasonInLang, toCapacity } from './valueResolvers.js';

/** A tenure's fields, each answered from its view: reconciled from the sources known on the tenure's `knownOn`. */
export const tenureResolvers: TenureResolvers = {
  id: ({ view }) => view.id,
  person: ({ record, knownOn }) => linkedAt(record.person, knownOn, personAt),
  organization: ({ record, knownOn }) => linkedAt(record.organization, knownOn, organizationAt),
  post: ({ record, knownOn }) => ({ post: record.post, role: record.role, knownOn }),
  role: ({ record }) => record.role,
  title: ({ record, knownOn }, { lang }) => titleFor(record.role, linkedAt(record.person, knownOn, personAt), parseLang('lang', lang)),
  start: ({ view }) => dateField(view, 'start', view.start, view.personId),
  end: ({ view }) => dateField(view, 'end', view.end, view.personId),
  capacity: ({ view }) => toCapacity(view.capacity),
  honorary: ({ view }) => view.capacity === 'honorary',
  inferred: ({ view }) => view.inference != null,
  inference: ({ view }, { lang }) => reasonInLang(view.inference, lang),
  status: ({ view }) => statusOf(view),
  disputed: ({ view }) => view.disputed.length > 0,
  disputedFields: ({ view }) => view.disputed,
  claims: ({ view }, { field }) => claimsOf(view, field, view.personId),
  firstConfirmedOn: ({ view }) => firstConfirmedOn(view),
  lastConfirmedOn: ({ view }) => lastConfirmedOn(view),
  certain: ({ view }) => certainInterval(view),
  possible: ({ view }) => possibleInterval(view),
  certaintyAt: ({ view }, { date }) => certaintyAt(view, date),
  predecessor: async (model, _args, { loaders }) => neighboursOf(model, await loaders.tenuresByPost.load(model.record.post.id)).predecessor,
  successor: async (model, _args, { loaders }) => neighboursOf(model, await loaders.tenuresByPost.load(model.record.post.id)).successor,
  sourceCount: async ({ view, knownOn }, _args, { loaders }) => countSources(knownCitations(await loaders.citationsByFact.load(view.id), knownOn)),
  sources: async ({ view, knownOn }, _args, { loaders }) => knownCitations(await loaders.citationsByFact.load(view.id), knownOn, view.personId),
};
