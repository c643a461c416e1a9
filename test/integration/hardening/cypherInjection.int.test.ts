import fc from 'fast-check';
import { buildASTSchema, getNamedType, isInputObjectType, isObjectType, type GraphQLArgument, type GraphQLField, type GraphQLInputField } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../../src/api/typeDefs.js';
import { checksumGraph, postGraphql, useSeededApi } from './seededApi.js';

/**
 * Every argument of the schema that takes text (String, ID, Date), top-level or inside
 * an input object, receives Cypher (and Lucene) injection strings as a variable. None
 * may change the graph, fail with an internal error, or leak.
 */

const schema = buildASTSchema(typeDefs);
const textScalars = new Set(['String', 'ID', 'Date']);

/** How a query reaches a field of each type that has text arguments, on the seeded article. */
const reach: Record<string, (inner: string) => string> = {
  Query: (inner) => inner,
  Person: (inner) => `person(id: "ilona-benz") { ${inner} }`,
  Organization: (inner) => `organization(id: "kl-digital") { ${inner} }`,
  Post: (inner) => `organization(id: "kl-digital") { posts { ${inner} } }`,
  Tenure: (inner) => `person(id: "ilona-benz") { tenures { ${inner} } }`,
  Role: (inner) => `roles { ${inner} }`,
  Plan: (inner) => `organization(id: "kl-digital") { plans { ${inner} } }`,
  Activity: (inner) => `person(id: "ilona-benz") { activities { ${inner} } }`,
  Ownership: (inner) => `organization(id: "kl-digital") { owners { ${inner} } }`,
  FieldClaim: (inner) => `person(id: "ilona-benz") { claims { ${inner} } }`,
  PartialDate: (inner) => `person(id: "ilona-benz") { birth { ${inner} } }`,
  DateClaim: (inner) => `person(id: "ilona-benz") { birth { claims { ${inner} } } }`,
  SearchHit: (inner) => `search(query: "Benz") { ${inner} }`,
  SeriesPoint: (inner) => `series(from: "2022-01-01", to: "2022-03-01") { ${inner} }`,
};

/** Valid values for the arguments that are not under attack in a request. */
const validValues: Record<string, string> = {
  organization: '"kl-digital"',
  role: '"managing-director"',
  at: '"2022-03-01"',
  date: '"2022-03-01"',
  from: '"2021-01-01"',
  to: '"2022-03-01"',
  query: '"Benz"',
  id: '"ilona-benz"',
};

interface Target {
  name: string;
  /** The query with `$v` where the injected text goes. */
  query: (variableType: string) => string;
  variableType: string;
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
}

function argumentsExcept(field: GraphQLField<unknown, unknown>, attacked: string, value = '$v'): string {
  const parts = field.args
    .filter((a) => a.name === attacked || String(a.type).endsWith('!'))
    .map((a) => `${a.name}: ${a.name === attacked ? value : (validValues[a.name] ?? '"x"')}`);
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

function targetsOf(): Target[] {
  const targets: Target[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        const around = reach[type.name];
        if (!around) throw new Error(`No way to reach ${type.name}.${field.name}(${arg.name}) is known: add ${type.name} to reach.`);
        if (textScalars.has(getNamedType(arg.type).name)) {
          targets.push({
            name: `${type.name}.${field.name}(${arg.name})`,
            variableType: `${getNamedType(arg.type).name}!`,
            query: (t) => `query Attack($v: ${t}) { ${around(`${field.name}${argumentsExcept(field, arg.name)}${selectionOf(field)}`)} }`,
          });
        }
        const input = getNamedType(arg.type);
        if (isInputObjectType(input)) targets.push(...inputTargets(type.name, field, arg, input.getFields()));
      }
    }
  }
  return targets;
}

