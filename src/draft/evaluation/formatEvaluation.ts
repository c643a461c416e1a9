import { categories, type Category, type Counts } from './scoreDraft.js';
import type { CaseResult } from './runEvaluation.js';

const ratio = (part: number, whole: number) => (whole === 0 ? '–' : (part / whole).toFixed(2));

function sum(results: readonly CaseResult[], category: Category): Counts {
  return results.reduce(
    (total, r) => ({ tp: total.tp + r.score.counts[category].tp, fp: total.fp + r.score.counts[category].fp, fn: total.fn + r.score.counts[category].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
}

/** Precision and recall of one category over some cases. */
export function precisionRecall(results: readonly CaseResult[], category: Category): { precision: number; recall: number; counts: Counts } {
  const counts = sum(results, category);
  return {
    precision: counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp),
    recall: counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn),
    counts,
  };
}

/**
 * The evaluation as Markdown: per category, precision and recall on each set of
 * cases and on all of them together, with the counts behind them; then per case.
 */
export function formatEvaluation(results: readonly CaseResult[], command: string): string {
  const sets = [...new Set(results.map((r) => r.set))];
  const bySet = sets.map((s) => [s, results.filter((r) => r.set === s)] as [string, CaseResult[]]);
  const groups: [string, readonly CaseResult[]][] = sets.length > 1 ? [...bySet, ['all', results]] : bySet;
  const header = `| category | ${groups.map(([name, rs]) => `${name} (${rs.length}) P / R`).join(' | ')} |`;
  const rule = `| --- | ${groups.map(() => '---').join(' | ')} |`;
  const rows = categories.map((category) => {
    const cells = groups.map(([, rs]) => {
      const { counts } = precisionRecall(rs, category);
      return `${ratio(counts.tp, counts.tp + counts.fp)} / ${ratio(counts.tp, counts.tp + counts.fn)} (${counts.tp}, ${counts.fp}, ${counts.fn})`;
    });
    return `| ${category} | ${cells.join(' | ')} |`;
  });
  const unsure = results.reduce((t, r) => ({ proposed: t.proposed + r.score.unsure.proposed, right: t.right + r.score.unsure.right }), {
    proposed: 0,
    right: 0,
  });
  const quotes = results.reduce((t, r) => t + r.quoteCount, 0);
  const bad = results.flatMap((r) => r.quoteProblems);
  const slowest = Math.max(...results.map((r) => r.milliseconds));
  const perCase = results.map((r) => {
    const c = (k: Category) => `${r.score.counts[k].tp}/${r.score.counts[k].tp + r.score.counts[k].fp}/${r.score.counts[k].tp + r.score.counts[k].fn}`;
    return `| ${r.gold.source.id} | ${r.set} | ${c('tenures')} | ${c('dates')} | ${c('predecessors')} | ${c('ownerships')} | ${r.score.unsure.proposed} | ${r.milliseconds.toFixed(0)} |`;
  });
  return [
    `Measured with \`${command}\` on ${results.length} texts. Each cell: precision / recall (right, wrong, missed).`,
    '',
    header,
    rule,
    ...rows,
    '',
    `Quotes: ${quotes} in ${results.length} drafts, ${bad.length === 0 ? 'every one verbatim and unique in its source' : `${bad.length} not verbatim or not unique: ${bad.join(', ')}`}.`,
    `Tenures written commented out as unsure: ${unsure.proposed}, of which ${unsure.right} are in the gold files (they count as not proposed above).`,
    `Drafting time per text (after loading the graph): at most ${slowest.toFixed(0)} ms.`,
    '',
    '| text | set | tenures right/proposed/gold | dates | predecessors | stakes | unsure | ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...perCase,
  ].join('\n');
}
