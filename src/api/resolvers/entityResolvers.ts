import { certaintyAt } from '../../domain/temporal.js';
import type { Gender, OrganizationStatus, Resolvers } from '../generated/graphql.js';
import { claimsOf, dateField, inOrder, knownCitations, linkedAt, organizationAt, viewActivities, viewOwnerships, viewPlans, viewTenures } from '../views.js';
import { inLang } from './valueResolvers.js';

/**
 * People and organisations: the entities analysts start from. A field's own `knownOn`
 * wins; without one, it answers as known on the day its parent was asked about.
 */
export const entityResolvers: Resolvers = {
  Person: {
    gender: (person) => person.gender.toUpperCase() as Gender,
    birth: (person) => dateField(person, 'birth', person.birth, person.id),
    misnamings: (person) => person.misnamings.map((misnaming) => ({ ...misnaming, personId: person.id })),
    disputed: (person) => person.disputed.length > 0,
    disputedFields: (person) => person.disputed,
    claims: (person, { field }) => claimsOf(person, field, person.id),
    tenures: async (person, { at, knownOn }, { loaders }) => {
      const tenures = inOrder(viewTenures(await loaders.tenuresByPerson.load(person.id), knownOn ?? person.knownOn));
      return at ? tenures.filter((tenure) => certaintyAt(tenure.view, at) !== null) : tenures;
    },
    activities: async (person, { knownOn }, { loaders }) => viewActivities(await loaders.activitiesByPerson.load(person.id), knownOn ?? person.knownOn),
    sources: async (person, { knownOn }, { loaders }) => knownCitations(await loaders.citationsByFact.load(person.id), knownOn ?? person.knownOn, person.id),
  },
  Organization: {
    status: (organization) => organization.status.toUpperCase() as OrganizationStatus,
    description: (organization, { lang }) => (organization.description ? inLang(organization.description, lang) : null),
    disputed: (organization) => organization.disputed.length > 0,
    disputedFields: (organization) => organization.disputed,
    claims: (organization, { field }) => claimsOf(organization, field, null),
    partOf: async (organization, _args, { loaders }) => {
      if (!organization.partOfId) return null;
      const parent = await loaders.organization.load(organization.partOfId);
      return parent && linkedAt(parent, organization.knownOn, organizationAt);
    },
    units: async (organization, _args, { loaders }) => {
      const units = (await loaders.unitsByParent.load(organization.id)).map((unit) => organizationAt(unit, organization.knownOn));
      // A unit counts as one once a source known by then says it belongs here.
      return units.filter((unit): unit is NonNullable<typeof unit> => unit !== null && unit.partOfId === organization.id);
    },
    posts: async (organization, _args, { loaders }) =>
      (await loaders.postsByOrganization.load(organization.id)).map((post) => ({ ...post, knownOn: organization.knownOn })),
    plans: async (organization, { knownOn }, { loaders }) => viewPlans(await loaders.plansByConcern.load(organization.id), knownOn ?? organization.knownOn),
    owners: async (organization, { at, knownOn }, { loaders }) =>
      viewOwnerships(await loaders.ownershipsByOwned.load(organization.id), knownOn ?? organization.knownOn, at ?? null),
    holdings: async (organization, { at, knownOn }, { loaders }) =>
      viewOwnerships(await loaders.ownershipsByOwner.load(organization.id), knownOn ?? organization.knownOn, at ?? null),
    sources: async (organization, { knownOn }, { loaders }) =>
      knownCitations(await loaders.citationsByFact.load(organization.id), knownOn ?? organization.knownOn),
  },
};