/** Text fields of an input object (and of the input objects inside it), one target each. */
function inputTargets(
  typeName: string,
  field: GraphQLField<unknown, unknown>,
  arg: GraphQLArgument,
  fields: Record<string, GraphQLInputField>,
  wrap = (v: string) => v,
  prefix = arg.name,
): Target[] {
  const around = reach[typeName] ?? ((inner: string) => inner);
  return Object.values(fields).flatMap((inputField) => {
    const named = getNamedType(inputField.type);
    const nest = (v: string) => wrap(`{ ${inputField.name}: ${v} }`);
    if (isInputObjectType(named)) return inputTargets(typeName, field, arg, named.getFields(), nest, `${prefix}.${inputField.name}`);
    if (!textScalars.has(named.name)) return [];
    return [
      {
        name: `${typeName}.${field.name}(${prefix}.${inputField.name})`,
        variableType: `${named.name}!`,
        query: (t: string) => `query Attack($v: ${t}) { ${around(`${field.name}${argumentsExcept(field, arg.name, nest('$v'))}${selectionOf(field)}`)} }`,
      },
    ];
  });
}

/** Strings that would break out of a Cypher literal, a Lucene query or a label if pasted in. */
const payloads = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //`,
  `kl-digital"}) CREATE (:Injected {by: "id"}) //`,
  `ilona-benz') CALL { CREATE (:Injected) } RETURN 1 //`,
  '`) DETACH DELETE n //',
  `\\" MERGE (x:Injected) RETURN x //`,
  `$id}) SET n.name = 'pwned' //`,
  `*:* OR name:* AND NOT id:x~ ^2 "phrase`,
  `LOAD CSV FROM 'file:///etc/passwd' AS line CREATE (:Injected {line: line})`,
  `CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})`,
  `2022-03-01"}) MATCH (n) SET n.hacked = true //`,
  `managing-director"}) MATCH (p:Person) DETACH DELETE p RETURN 1 AS x //`,
  '\u0000\u202e\uFEFF; DROP CONSTRAINT person_id',
];

const { graph, url } = useSeededApi();
const targets = targetsOf();
let before: string;
beforeAll(async () => {
  before = await checksumGraph(graph.executor);
});

async function attack(target: Target, payload: string): Promise<void> {
  const answer = await postGraphql(url(), { query: target.query(target.variableType), variables: { v: payload } });
  expect(answer.status, `${target.name}: ${answer.text}`).toBeLessThan(500);
  const codes = (answer.json?.errors ?? []).map((e) => e.extensions?.code);
  expect(codes, `${target.name} with ${JSON.stringify(payload)}: ${answer.text}`).not.toContain('INTERNAL_SERVER_ERROR');
  const echoed = answer.text.split(JSON.stringify(payload).slice(1, -1)).join('');
  expect(echoed).not.toMatch(/bolt:|127\.0\.0\.1|node_modules|\.ts:\d+/);
}

describe('Cypher injection through every text argument', () => {
  it('finds the text arguments of the schema, input fields included', () => {
    const names = targets.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Query.search(query)',
        'Query.holders(role)',
        'Query.tenures(filter.role)',
        'Query.tenures(filter.heldDuring.from)',
        'Tenure.title(lang)',
      ]),
    );
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it('leaves the graph unchanged, with no internal error, for every payload in every text argument', async () => {
    for (const target of targets) for (const payload of payloads) await attack(target, payload);
    expect(await checksumGraph(graph.executor)).toBe(before);
  });

  it('leaves the graph unchanged for random mixtures of Cypher and Lucene syntax', async () => {
    const fragments = fc.constantFrom(
      '"',
      "'",
      '`',
      '})',
      ')',
      ']',
      '//',
      '/*',
      '*/',
      ' MATCH (n) ',
      ' DETACH DELETE n',
      ' CREATE (:Injected)',
      ' RETURN 1',
      ' $id ',
      '\\',
      ';',
      ' OR ',
      '*',
      '~',
      ':',
      'kl-digital',
      '\n',
    );
    const text = fc.oneof(
      fc.array(fragments, { minLength: 1, maxLength: 12 }).map((p) => p.join('')),
      fc.string({ maxLength: 40 }),
    );
    await fc.assert(fc.asyncProperty(fc.constantFrom(...targets), text, attack), { numRuns: 300 });
    expect(await checksumGraph(graph.executor)).toBe(before);
  });

  it('would notice a change: the checksum differs once the graph is written to', async () => {
    await graph.executor.write({ name: 'test.touch', cypher: "MATCH (p:Person {id: 'ilona-benz'}) SET p.touchedByTest = true" });
    expect(await checksumGraph(graph.executor)).not.toBe(before);
  });
});
