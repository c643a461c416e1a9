/**
 * npx tsx bench/drafting/scoreAtCommit.ts <commit> <gold-folder> [--rules <commit>]
 *
 * Scores the drafting assistant as it was at <commit> on one folder of gold fact
 * files, with that commit's evaluation code and fact files: the way each held-out
 * round's first-run figures in docs/drafting.md were measured. With --rules, the
 * drafting code (src/draft/) is taken from that other commit instead, so that older
 * rules can be scored on a round written after them. It checks the commit out into
 * a temporary git worktree (sharing this checkout's node_modules) and removes it
 * afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as Formatting from '../../src/draft/evaluation/formatEvaluation.js';
import type * as Evaluation from '../../src/draft/evaluation/runEvaluation.js';
import { projectRoot } from '../../src/projectRoot.js';

const [commit, folder, option, rules] = process.argv.slice(2);
if (!commit || !folder || (option !== undefined && (option !== '--rules' || !rules))) {
  console.error('Usage: npx tsx bench/drafting/scoreAtCommit.ts <commit> <gold-folder> [--rules <commit>]');
  process.exit(2);
}
const checkout = await mkdtemp(path.join(tmpdir(), 'rolegraph-draft-'));
const git = (...args: string[]) => execFileSync('git', ['-C', projectRoot, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
git('worktree', 'add', '--detach', checkout, commit);
try {
  if (rules) {
    execFileSync('git', ['-C', checkout, 'rm', '-r', '-q', 'src/draft'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('git', ['-C', checkout, 'checkout', rules, '--', 'src/draft'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(checkout, 'node_modules'));
  process.chdir(checkout);
  // That commit's own evaluation code, with the same exports as this checkout's.
  const { runEvaluation } = (await import(path.join(checkout, 'src/draft/evaluation/runEvaluation.ts'))) as typeof Evaluation;
  const { formatEvaluation } = (await import(path.join(checkout, 'src/draft/evaluation/formatEvaluation.ts'))) as typeof Formatting;
  const results = await runEvaluation(['seeds', 'bench/drafting'], [{ name: folder, folder }]);
  console.log(formatEvaluation(results, `npx tsx bench/drafting/scoreAtCommit.ts ${process.argv.slice(2).join(' ')}`));
} finally {
  git('worktree', 'remove', '--force', checkout);
  await rm(checkout, { recursive: true, force: true });
}
