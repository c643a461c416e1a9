import type { CaseSet } from './runEvaluation.js';

/**
 * The drafting evaluation's texts, relative to the checkout: gold fact files per
 * set. Every held-out round was scored once before its failures were read, and has
 * counted as read since (docs/drafting.md gives each round's first run).
 */
export const evaluationSets: readonly CaseSet[] = [
  { name: 'development', folder: 'bench/drafting/facts' },
  { name: 'held-out 1 (read since)', folder: 'bench/drafting/heldout/facts' },
  { name: 'held-out 2 (read since)', folder: 'bench/drafting/heldout-2/facts' },
  { name: 'held-out 3 (read since)', folder: 'bench/drafting/heldout-3/facts' },
  { name: 'held-out 4 (read since)', folder: 'bench/drafting/heldout-4/facts' },
  { name: 'held-out 5 (read since)', folder: 'bench/drafting/heldout-5/facts' },
  { name: 'held-out 6 (read since)', folder: 'bench/drafting/heldout-6/facts' },
  { name: 'held-out 7 (read since)', folder: 'bench/drafting/heldout-7/facts' },
  { name: 'seed article', folder: 'seeds/facts' },
];

/** The fact files each text is drafted against (without its own gold file). */
export const evaluationGraph: readonly string[] = ['seeds', 'bench/drafting'];
