import { describe, expect, it } from 'vitest';
import type { ChangeCounts, FactWriteReport } from '../../../src/graph/FactWriter.js';
import { nodeLabels, relationshipTypes } from '../../../src/graph/factWriterCypher.js';
import { formatSeedResult, summarizeSeedResult } from '../../../src/seed/formatSeedResult.js';
import type { SeedResult } from '../../../src/seed/seedGraph.js';

const counts = (c: Partial<ChangeCounts> = {}): ChangeCounts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0, ...c });

function result(changed: boolean, dryRun = false, write: SeedResult['write'] = 'full'): SeedResult {
  const report: FactWriteReport = {
    nodes: Object.fromEntries(nodeLabels.map((l) => [l, counts({ unchanged: 1 })])) as FactWriteReport['nodes'],
    relationships: Object.fromEntries(relationshipTypes.map((t) => [t, counts()])) as FactWriteReport['relationships'],
    reset: null,
    changed,
  };
  if (changed) report.nodes.Tenure = counts({ updated: 1 });
  return { files: ['seeds/facts/a.yaml', 'seeds/roles.yaml'], sources: 1, citations: 2, report, write, dryRun, durationMs: 1234 };
}

describe('the seed report', () => {
  it('says plainly when nothing changed', () => {
    expect(formatSeedResult(result(false))).toMatch(/No change: the graph already holds exactly these facts\.$/);
    expect(summarizeSeedResult(result(false))).toBe('Seed: no change (1 sources, 2 citations; 1.23 s).');
  });

  it('says when the manifest alone showed that nothing changed', () => {
    expect(formatSeedResult(result(false, false, 'none'))).toMatch(/No change: every file is as the seed manifest in the graph records it\.$/);
  });

  it('lists what changed per kind, leaving out kinds with nothing to show', () => {
    const text = formatSeedResult(result(true));
    expect(text).toMatch(/^Tenure\s+0\s+1\s+0\s+0$/m);
    expect(text).not.toMatch(/^PART_OF/m);
    expect(text).toContain('The graph was updated as shown.');
  });

  it('says that a dry run wrote nothing', () => {
    expect(formatSeedResult(result(true, true))).toContain('(dry run: nothing was written)');
    expect(formatSeedResult(result(true, true))).toContain('Seeding would change the graph as shown.');
  });
});
