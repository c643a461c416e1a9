import type { ChangeCounts } from '../graph/FactWriter.js';
import type { SeedResult } from './seedGraph.js';

/**
 * The seeder's report for people: one table of what was (or would be) created,
 * updated, left unchanged and deleted, and a plain sentence when nothing changed.
 */
export function formatSeedResult(result: SeedResult): string {
  const { report, sources, citations } = result;
  const verb = result.dryRun ? 'Would write' : 'Wrote';
  const lines = [
    `${verb} ${sources} source${sources === 1 ? '' : 's'} from ${result.files.length} file${result.files.length === 1 ? '' : 's'} (${citations} citations) in ${(result.durationMs / 1000).toFixed(2)} s${result.dryRun ? ' (dry run: nothing was written)' : ''}.`,
  ];
  if (report.reset)
    lines.push(`Reset: ${result.dryRun ? 'would delete' : 'deleted'} ${report.reset.nodes} nodes and ${report.reset.relationships} relationships first.`);
  lines.push(table('nodes', report.nodes), table('relationships', report.relationships));
  lines.push(
    report.changed
      ? result.dryRun
        ? 'Seeding would change the graph as shown.'
        : 'The graph was updated as shown.'
      : result.write === 'none'
        ? 'No change: every file is as the seed manifest in the graph records it.'
        : 'No change: the graph already holds exactly these facts.',
  );
  return lines.join('\n');
}

function table(title: string, rows: Record<string, ChangeCounts>): string {
  const header = [title, 'created', 'updated', 'unchanged', 'deleted'];
  const body = Object.entries(rows)
    .filter(([, c]) => c.created + c.updated + c.unchanged + c.deleted > 0)
    .map(([name, c]) => [name, String(c.created), String(c.updated), String(c.unchanged), String(c.deleted)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const format = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [format(header), ...body.map(format)].join('\n');
}

/** One line for logs: totals over nodes and relationships, or that nothing changed. */
export function summarizeSeedResult(result: SeedResult): string {
  const all = [...Object.values(result.report.nodes), ...Object.values(result.report.relationships)];
  const sum = (key: keyof ChangeCounts) => all.reduce((n, c) => n + c[key], 0);
  const what = `${result.sources} sources, ${result.citations} citations`;
  const took = `${(result.durationMs / 1000).toFixed(2)} s`;
  if (!result.report.changed) return `Seed: no change (${what}; ${took}).`;
  return `Seed: ${sum('created')} created, ${sum('updated')} updated, ${sum('deleted')} deleted, ${sum('unchanged')} unchanged (${what}; ${took}).`;
}
