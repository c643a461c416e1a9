import type { Capacity as DomainCapacity, LocalizedText } from '../../domain/entities.js';
import { parseLang } from '../arguments.js';
import type { Capacity, Claim, Resolvers } from '../generated/graphql.js';
import { countSources, inOrder, knownCitations, viewActivities, viewOwnerships, viewTenures } from '../views.js';
import { loadExisting, loadRequired } from './loadRequired.js';

/** GraphQL enums are the domain's lowercase values in upper case. */
export const toCapacity = (capacity: DomainCapacity) => capacity.toUpperCase() as Capacity;

/** The text in the language asked for by the `lang` argument. */
export const inLang = (text: LocalizedText, lang: string) => text[parseLang('lang', lang)];

/** The smaller types: values, provenance, plans, posts and the shapes of answers. */
export const valueResolvers: Resolvers = {
  PartialDate: {
    inferred: (date) => 'inference' in date && date.inference !== null,
    inference: (date) => ('inference' in date ? date.inference : null),
  },
  Role: {
    label: (role, { lang }) => (parseLang('lang', lang) === 'en' ? role.en : role.de.neutral),
  },
  Citation: {
    source: (citation, _args, { loaders }) => loadRequired(loaders.source, 'source', citation.sourceId),
    supports: (citation) => citation.supports.map((claim) => claim.toUpperCase() as Claim),
  },
  Ownership: {
    owner: ({ record }) => record.owner,
    owned: ({ record }) => record.owned,
    percentage: ({ view }) => view.ownership.percentage,
    start: ({ view }) => view.start,
    end: ({ view }) => view.end,
    sourceCount: async ({ view, knownOn }, _args, { loaders }) => countSources(knownCitations(await loaders.citationsByFact.load(view.ownership.id), knownOn)),
    sources: async ({ view, knownOn }, _args, { loaders }) => knownCitations(await loaders.citationsByFact.load(view.ownership.id), knownOn),
  },
  Plan: {
    id: ({ plan }) => plan.id,
    description: ({ plan }, { lang }) => inLang(plan.description, lang),
    organizations: ({ organizationIds }, _args, { loaders }) => loadExisting(loaders.organization, organizationIds),
    posts: ({ postIds }, _args, { loaders }) => loadExisting(loaders.post, postIds),
    sources: ({ plan }, _args, { loaders }) => loaders.citationsByFact.load(plan.id),
  },
  Activity: {
    id: ({ activity }) => activity.id,
    person: ({ activity }, _args, { loaders }) => loadRequired(loaders.person, 'person', activity.personId),
    description: ({ activity }, { lang }) => inLang(activity.description, lang),
    lastConfirmedOn: ({ confirmedOn }) => confirmedOn.at(-1) ?? null,
    sources: async ({ activity, knownOn }, _args, { loaders }) => knownCitations(await loaders.citationsByFact.load(activity.id), knownOn),
  },
  Post: {
    id: ({ post }) => post.id,
    organization: ({ post }, _args, { loaders }) => loadRequired(loaders.organization, 'organization', post.organizationId),
    role: ({ role }) => role,
    plans: ({ post }, _args, { loaders }) => loaders.plansByConcern.load(post.id),
    tenures: async ({ post }, { knownOn }, { loaders }) => inOrder(viewTenures(await loaders.tenuresByPost.load(post.id), knownOn ?? null)),
  },
  Source: {
    facts: (source) => ({ sourceId: source.id }),
  },
  SourceFacts: {
    people: ({ sourceId }, _args, { loaders }) => loaders.peopleBySource.load(sourceId),
    organizations: ({ sourceId }, _args, { loaders }) => loaders.organizationsBySource.load(sourceId),
    tenures: async ({ sourceId }, _args, { loaders }) => inOrder(viewTenures(await loaders.tenuresBySource.load(sourceId), null)),
    ownerships: async ({ sourceId }, _args, { loaders }) => viewOwnerships(await loaders.ownershipsBySource.load(sourceId), null, null),
    plans: ({ sourceId }, _args, { loaders }) => loaders.plansBySource.load(sourceId),
    activities: async ({ sourceId }, _args, { loaders }) => viewActivities(await loaders.activitiesBySource.load(sourceId), null),
  },
  Succession: {
    organization: ({ organizationId }, _args, { loaders }) => loadRequired(loaders.organization, 'organization', organizationId),
  },
};
