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
