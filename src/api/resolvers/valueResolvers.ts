import type { Capacity as DomainCapacity, LocalizedText } from '../../domain/entities.js';
import { reasonIn, type Reason } from '../../domain/reasons.js';
import { lastConfirmedOn } from '../../domain/temporal.js';
import { parseLang } from '../arguments.js';
import type { Capacity, Claim, Resolvers } from '../generated/graphql.js';
import {
  claimsOf,
  countSources,
  dateField,
  inOrder,
  knownCitations,
  linkedAt,
  organizationAt,
  personAt,
  viewActivities,
  viewOwnerships,
  viewPlans,
  viewTenures,
} from '../views.js';
import { loadExisting, loadRequired } from './loadRequired.js';

/** GraphQL enums are the domain's lowercase values in upper case. */
export const toCapacity = (capacity: DomainCapacity) => capacity.toUpperCase() as Capacity;

/** The text in the language asked for by the `lang` argument. */
export const inLang = (text: LocalizedText, lang: string) => text[parseLang('lang', lang)];

/** A reason in the language asked for by the `lang` argument, where the analyst gave it in both. */
export const reasonInLang = (reason: Reason | null, lang: string) => (reason === null ? null : reasonIn(reason, parseLang('lang', lang)));

/** The smaller types: values, provenance, plans, posts and the shapes of answers. */
export const valueResolvers: Resolvers = {
  PartialDate: {
    inferred: (date) => 'inference' in date && date.inference !== null,
    inference: (date, { lang }) => ('inference' in date ? reasonInLang(date.inference, lang) : null),
    disputed: (date) => date.field?.disputed ?? false,
    claims: (date) => (date.field ? date.field.claims.map((claim) => ({ ...claim, factId: date.field!.factId, personId: date.field!.personId })) : []),
  },
  Role: {
    label: (role, { lang }) => (parseLang('lang', lang) === 'en' ? role.en : role.de.neutral),
  },
  Source: {
    publishedOn: (source) => (source.published.precision === 'DAY' ? source.published.value : null),
    facts: (source) => ({ sourceId: source.id }),
  },
  Citation: {
    source: (citation, _args, { loaders }) => loadRequired(loaders.source, 'source', citation.sourceId),
    supports: (citation) => citation.supports.map((claim) => claim.toUpperCase() as Claim),
    corrections: async (citation, _args, { loaders }) => {
      if (!citation.personId) return [];
      const person = await loaders.person.load(citation.personId);
      const misnamings = person?.misnamings ?? [];
      return misnamings.filter((m) => m.sourceId === citation.sourceId && citation.quote.includes(m.name)).map((m) => ({ ...m, personId: citation.personId! }));
    },
  },
  Misnaming: {
    namedAs: (misnaming) => misnaming.name,
    person: (misnaming, _args, { loaders }) => loadRequired(loaders.person, 'person', misnaming.personId).then((person) => ({ ...person, knownOn: null })),
    source: (misnaming, _args, { loaders }) => loadRequired(loaders.source, 'source', misnaming.sourceId),
  },
  Identifier: {
    url: (identifier) => identifierUrl(identifier.scheme, identifier.value),
    source: (identifier, _args, { loaders }) => (identifier.sourceId ? loadRequired(loaders.source, 'source', identifier.sourceId) : null),
  },
  Ownership: {
    owner: ({ record, knownOn }) => linkedAt(record.owner, knownOn, organizationAt),
    owned: ({ record, knownOn }) => linkedAt(record.owned, knownOn, organizationAt),
    percentage: ({ view }) => view.percentage,
    start: ({ view }) => dateField(view, 'start', view.start, null),
    end: ({ view }) => dateField(view, 'end', view.end, null),
    disputed: ({ view }) => view.disputed.length > 0,
    disputedFields: ({ view }) => view.disputed,
    claims: ({ view }, { field }) => claimsOf(view, field, null),
    sourceCount: async ({ view, knownOn }, _args, { loaders }) => countSources(knownCitations(await loaders.citationsByFact.load(view.id), knownOn)),
    sources: async ({ view, knownOn }, _args, { loaders }) => knownCitations(await loaders.citationsByFact.load(view.id), knownOn),
  },
  Plan: {
    id: ({ plan }) => plan.id,
    description: ({ plan }, { lang }) => inLang(plan.description, lang),
    organizations: async ({ organizationIds, knownOn }, _args, { loaders }) =>
      (await loadExisting(loaders.organization, organizationIds)).map((organization) => linkedAt(organization, knownOn, organizationAt)),
    posts: async ({ postIds, knownOn }, _args, { loaders }) => (await loadExisting(loaders.post, postIds)).map((post) => ({ ...post, knownOn })),
    sources: async ({ plan, knownOn }, _args, { loaders }) => knownCitations(await loaders.citationsByFact.load(plan.id), knownOn),
  },
  Activity: {
    id: ({ activity }) => activity.id,
    person: async ({ activity, knownOn }, _args, { loaders }) => linkedAt(await loadRequired(loaders.person, 'person', activity.personId), knownOn, personAt),
    description: ({ activity }, { lang }) => inLang(activity.description, lang),
    lastConfirmedOn: ({ activity }) => lastConfirmedOn(activity),
    sources: async ({ activity, knownOn }, _args, { loaders }) => knownCitations(await loaders.citationsByFact.load(activity.id), knownOn, activity.personId),
  },
  Post: {
    id: ({ post }) => post.id,
    organization: async ({ post, knownOn }, _args, { loaders }) =>
      linkedAt(await loadRequired(loaders.organization, 'organization', post.organizationId), knownOn, organizationAt),
    role: ({ role }) => role,
    plans: async ({ post, knownOn: parentKnownOn }, { knownOn }, { loaders }) =>
      viewPlans(await loaders.plansByConcern.load(post.id), knownOn ?? parentKnownOn),
    tenures: async ({ post, knownOn: parentKnownOn }, { knownOn }, { loaders }) =>
      inOrder(viewTenures(await loaders.tenuresByPost.load(post.id), knownOn ?? parentKnownOn)),
  },
  SourceFacts: {
    people: async ({ sourceId }, _args, { loaders }) => (await loaders.peopleBySource.load(sourceId)).flatMap((person) => personAt(person, null) ?? []),
    organizations: async ({ sourceId }, _args, { loaders }) =>
      (await loaders.organizationsBySource.load(sourceId)).flatMap((organization) => organizationAt(organization, null) ?? []),
    tenures: async ({ sourceId }, _args, { loaders }) => inOrder(viewTenures(await loaders.tenuresBySource.load(sourceId), null)),
    ownerships: async ({ sourceId }, _args, { loaders }) => viewOwnerships(await loaders.ownershipsBySource.load(sourceId), null, null),
    plans: async ({ sourceId }, _args, { loaders }) => viewPlans(await loaders.plansBySource.load(sourceId), null),
    activities: async ({ sourceId }, _args, { loaders }) => viewActivities(await loaders.activitiesBySource.load(sourceId), null),
  },
  Succession: {
    organization: async ({ organizationId, knownOn }, _args, { loaders }) =>
      linkedAt(await loadRequired(loaders.organization, 'organization', organizationId), knownOn, organizationAt),
  },
};

/** Where a register shows an identifier, for the schemes that have one address per identifier. */
export function identifierUrl(scheme: string, value: string): string | null {
  if (scheme === 'wikidata' && /^Q\d+$/.test(value)) return `https://www.wikidata.org/wiki/${value}`;
  if (scheme === 'lei' && /^[A-Z0-9]{20}$/.test(value)) return `https://search.gleif.org/#/record/${value}`;
  if (scheme === 'website' && /^https?:\/\//.test(value)) return value;
  return null;
}
