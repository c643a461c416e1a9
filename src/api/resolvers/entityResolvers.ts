import { certaintyAt } from '../../domain/temporal.js';
import type { Gender, OrganizationStatus, Resolvers } from '../generated/graphql.js';
import { inOrder, knownCitations, viewActivities, viewOwnerships, viewTenures } from '../views.js';
import { inLang } from './valueResolvers.js';

/** People and organisations: the entities analysts start from. */
export const entityResolvers: Resolvers = {
  Person: {
    gender: (person) => person.gender.toUpperCase() as Gender,
    tenures: async (person, { at, knownOn }, { loaders }) => {
      const tenures = inOrder(viewTenures(await loaders.tenuresByPerson.load(person.id), knownOn ?? null));
      return at ? tenures.filter((tenure) => certaintyAt(tenure.view, at) !== null) : tenures;
    },
    activities: async (person, { knownOn }, { loaders }) => viewActivities(await loaders.activitiesByPerson.load(person.id), knownOn ?? null),
    sources: async (person, { knownOn }, { loaders }) => knownCitations(await loaders.citationsByFact.load(person.id), knownOn ?? null),
  },
  Organization: {
    status: (organization) => organization.status.toUpperCase() as OrganizationStatus,
    description: (organization, { lang }) => (organization.description ? inLang(organization.description, lang) : null),
    partOf: (organization, _args, { loaders }) => (organization.partOfId ? loaders.organization.load(organization.partOfId) : null),
    units: (organization, _args, { loaders }) => loaders.unitsByParent.load(organization.id),
    posts: (organization, _args, { loaders }) => loaders.postsByOrganization.load(organization.id),
    plans: (organization, _args, { loaders }) => loaders.plansByConcern.load(organization.id),
    owners: async (organization, { at, knownOn }, { loaders }) =>
      viewOwnerships(await loaders.ownershipsByOwned.load(organization.id), knownOn ?? null, at ?? null),
    holdings: async (organization, { at, knownOn }, { loaders }) =>
      viewOwnerships(await loaders.ownershipsByOwner.load(organization.id), knownOn ?? null, at ?? null),
    sources: async (organization, { knownOn }, { loaders }) => knownCitations(await loaders.citationsByFact.load(organization.id), knownOn ?? null),
  },
};
