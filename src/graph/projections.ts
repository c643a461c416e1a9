import { nodeLabels, nodeSpecs, type NodeLabel } from './factWriterCypher.js';
import type { Props } from './readMappers.js';
import type { Plain } from './toPlain.js';

/**
 * What the reads return of a node: exactly the properties the mappers in readMappers.ts
 * read, never `n {.*}`. The writer's own bookkeeping (`searchText`, the bounds) stays in
 * the graph, but for `contentHash`, a fact's fingerprint, by which the API knows a fact it
 * has already reconciled (reconciledFacts.ts); dates come back as `YYYY-MM-DD` strings converted by Neo4j: decoding
 * a driver `Date` costs a dozen 64-bit integer operations in JavaScript, and a page of
 * 100 tenures carries over a thousand of them.
 */

/**
 * Per label, the properties the mappers read besides the key, in the order a projection
 * returns them. Facts are read as their sources' statements and reconciled by the domain
 * (the reconciled values stored beside them serve Cypher's filters and people browsing
 * the graph); dates and date lists among them come back as ISO strings.
 */
export const readProperties: Record<NodeLabel, readonly string[]> = {
  Source: [
    'title',
    'publisher',
    'url',
    'author',
    'language',
    'text',
    'photoCredit',
    'publishedValue',
    'publishedPrecision',
    'publishedEarliest',
    'publishedLatest',
  ],
  Role: ['en', 'deMasculine', 'deFeminine', 'deNeutral'],
  Person: ['contentHash', 'statements'],
  Organization: ['contentHash', 'statements', 'analystIdentifiers'],
  Post: ['roleKey', 'organizationId'],
  Tenure: ['contentHash', 'statements'],
  Ownership: ['contentHash', 'statements'],
  Plan: ['contentHash', 'statements'],
  Activity: ['contentHash', 'statements'],
  Citation: ['quote', 'supports', 'factId', 'startOffset', 'endOffset', 'knownFrom'],
};

const variableName = /^[a-z][A-Za-z0-9]*$/;

/** The properties a projection of each label returns, in the order it returns them; built once, read per row. */
const projectedNames = {} as Record<NodeLabel, readonly string[]>;
for (const label of nodeLabels) projectedNames[label] = [nodeSpecs[label].key, ...readProperties[label]];

/** The properties `projectionOf(label, …)` returns, in its order. */
export function projectedProperties(label: NodeLabel): readonly string[] {
  return projectedNames[label];
}

/**
 * The projection of the node bound to `variable`: a list of its properties in
 * the order of `projectedNames`, e.g. `[s.id, s.title, …, toString(s.publishedLatest)]`,
 * dates converted to ISO strings by Neo4j. A list, not a map: the driver decodes every key
 * of a map in every row, a list spares it that. `readProjection` turns it back into
 * properties. Absent dates and date lists stay null.
 */
export function projectionOf(label: NodeLabel, variable: string): string {
  if (!variableName.test(variable)) throw new RangeError(`A projection needs a plain Cypher variable name, got ${JSON.stringify(variable)}.`);
  const spec = nodeSpecs[label];
  const dates = new Set(spec.dates);
  const dateLists = new Set(spec.dateLists);
  const values = projectedNames[label].map((name) => {
    const property = `${variable}.${name}`;
    if (dates.has(name)) return `toString(${property})`;
    if (dateLists.has(name)) return `[day IN ${property} | toString(day)]`;
    return property;
  });
  return `[${values.join(', ')}]`;
}

/** The properties of a node from the column (or map entry) `column` that holds its `projectionOf(label, …)`. */
export function readProjection(label: NodeLabel, row: { [column: string]: Plain }, column: string): Props {
  const values = row[column];
  const names = projectedNames[label];
  if (!Array.isArray(values) || values.length !== names.length) {
    throw new TypeError(`Expected column ${column} to hold the ${names.length} properties of a ${label}, got ${JSON.stringify(values)}.`);
  }
  const props: Props = {};
  names.forEach((name, index) => {
    props[name] = values[index] ?? null;
  });
  return props;
}

/** `value AS name, …`: values as the columns of a RETURN, each mapped by the reader of its name. */
export function asColumns(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => `${value} AS ${name}`)
    .join(', ');
}

/** `{name: value, …}`: the same values as one map, a row of a COLLECT subquery read like a row of its own. */
export function asMap(values: Record<string, string>): string {
  return `{${Object.entries(values)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ')}}`;
}
