import type { Organization, Person, Tenure } from '../domain/entities.js';
import type { Executor, Row } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { factKey, factVersion, rowsOf, type Props } from './readMappers.js';
import { reconciledFacts } from './reconciledFacts.js';

/**
 * Reads that name facts instead of bringing them. A list read (the dashboard's page of
 * tenures) may return each fact's id and fingerprint only (`fingerprintProjection`): the facts
 * this process has reconciled in that version come from its cache (reconciledFacts.ts),
 * and only the others are read with their statements, all in one further statement. A
 * page polled again, or one of people already seen, so reads a few short strings per
 * fact, and Neo4j reads no statement at all. A page of facts not yet seen (an export
 * walking every page once) would pay for two statements instead of one, so the reader
 * names facts only while most of those it recently read were known (`KnownShare`).
 */

/** The labels a thin read names (the facts of a tenure record). */
export type NamedLabel = 'Tenure' | 'Person' | 'Organization';

/** A fact as a thin read names it: `[n.id, n.contentHash]`. */
export interface Fingerprint {
  id: string;
  /** Null for a node the seeder wrote before it kept fingerprints: such a fact is always read whole. */
  contentHash: string | null;
}

/** The fingerprint of the node bound to `variable`, e.g. `[t.id, t.contentHash]`. */
export function fingerprintProjection(variable: string): string {
  return `[${variable}.id, ${variable}.contentHash]`;
}

/** The fingerprint in `column` of `row`. */
export function readFingerprint(row: Row, column: string): Fingerprint {
  const value = row[column];
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') {
    throw new TypeError(`Expected column ${column} to hold a fingerprint [id, contentHash], got ${JSON.stringify(value)}.`);
  }
  return { id: value[0], contentHash: typeof value[1] === 'string' ? value[1] : null };
}

/** A fact a thin read named: where it is, what it links to, and how to read it from its whole projection. */
export interface NamedFact<T> {
  fingerprint: Fingerprint;
  /** The ids it links to, as `factVersion` takes them (a tenure: holder, post, the post's organisation). */
  links: readonly string[];
  read: (props: Props) => T;
}

/** The named facts of one read, by label. */
export interface NamedFacts {
  Tenure: NamedFact<Tenure>[];
  Person: NamedFact<Person>[];
  Organization: NamedFact<Organization>[];
}

/** The same facts, in the same order; null for one that left the graph between the two reads. */
export interface KnownFacts {
  Tenure: (Tenure | null)[];
  Person: (Person | null)[];
  Organization: (Organization | null)[];
  /** How many of the named facts came from the cache. */
  known: number;
}

/**
 * The share of the facts recent reads found in the cache, as a moving average, and from
 * it whether the next read should name its facts. Measured on the medium synthetic graph
 * (2026-12-03, 200 rotating pages of 100 at concurrency 8, CPU of the API and Neo4j
 * together per page): read whole with every fact in the cache 15.5 ms, named with every
 * fact known 11.8 ms (0.76 of it), named with none known 38.8 ms (2.5 of it). Naming so
 * pays from about 86 % of the facts known; it is chosen from 90 %, reached after eleven
 * reads that found every fact known.
 */
export class KnownShare {
  static readonly namesFrom = 0.9;
  private share = 0;

  /** Records a read of `total` facts, `known` of them in the cache. */
  observe(known: number, total: number): void {
    if (total > 0) this.share = 0.8 * this.share + 0.2 * (known / total);
  }

  get namesFacts(): boolean {
    return this.share >= KnownShare.namesFrom;
  }
}

const columns: Record<NamedLabel, string> = { Tenure: 'tenures', Person: 'people', Organization: 'organizations' };

export const knownFactsCypher = {
  byIds: {
    name: 'fact.byIds',
    cypher: `
      RETURN COLLECT { UNWIND $tenureIds AS id MATCH (t:Tenure {id: id}) RETURN {fact: ${projectionOf('Tenure', 't')}} } AS tenures,
             COLLECT { UNWIND $personIds AS id MATCH (person:Person {id: id}) RETURN {fact: ${projectionOf('Person', 'person')}} } AS people,
             COLLECT { UNWIND $organizationIds AS id MATCH (o:Organization {id: id}) RETURN {fact: ${projectionOf('Organization', 'o')}} } AS organizations`,
  },
};

/** The named facts, from the cache where it holds them in the version named, else read whole (one statement) and reconciled. */
export async function readKnownFacts(executor: Executor, named: NamedFacts): Promise<KnownFacts> {
  const labels = Object.keys(columns) as NamedLabel[];
  const cached = new Map<string, unknown>();
  let known = 0;
  const missing: Record<NamedLabel, Set<string>> = { Tenure: new Set(), Person: new Set(), Organization: new Set() };
  for (const label of labels) {
    for (const { fingerprint, links } of named[label] as NamedFact<unknown>[]) {
      const key = factKey(label, fingerprint.id);
      const fact = fingerprint.contentHash === null ? undefined : reconciledFacts.get(key, factVersion(fingerprint.contentHash, links));
      if (fact === undefined) {
        missing[label].add(fingerprint.id);
      } else {
        cached.set(key, fact);
        known += 1;
      }
    }
  }
  const whole = new Map<string, Props>();
  if (labels.some((label) => missing[label].size > 0)) {
    const [row] = await executor.read(knownFactsCypher.byIds, {
      tenureIds: [...missing.Tenure],
      personIds: [...missing.Person],
      organizationIds: [...missing.Organization],
    });
    for (const label of labels) {
      for (const entry of row ? rowsOf(row, columns[label]) : []) {
        const props = readProjection(label, entry, 'fact');
        whole.set(factKey(label, String(props.id)), props);
      }
    }
  }
  const factsOf = <T>(label: NamedLabel, facts: NamedFact<T>[]): (T | null)[] =>
    facts.map(({ fingerprint, read }) => {
      const key = factKey(label, fingerprint.id);
      const props = whole.get(key);
      return (cached.get(key) as T | undefined) ?? (props ? read(props) : null);
    });
  return {
    Tenure: factsOf('Tenure', named.Tenure),
    Person: factsOf('Person', named.Person),
    Organization: factsOf('Organization', named.Organization),
    known,
  };
}
