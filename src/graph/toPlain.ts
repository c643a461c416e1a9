import neo4j from 'neo4j-driver';

/**
 * A value as it leaves the graph layer: numbers, strings, booleans, null, ISO date
 * strings, and arrays and objects of those. No driver type crosses this line.
 */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Converts a value returned by the driver into plain JavaScript. Integers become
 * numbers (refusing ones beyond 2^53, which would silently lose precision), dates
 * become `YYYY-MM-DD`, other temporals their ISO form, nodes their properties.
 */
export function toPlain(value: unknown): Plain {
  // Most values are strings, numbers or booleans: answer them before the driver's type checks.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`Integer ${value.toString()} from Neo4j is beyond 2^53.`);
    return value.toNumber();
  }
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isLocalTime(value) || neo4j.isTime(value) || neo4j.isDuration(value)) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
    return out;
  }
  throw new TypeError(`Unexpected value of type ${typeof value} from Neo4j.`);
}
