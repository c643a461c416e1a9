import type { Activity, Citation, Organization, Ownership, Person, Plan, Post, Role, Source, Tenure } from './entities.js';

/**
 * Everything the fact files state, validated and merged across files: what the
 * seeder writes to the graph in one all-or-nothing transaction.
 */
export interface FactSet {
  sources: Source[];
  roles: Role[];
  people: Person[];
  organizations: Organization[];
  posts: Post[];
  tenures: Tenure[];
  ownerships: Ownership[];
  plans: Plan[];
  activities: Activity[];
  citations: Citation[];
}

/** The facts that keep what each source states, by the label their nodes carry. */
export type StatedFactLabel = 'Person' | 'Organization' | 'Tenure' | 'Ownership' | 'Plan' | 'Activity';

/** The facts of a FactSet that keep per-source statements, each list with its node label. */
export function statedFactsByLabel(facts: FactSet): [StatedFactLabel, readonly (Person | Organization | Tenure | Ownership | Plan | Activity)[]][] {
  return [
    ['Person', facts.people],
    ['Organization', facts.organizations],
    ['Tenure', facts.tenures],
    ['Ownership', facts.ownerships],
    ['Plan', facts.plans],
    ['Activity', facts.activities],
  ];
}
