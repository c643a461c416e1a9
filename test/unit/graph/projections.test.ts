import { beforeAll, describe, expect, it } from 'vitest';
import type { FactSet } from '../../../src/domain/FactSet.js';
import { toFactRows, type NodeRow } from '../../../src/graph/factRows.js';
import { nodeLabels, nodeSpecs, type NodeLabel } from '../../../src/graph/factWriterCypher.js';
import { projectedProperties, projectionOf, readProjection } from '../../../src/graph/projections.js';
import { toActivity, toCitation, toOrganization, toOwnership, toPerson, toPlan, toSource, toTenure } from '../../../src/graph/readMappers.js';
import { loadFactSet } from '../../../src/seed/loadFactSet.js';

let facts: FactSet;
beforeAll(async () => {
  ({ facts } = await loadFactSet(['seeds']));
});

/** What Neo4j would return for `projectionOf(label, …)` over the node the writer stores from `row`. */
function projected(label: NodeLabel, row: NodeRow): unknown[] {
  return projectedProperties(label).map((name) => {
    if (name === nodeSpecs[label].key) return row.key;
    if (name === 'contentHash') return row.contentHash;
    return row.props[name] ?? row.dates[name] ?? row.dateLists[name] ?? row.integers[name] ?? null;
  });
}

function readBack(label: NodeLabel, index: number) {
  const row = toFactRows(facts).nodes[label][index];
  if (!row) throw new Error(`the article has no ${label} ${index}`);
  return readProjection(label, { node: projected(label, row) as never }, 'node');
}

describe('projectionOf', () => {
  it('reads every property it lists from what the writer stores', () => {
    const rows = toFactRows(facts);
    for (const label of nodeLabels) {
      const row = rows.nodes[label][0];
      if (!row) throw new Error(`the article has no ${label}`);
      const stored = new Set([
        nodeSpecs[label].key,
        'contentHash',
        ...Object.keys(row.props),
        ...Object.keys(row.dates),
        ...Object.keys(row.dateLists),
        ...Object.keys(row.integers),
      ]);
      expect(projectedProperties(label).filter((name) => !stored.has(name))).toEqual([]);
    }
  });

  it('reads each fact back as the seeder built it: the same statements reconcile to the same answer', () => {
    facts.tenures.forEach((tenure, index) => {
      expect(toTenure(readBack('Tenure', index), { personId: tenure.personId, postId: tenure.postId, postOrganizationId: tenure.organizationId })).toEqual(
        tenure,
      );
    });
    facts.people.forEach((person, index) => expect(toPerson(readBack('Person', index))).toEqual(person));
    facts.organizations.forEach((organization, index) => expect(toOrganization(readBack('Organization', index))).toEqual(organization));
    facts.ownerships.forEach((ownership, index) => expect(toOwnership(readBack('Ownership', index), ownership)).toEqual(ownership));
    facts.plans.forEach((plan, index) => expect(toPlan(readBack('Plan', index))).toEqual(plan));
    facts.activities.forEach((activity, index) => expect(toActivity(readBack('Activity', index), activity.personId)).toEqual(activity));
    facts.sources.forEach((source, index) => expect(toSource(readBack('Source', index))).toEqual(source));
    facts.citations.forEach((citation, index) => expect(toCitation(readBack('Citation', index), citation.sourceId)).toEqual(citation));
  });

  it('lists each property once, converting dates and date lists to ISO strings in Cypher', () => {
    expect(projectionOf('Activity', 'a')).toBe('[a.id, a.contentHash, a.statements]');
    expect(projectionOf('Citation', 'c')).toBe('[c.id, c.quote, c.supports, c.factId, c.startOffset, c.endOffset, toString(c.knownFrom)]');
  });

  it('reads a projection back into the properties it lists, absent ones as null', () => {
    expect(readProjection('Activity', { activity: ['a1', 'h', null] }, 'activity')).toEqual({ id: 'a1', contentHash: 'h', statements: null });
  });

  it('names the column when it does not hold a projection of that label', () => {
    expect(() => readProjection('Activity', { activity: ['a1'] }, 'activity')).toThrow(/column activity to hold the 3 properties of a Activity/);
    expect(() => readProjection('Person', { person: { id: 'p' } }, 'person')).toThrow(/column person/);
  });

  it('reads the fingerprint of every fact, by which the API knows the facts it has reconciled, and leaves out the bounds kept for queries', () => {
    for (const label of ['Person', 'Organization', 'Tenure', 'Ownership', 'Plan', 'Activity'] as const) {
      expect(projectionOf(label, 'n')).toContain('n.contentHash');
    }
    for (const label of nodeLabels) expect(projectionOf(label, 'n')).not.toContain('possibleFrom');
  });

  it('refuses anything but a plain variable name', () => {
    expect(() => projectionOf('Person', 'p}) DETACH DELETE p //')).toThrow(/plain Cypher variable name/);
  });
});
