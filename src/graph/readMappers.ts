import type {
  Activity,
  Capacity,
  Citation,
  Claim,
  Evidence,
  Gender,
  LocalizedText,
  Organization,
  OrganizationKind,
  OrganizationStatus,
  Ownership,
  Person,
  Plan,
  Post,
  Role,
  Source,
  StatedDate,
  Tenure,
} from '../domain/entities.js';
import type { DatePrecision } from '../domain/partialDate.js';
import type { Row } from './Executor.js';
import type { Plain } from './toPlain.js';

/**
 * Maps rows read from the graph (plain values: dates already `YYYY-MM-DD`, integers
 * already numbers) back to domain entities, following docs/graph-model.md. Properties
 * the reads do not need (contentHash, searchText) are ignored.
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

/** A partial date stored flat as `<name>Value`, `<name>Precision`, `<name>Earliest`, `<name>Latest`, `<name>Inference`. */
export function toStatedDate(props: Props, name: string): StatedDate | null {
  const value = props[`${name}Value`];
  if (value == null) return null;
  return {
    value: String(value),
    precision: text(props, `${name}Precision`) as DatePrecision,
    earliest: text(props, `${name}Earliest`),
    latest: text(props, `${name}Latest`),
    inference: optionalText(props, `${name}Inference`),
  };
}

function toEvidence(props: Props): Evidence {
  return {
    citedOn: texts(props, 'citedOn'),
    confirmedOn: texts(props, 'confirmedOn'),
    startCitedOn: texts(props, 'startCitedOn'),
    endCitedOn: texts(props, 'endCitedOn'),
  };
}

function toLocalized(props: Props, prefix: string): LocalizedText | null {
  const de = optionalText(props, `${prefix}De`);
  const en = optionalText(props, `${prefix}En`);
  return de === null && en === null ? null : { de: de ?? '', en: en ?? '' };
}

export function toPerson(props: Props): Person {
  return {
    id: text(props, 'id'),
    name: text(props, 'name'),
    aliases: texts(props, 'aliases'),
    honorific: optionalText(props, 'honorific'),
    gender: (optionalText(props, 'gender') ?? 'unknown') as Gender,
    genderInference: optionalText(props, 'genderInference'),
    birth: toStatedDate(props, 'birth'),
  };
}

/** `partOfId` is not a property: the read returns it beside the node, from `PART_OF`. */
export function toOrganization(props: Props, partOfId: string | null): Organization {
  return {
    id: text(props, 'id'),
    name: text(props, 'name'),
    aliases: texts(props, 'aliases'),
    kind: text(props, 'kind') as OrganizationKind,
    status: (optionalText(props, 'status') ?? 'active') as OrganizationStatus,
    partOfId,
    description: toLocalized(props, 'description'),
  };
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

/** The holder, post and predecessor are relationships; the read returns their ids beside the node. */
export function toTenure(props: Props, links: { personId: string; postId: string; predecessorId: string | null }): Tenure {
  return {
    id: text(props, 'id'),
    ...links,
    start: toStatedDate(props, 'start'),
    end: toStatedDate(props, 'end'),
    capacity: (optionalText(props, 'capacity') ?? 'regular') as Capacity,
    planned: props.planned === true,
    predecessorCitedOn: texts(props, 'predecessorCitedOn'),
    evidence: toEvidence(props),
    inference: optionalText(props, 'inference'),
  };
}

export function toOwnership(props: Props, links: { ownerId: string; ownedId: string }): Ownership {
  return {
    id: text(props, 'id'),
    ...links,
    percentage: typeof props.percentage === 'number' ? props.percentage : null,
    start: toStatedDate(props, 'start'),
    end: toStatedDate(props, 'end'),
    evidence: toEvidence(props),
  };
}

export function toSource(props: Props): Source {
  return {
    id: text(props, 'id'),
    title: text(props, 'title'),
    publisher: optionalText(props, 'publisher'),
    url: optionalText(props, 'url'),
    publishedOn: text(props, 'publishedOn'),
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
    publishedOn: text(props, 'publishedOn'),
  };
}

export function toPlan(props: Props, concerns: string[]): Plan {
  return {
    id: text(props, 'id'),
    description: toLocalized(props, 'description') ?? { de: '', en: '' },
    concerns,
  };
}

export function toActivity(props: Props, personId: string): Activity {
  return {
    id: text(props, 'id'),
    personId,
    description: toLocalized(props, 'description') ?? { de: '', en: '' },
    confirmedOn: texts(props, 'confirmedOn'),
  };
}
