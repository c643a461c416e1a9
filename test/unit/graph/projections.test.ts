import { beforeAll, describe, expect, it } from 'vitest';
import type { FactSet } from '../../../src/domain/FactSet.js';
import { toFactRows } from '../../../src/graph/factRows.js';
import { nodeLabels, nodeSpecs } from '../../../src/graph/factWriterCypher.js';
import { projectionOf, readProjection, readProperties } from '../../../src/graph/projections.js';
import { loadFactSet } from '../../../src/seed/loadFactSet.js';

// Written for the full-text index and for change detection; no mapper reads them.
const writerOnly = new Set(['searchText']);

let facts: FactSet;
beforeAll(async () => {
  ({ facts } = await loadFactSet(['seeds']));
});

describe('projectionOf', () => {
  it.each(nodeLabels.map((label) => [label]))('reads back every property the writer stores on a %s', (label) => {
    const [row] = toFactRows(facts).nodes[label];
    if (!row) throw new Error(`the article has no ${label}`);
    const written = [...Object.keys(row.props), ...Object.keys(row.integers)].filter((key) => !writerOnly.has(key));
    expect([...readProperties[label], ...nodeSpecs[label].integers].sort()).toEqual(written.sort());
    expect(Object.keys(row.dates).sort()).toEqual([...nodeSpecs[label].dates].sort());
    expect(Object.keys(row.dateLists).sort()).toEqual([...nodeSpecs[label].dateLists].sort());
  });

  it('lists each property once, converting dates and date lists to ISO strings in Cypher', () => {
    expect(projectionOf('Activity', 'a')).toBe('[a.id, a.descriptionDe, a.descriptionEn, [day IN a.confirmedOn | toString(day)]]');
    expect(projectionOf('Citation', 'c')).toBe('[c.id, c.quote, c.supports, c.factId, c.startOffset, c.endOffset, toString(c.publishedOn)]');
  });

  it('reads a projection back into the properties it lists, absent ones as null', () => {
    expect(readProjection('Activity', { activity: ['a1', 'Dozentin', null, ['2021-12-13']] }, 'activity')).toEqual({
      id: 'a1',
      descriptionDe: 'Dozentin',
      descriptionEn: null,
      confirmedOn: ['2021-12-13'],
    });
  });

  it('names the column when it does not hold a projection of that label', () => {
    expect(() => readProjection('Activity', { activity: ['a1'] }, 'activity')).toThrow(/column activity to hold the 4 properties of a Activity/);
    expect(() => readProjection('Person', { person: { id: 'p' } }, 'person')).toThrow(/column person/);
  });

  it('leaves out the content hash the writer keeps for change detection', () => {
    for (const label of nodeLabels) expect(projectionOf(label, 'n')).not.toContain('contentHash');
  });

  it('refuses anything but a plain variable name', () => {
    expect(() => projectionOf('Person', 'p}) DETACH DELETE p //')).toThrow(/plain Cypher variable name/);
  });
});
