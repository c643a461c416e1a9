/**
 * npx tsx bench/drafting/timeDrafting.ts [rounds]
 *
 * How long drafting one article takes: reads the graph of seeds/ once (as npm run
 * draft does), then drafts and renders every text of the drafting evaluation and the
 * seed article `rounds` times (default 5) in this one process. Prints the graph's
 * load time, the first (cold) round's slowest text, and the median and slowest of
 * the warm rounds. Timings on a shared machine are noisy: compare runs, not digits.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePartialDate } from '../../src/domain/partialDate.js';
import { draftFactFile } from '../../src/draft/draftFactFile.js';
import { evaluationSets } from '../../src/draft/evaluation/evaluationSets.js';
import { loadGraph } from '../../src/draft/loadGraph.js';
import { renderDraft } from '../../src/draft/renderDraft.js';
import { projectRoot } from '../../src/projectRoot.js';
import { findSeedFiles, loadSeedFiles } from '../../src/seed/loadSeedFiles.js';

const rounds = Number(process.argv[2] ?? 5);
process.chdir(projectRoot);
const started = performance.now();
const { graph } = await loadGraph(['seeds'], { defaultVocabulary: 'seeds/roles.yaml' });
const graphMs = performance.now() - started;

const texts: { id: string; text: string; published: string | null }[] = [];
for (const set of evaluationSets) {
  const { factFiles } = await loadSeedFiles((await findSeedFiles([set.folder])).files);
  for (const file of factFiles) {
    texts.push({
      id: file.data.source.id,
      text: await readFile(path.resolve(path.dirname(file.yaml.file), file.data.source.textFile), 'utf8'),
      published: file.published.value,
    });
  }
}

const perRound: number[][] = [];
for (let round = 0; round < rounds; round += 1) {
  perRound.push(
    texts.map(({ id, text, published }) => {
      const begin = performance.now();
      const draft = draftFactFile(text, graph, { sourceId: id, textFile: `${id}.txt`, published: published ? (parsePartialDate(published) ?? null) : null });
      renderDraft(draft, { from: `${id}.txt`, writtenOn: '2026-01-01' });
      return performance.now() - begin;
    }),
  );
}
const warm = perRound
  .slice(1)
  .flat()
  .sort((a, b) => a - b);
const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(`${texts.length} texts, ${rounds} rounds, graph of seeds/ read in ${ms(graphMs)}`);
console.log(`first round (cold): slowest ${ms(Math.max(...perRound[0]!))}, total ${ms(perRound[0]!.reduce((a, b) => a + b, 0))}`);
if (warm.length > 0) console.log(`warm rounds: median ${ms(warm[Math.floor(warm.length / 2)]!)}, slowest ${ms(warm.at(-1)!)}`);
