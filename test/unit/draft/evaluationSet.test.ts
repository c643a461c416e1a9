import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationGraph, evaluationSets } from '../../../src/draft/evaluation/evaluationSets.js';
import { precisionRecall } from '../../../src/draft/evaluation/formatEvaluation.js';
import { runEvaluation, type CaseResult } from '../../../src/draft/evaluation/runEvaluation.js';
import { projectRoot } from '../../../src/projectRoot.js';
import { findQuote } from '../../../src/seed/findQuote.js';
import { loadFactSet } from '../../../src/seed/loadFactSet.js';
import { findSeedFiles } from '../../../src/seed/loadSeedFiles.js';

let results: CaseResult[];
let scratch: string;

beforeAll(async () => {
  process.chdir(projectRoot);
  results = await runEvaluation(evaluationGraph, evaluationSets);
  scratch = await mkdtemp(path.join(tmpdir(), 'rolegraph-drafts-'));
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the drafting evaluation set', () => {
  it('has at least ten made-up texts besides the seed article', () => {
    expect(results.filter((r) => r.set !== 'seed article').length).toBeGreaterThanOrEqual(10);
    expect(results.filter((r) => r.set === 'seed article')).toHaveLength(1);
  });

  it('quotes every proposal of every draft with a verbatim span that occurs exactly once in its source', () => {
    let checked = 0;
    for (const result of results) {
      const quotes = (parse(result.yaml) as { quotes: Record<string, string> }).quotes;
      for (const [name, quote] of Object.entries(quotes)) {
        expect({ draft: result.gold.source.id, name, match: findQuote(result.draft.text, quote).kind }).toEqual({
          draft: result.gold.source.id,
          name,
          match: 'found',
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('writes drafts the seeder accepts, beside the rest of the graph, once their draft line is deleted', async () => {
    const { files } = await findSeedFiles(evaluationGraph);
    for (const result of results) {
      const folder = path.join(scratch, result.gold.source.id, 'facts');
      await mkdir(folder, { recursive: true });
      await mkdir(path.join(folder, '..', 'sources'), { recursive: true });
      await writeFile(path.resolve(folder, result.gold.source.textFile), result.draft.text);
      const draftFile = path.join(folder, `${result.gold.source.id}.yaml`);
      await writeFile(draftFile, result.yaml.replace(/^draft: .*\n/m, ''));
      const others = files.filter((f) => path.resolve(f) !== path.resolve(result.factFile));
      await expect(
        loadFactSet([...others, draftFile]).then(() => 'valid'),
        result.gold.source.id,
      ).resolves.toBe('valid');
    }
    // One load of the whole graph per text: with 36 texts on the shared machine this takes longer than vitest's default 5 s.
  }, 60_000);

  it("recovers the seed article's managing-director succession with its dates, and the city's ownership", () => {
    const seed = results.find((r) => r.set === 'seed article')!;
    const tenure = (id: string) => seed.draft.tenures.find((t) => t.id === id && !t.unsure);
    expect(tenure('ilona-benz/kl-digital/managing-director')).toMatchObject({
      start: { date: { value: '2022-02-01' } },
      predecessor: { tenureId: 'martin-verlage/kl-digital/managing-director' },
    });
    expect(tenure('martin-verlage/kl-digital/managing-director')).toMatchObject({
      end: { date: { value: '2021-12-31', inference: expect.stringContaining('Jahresende') } },
    });
    expect(seed.draft.ownerships).toEqual([expect.objectContaining({ ownerId: 'stadt-kaiserslautern', ownedId: 'kl-digital', percentage: 100 })]);
  });

  it.each(['tenures', 'dates'] as const)('proposes %s with a precision of at least 0.9 and a recall of at least 0.8 over the whole set', (category) => {
    const { precision, recall } = precisionRecall(results, category);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});
