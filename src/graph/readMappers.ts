import type { Activity, Citation, Claim, Identifier, Organization, Ownership, Person, Plan, Post, Role, Source, Tenure } from '../domain/entities.js';
import type { DatePrecision } from '../domain/partialDate.js';
import {
  reconcileActivity,
  reconcileOrganization,
  reconcileOwnership,
  reconcilePerson,
  reconcilePlan,
  reconcileTenure,
  type OwnershipIdentity,
  type TenureIdentity,
} from '../domain/reconcileFacts.js';
import type { SourceStatement } from '../domain/statements.js';
import type { Row } from './Executor.js';
import { reconciledFacts } from './reconciledFacts.js';
import type { Plain } from './toPlain.js';

/**
 * Maps rows read from the graph (plain values: dates already `YYYY-MM-DD`, integers
 * already numbers) back to domain entities, following docs/graph-model.md. A fact is
 * read as what its sources say (`statements`) and reconciled by the domain, exactly as
 * the seeder reconciled it before writing; its identity (holder, post, owner) comes from
 * its relationships, beside the node.
 */

/** A node's properties as a read returns them, e.g. `projectionOf('Tenure', 't')`. */
export type Props = { [key: string]: Plain };

const text = (props: Props, key: string): string => String(props[key] ?? '');
const optionalText = (props: Props, key: string): string | null => (props[key] == null ? null : String(props[key]));
const texts = (props: Props, key: string): string[] => (Array.isArray(props[key]) ? (props[key] as Plain[]).map(String) : []);

/** The object stored under `column` in a row, e.g. the `person` of `RETURN p {.id, .name} AS person`. */
export function propsOf(row: Row, column: string): Props {
  const value = row[column];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`Expected column ${column} to hold an object, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** The rows a column holds as a list of maps (a COLLECT subquery's), each read like a row of its own. */
export function rowsOf(row: Row, column: string): Row[] {
  const value = row[column];
  if (!Array.isArray(value) || value.some((item) => item === null || typeof item !== 'object' || Array.isArray(item))) {
    throw new TypeError(`Expected column ${column} to hold a list of maps, got ${JSON.stringify(value)}.`);
  }
  return value as Row[];
}

/** The statements the writer stored as JSON; a node without them was not written by the seeder. */
export function statementsOf<V extends object>(props: Props): SourceStatement<V>[] {
  const stored = props.statements;
  const parsed: unknown = typeof stored === 'string' ? JSON.parse(stored) : null;
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new TypeError(`Expected ${text(props, 'id')} to carry the statements of its sources, got ${JSON.stringify(stored)}.`);
  }
  return parsed as SourceStatement<V>[];
}

/** Where the cache of reconciled facts keeps the fact `label` `id`. */
export function factKey(label: string, id: string): string {
  return `${label}\u0000${id}`;
}

/**
 * The version of a fact the cache of reconciled facts must hold to answer for it: its
 * fingerprint (`contentHash`) and the ids of what it links to (`links`: a tenure's
 * holder and post), which are no property of the node.
 */
export function factVersion(fingerprint: string, links: readonly string[]): string {
  return [fingerprint, ...links].join('\u0000');
}

/** A node's fingerprint: its `contentHash`, or, for a node written without one, everything read of it. */
function fingerprintOf(props: Props): string {
  return typeof props.contentHash === 'string' ? props.contentHash : JSON.stringify(props);
}

/**
 * The fact `label` stored as `props`, reconciled from its statements and `links`, or as
 * reconciled before from the same version (see reconciledFacts.ts). A stored fact always
 * has a statement, so null cannot come back.
 */
function reconciledOnce<T>(label: string, props: Props, links: readonly string[], reconcile: () => T | null): T {
  const key = factKey(label, text(props, 'id'));
  const version = factVersion(fingerprintOf(props), links);
  const characters = typeof props.statements === 'string' ? props.statements.length : 0;
  return reconciledFacts.reconciled(key, version, characters, () => {
    const fact = reconcile();
    if (fact === null) throw new TypeError(`Expected ${text(props, 'id')} to reconcile from its statements.`);
    return fact;
  });
}

export function toPerson(props: Props): Person {
  return reconciledOnce('Person', props, [], () => reconcilePerson(text(props, 'id'), statementsOf(props)));
}

// The analyst's identifiers are a property of the node, so its fingerprint covers them.
export function toOrganization(props: Props): Organization {
  return reconciledOnce('Organization', props, [], () => {
    const analystIdentifiers = JSON.parse(text(props, 'analystIdentifiers') || '[]') as Omit<Identifier, 'sourceId'>[];
    return reconcileOrganization({ id: text(props, 'id'), analystIdentifiers }, statementsOf(props));
  });
}

export function toRole(props: Props): Role {
  return {
    key: text(props, 'key'),
    en: text(props, 'en'),
    de: { masculine: text(props, 'deMasculine'), feminine: text(props, 'deFeminine'), neutral: text(props, 'deNeutral') },
  };
}

export function toPost(props: Props): Post {
  return { id: text(props, 'id'), organizationId: text(props, 'organizationId'), roleKey: text(props, 'roleKey') };
}

/** The holder and the post are relationships; the read returns their ids beside the node. */
/** What a tenure links to, as its version in the cache of reconciled facts lists them. */
export function tenureLinks(links: Omit<TenureIdentity, 'id'>): string[] {
  return [links.personId, links.postId, links.postOrganizationId];
}

export function toTenure(props: Props, links: Omit<TenureIdentity, 'id'>): Tenure {
  return reconciledOnce('Tenure', props, tenureLinks(links), () => reconcileTenure({ id: text(props, 'id'), ...links }, statementsOf(props)));
}

export function toOwnership(props: Props, links: Omit<OwnershipIdentity, 'id'>): Ownership {
  return reconciledOnce('Ownership', props, [links.ownerId, links.ownedId], () => reconcileOwnership({ id: text(props, 'id'), ...links }, statementsOf(props)));
}

export function toSource(props: Props): Source {
  return {
    id: text(props, 'id'),
    title: text(props, 'title'),
    publisher: optionalText(props, 'publisher'),
    url: optionalText(props, 'url'),
    published: {
      value: optionalText(props, 'publishedValue'),
      precision: optionalText(props, 'publishedPrecision') as DatePrecision | null,
      earliest: optionalText(props, 'publishedEarliest'),
      latest: text(props, 'publishedLatest'),
    },
    author: optionalText(props, 'author'),
    language: text(props, 'language'),
    text: text(props, 'text'),
    photoCredit: optionalText(props, 'photoCredit'),
  };
}

export function toCitation(props: Props, sourceId: string): Citation {
  return {
    id: text(props, 'id'),
    factId: text(props, 'factId'),
    sourceId,
    quote: text(props, 'quote'),
    startOffset: Number(props.startOffset ?? 0),
    endOffset: Number(props.endOffset ?? 0),
    supports: texts(props, 'supports') as Claim[],
    knownFrom: text(props, 'knownFrom'),
  };
}

export function toPlan(props: Props): Plan {
  return reconciledOnce('Plan', props, [], () => reconcilePlan(text(props, 'id'), statementsOf(props)));
}

export function toActivity(props: Props, personId: string): Activity {
  return reconciledOnce('Activity', props, [personId], () => reconcileActivity({ id: text(props, 'id'), personId }, statementsOf(props)));
}
