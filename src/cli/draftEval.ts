/**
 * npm run draft:eval
 *
 * Drafts every text of the drafting evaluation (bench/drafting/) and the seed
 * article, scores each draft against its hand-written gold fact file, prints the
 * figures and writes them into docs/drafting.md between its evaluation markers.
 * Exit code 0 when written, 1 when a gold file is invalid or a quote is not
 * verbatim and unique.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RolegraphError } from '../domain/errors.js';
import { evaluationGraph, evaluationSets } from '../draft/evaluation/evaluationSets.js';
import { formatEvaluation } from '../draft/evaluation/formatEvaluation.js';
import { runEvaluation } from '../draft/evaluation/runEvaluation.js';
import { projectRoot } from '../projectRoot.js';

const start = '<!-- draft:eval start -->';
const end = '<!-- draft:eval end -->';

async function main(): Promise<number> {
  process.chdir(projectRoot);
  const results = await runEvaluation(evaluationGraph, evaluationSets);
  const report = formatEvaluation(results, 'npm run draft:eval');
  console.log(report);
  const docs = path.join(projectRoot, 'docs', 'drafting.md');
  const current = await readFile(docs, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${docs} has no "${start}" … "${end}" section to write the figures into.`);
  await writeFile(docs, `${current.slice(0, from + start.length)}\n${report}\n${current.slice(to)}`);
  console.log(`\nWrote the figures into ${path.relative(process.cwd(), docs)}.`);
  return results.some((r) => r.quoteProblems.length > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof RolegraphError ? error.message : error);
    process.exit(1);
  },
);
