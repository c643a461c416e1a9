import { capacityWord, type FactBuilder } from '../citations/facts.js';
import { personFacts } from '../citations/pageFacts.js';
import { translate } from '../i18n/messages.js';
import type { Lang } from '../routing/viewState.js';
import type { OrganizationView, OwnershipView, PersonView, TenureView } from '../graphql/types.js';
import type { KnownFact } from './compareKnowledge.js';

/**
 * A page's facts as `compareKnowledge` compares them: the same keys and words as the
 * page's sources buttons, and the values that can change from one knowledge date to
 * another. `disputed` is read where the API answers it.
 */

const plain = { start: null, end: null, status: null, lastConfirmedOn: null, value: null, disputed: false };
const isDisputed = (fact: object) => 'disputed' in fact && fact.disputed === true;

function tenureFact(lang: Lang, facts: FactBuilder, tenure: TenureView): KnownFact {
  const fact = facts.tenure(tenure);
  return {
    key: fact.key,
    label: fact.label,
    start: tenure.start,
    end: tenure.end,
    status: translate(lang, tenure.status),
    lastConfirmedOn: tenure.lastConfirmedOn,
    value: capacityWord(lang, tenure.capacity),
    disputed: isDisputed(tenure),
    citations: tenure.sources,
  };
}

function stakeFact(facts: FactBuilder, stake: OwnershipView): KnownFact {
  const fact = facts.ownership(stake);
  return {
    ...plain,
    key: fact.key,
    label: fact.label,
    start: stake.start,
    end: stake.end,
    value: fact.statement,
    disputed: isDisputed(stake),
    citations: stake.sources,
  };
}

export function personKnownFacts(lang: Lang, facts: FactBuilder, person: PersonView): KnownFact[] {
  const { entity, birth } = personFacts(facts, person);
  return [
    {
      ...plain,
      key: entity.key,
      label: entity.label,
      value: [person.name, ...person.aliases].join(', '),
      disputed: isDisputed(person),
      citations: person.sources,
    },
    ...(birth && person.birth
      ? [{ ...plain, key: birth.key, label: birth.label, start: person.birth, disputed: person.birth.disputed, citations: birth.citations }]
      : []),
    ...person.tenures.map((tenure) => tenureFact(lang, facts, tenure)),
    ...person.activities.map((activity) => {
      const fact = facts.described('activity', person.name, activity);
      return {
        ...plain,
        key: fact.key,
        label: fact.label,
        lastConfirmedOn: activity.lastConfirmedOn,
        value: activity.description,
        citations: activity.sources,
      };
    }),
  ];
}

export function organizationKnownFacts(lang: Lang, facts: FactBuilder, organization: OrganizationView, tenures: TenureView[]): KnownFact[] {
  const entity = facts.entity('organization', organization, organization.description, organization.sources);
  return [
    { ...plain, key: entity.key, label: entity.label, value: organization.description, disputed: isDisputed(organization), citations: organization.sources },
    ...organization.owners.map((stake) => stakeFact(facts, stake)),
    ...organization.holdings.map((stake) => stakeFact(facts, stake)),
    ...tenures.map((tenure) => tenureFact(lang, facts, tenure)),
    ...organization.plans.map((plan) => {
      const fact = facts.described('plan', organization.name, plan);
      return { ...plain, key: fact.key, label: fact.label, value: plan.description, citations: plan.sources };
    }),
  ];
}
