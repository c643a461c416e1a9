import type { OrganizationView, PersonView, TenureView } from '../graphql/types.js';
import { identityDisputed } from './disputes.js';
import type { CitedFact, FactBuilder } from './facts.js';

/**
 * Every cited fact of a person's or organisation's page, in the page's words: what its
 * sources buttons open, what the changes page compares and the page citation lists.
 */

export interface PersonFacts {
  /** The person itself: the quotes that state the name, gender and birth. */
  entity: CitedFact;
  birth: CitedFact | null;
  tenures: CitedFact[];
  activities: CitedFact[];
  all: CitedFact[];
}

export function personFacts(facts: FactBuilder, person: PersonView): PersonFacts {
  // The birth's own claims name its quotes; without them, the quotes about the person are its evidence.
  const birthQuotes = person.birthClaims.flatMap((claim) => claim.quotes);
  const entity = facts.entity('person', { ...person, disputed: identityDisputed(person) }, person.honorific, person.sources);
  const birth = person.birth ? facts.birth({ ...person, birth: person.birth }, birthQuotes.length > 0 ? birthQuotes : person.sources) : null;
  const tenures = person.tenures.map(facts.tenure);
  const activities = person.activities.map((activity) => facts.described('activity', person.name, activity));
  return { entity, birth, tenures, activities, all: [entity, ...(birth ? [birth] : []), ...tenures, ...activities] };
}

export interface OrganizationFacts {
  entity: CitedFact;
  stakes: CitedFact[];
  tenures: CitedFact[];
  plans: CitedFact[];
  all: CitedFact[];
}

/** `tenures` are those of the organisation's succession chains, which a second query brings. */
export function organizationFacts(facts: FactBuilder, organization: OrganizationView, tenures: TenureView[]): OrganizationFacts {
  const entity = facts.entity('organization', organization, organization.description, organization.sources);
  const stakes = [...organization.owners, ...organization.holdings].map(facts.ownership);
  const held = tenures.map(facts.tenure);
  const plans = organization.plans.map((plan) => facts.described('plan', organization.name, plan));
  return { entity, stakes, tenures: held, plans, all: [entity, ...stakes, ...held, ...plans] };
}
