import type { Citation, PartialDate, TenureView } from '../graphql/types.js';

/**
 * A fact whose citations can be opened. Its key goes into the URL (`cite=`), so a link
 * can open the dialog on exactly the sentence that proves the fact.
 */
export interface CitedFact {
  key: string;
  /** What the fact says, as the dialog's heading. */
  label: string;
  citations: Citation[];
  /** What the graph concludes from the quotes rather than reads in them, each with its reason. */
  inferences: string[];
}

/** The reasons behind whatever a dated fact infers: the fact itself, its start, its end. */
export function inferencesOf(fact: { inference?: string | null; start: PartialDate | null; end: PartialDate | null }): string[] {
  return [fact.inference, fact.start?.inference, fact.end?.inference].filter((reason): reason is string => typeof reason === 'string' && reason !== '');
}

/** A tenure as a fact whose sources open under `label`. */
export function tenureFact(tenure: TenureView, label: string): CitedFact {
  return { key: tenureKey(tenure), label, citations: tenure.sources, inferences: inferencesOf(tenure) };
}

export function tenureKey(tenure: Pick<TenureView, 'id'>): string {
  return `tenure:${tenure.id}`;
}

/** Activities and plans: facts with an id of their own and a description. */
export function describedKey(kind: 'activity' | 'plan', fact: { id: string }): string {
  return `${kind}:${fact.id}`;
}

/** Ownerships have no id of their own in the API; owner and owned identify a stake. */
export function ownershipKey(ownership: { owner: { id: string }; owned: { id: string } }): string {
  return `ownership:${ownership.owner.id}>${ownership.owned.id}`;
}
