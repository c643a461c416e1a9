/**
 * npm run draft -- <source-text-file> [--published YYYY[-MM[-DD]]] [--publisher …] [--title …] [--out FILE] [--graph DIR]… [--force]
 *
 * Drafts a fact file for a German source text: entities matched to what the graph
 * holds, roles, dates and stakes, each quoted. The draft is marked so that the
 * seeder refuses it until the analyst has checked it. Exit code 0 when written,
 * 1 when the graph's fact files are invalid or the output exists, 2 on bad usage.
 */
import { access, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RolegraphError } from '../domain/errors.js';
import { parsePartialDate } from '../domain/partialDate.js';
import { draftFactFile } from '../draft/draftFactFile.js';
import { loadGraph } from '../draft/loadGraph.js';
import { renderDraft } from '../draft/renderDraft.js';
import { defaultSeedPaths } from '../seed/defaultSeedPaths.js';
import { idSchema } from '../seed/factFileSchema.js';
import { idOf } from '../draft/text/idOf.js';

const usage = `Usage: npm run draft -- <source-text-file> [options]

  --published DATE  the publication date as far as known: YYYY, YYYY-MM or YYYY-MM-DD
                    (default: a dateline such as "[13.12.2021]" at the top of the text, else unknown)
  --publisher NAME  the publisher, e.g. kommune21
  --title TEXT      the headline (default: the first line of the text)
  --out FILE        where to write the draft (default: facts/<name>.yaml beside a sources/
                    folder, else <name>.yaml next to the text)
  --graph DIR       fact files to match against, as npm run seed reads them (default: seeds/);
                    repeat for several
  --force           overwrite the output file`;

function fail(message: string): number {
  console.error(`${message}\n\n${usage}`);
  return 2;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** facts/<id>.yaml when the text sits in a sources/ folder beside a facts/ folder, as in seeds/; else next to the text. */
async function defaultOutput(source: string, id: string): Promise<string> {
  const folder = path.dirname(source);
  const facts = path.join(folder, '..', 'facts');
  if (path.basename(folder) === 'sources' && (await stat(facts).catch(() => undefined))?.isDirectory()) return path.join(facts, `${id}.yaml`);
  return path.join(folder, `${id}.yaml`);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        publisher: { type: 'string' },
        title: { type: 'string' },
        out: { type: 'string' },
        graph: { type: 'string', multiple: true },
        force: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) return fail(positionals.length === 0 ? 'Give the source text file.' : `Give one source text file, not ${positionals.length}.`);
  const source = positionals[0]!;
  const published = values.published === undefined ? null : (parsePartialDate(values.published) ?? null);
  if (values.published !== undefined && (!published || values.published.includes('/'))) {
    return fail(`--published must be YYYY, YYYY-MM or YYYY-MM-DD (a day that exists), not ${JSON.stringify(values.published)}.`);
  }
  const text = await readFile(source, 'utf8').catch(() => undefined);
  if (text === undefined) return fail(`The source text ${JSON.stringify(source)} cannot be read.`);

  const name = path.basename(source).replace(/\.[^.]+$/, '');
  const id = idSchema.safeParse(name).success ? name : idOf(name);
  const out = values.out ?? (await defaultOutput(source, id));
  if ((await exists(out)) && !values.force) {
    console.error(`${out} exists already; it may hold an analyst's work. Give --out for another file, or --force to overwrite it.`);
    return 1;
  }
  const defaults = defaultSeedPaths();
  const started = performance.now();
  const { graph, skippedDrafts } = await loadGraph(values.graph ?? [defaults.seeds], { defaultVocabulary: defaults.vocabulary, exclude: out });
  const loaded = performance.now();
  const draft = draftFactFile(text, graph, {
    sourceId: id,
    textFile: path.relative(path.dirname(out), source).split(path.sep).join('/'),
    title: values.title ?? null,
    publisher: values.publisher ?? null,
    published,
  });
  const yaml = renderDraft(draft, { from: source, writtenOn: new Date().toISOString().slice(0, 10) });
  const drafted = performance.now();
  await writeFile(out, yaml, { flag: values.force ? 'w' : 'wx' });

  const unsure = draft.tenures.filter((t) => t.unsure).length;
  const count = (n: number, word: string) => `${n} ${n === 1 ? word : word === 'person' ? 'people' : `${word}s`}`;
  for (const skipped of skippedDrafts) console.error(`Left out ${skipped}: it is still a draft.`);
  console.log(
    [
      `Wrote ${out}:`,
      `  ${count(draft.people.length, 'person')} (${draft.people.filter((p) => p.existing).length} already in the graph), ${count(draft.organizations.length, 'organisation')} (${draft.organizations.filter((o) => o.existing).length} in the graph)`,
      `  ${count(draft.tenures.length - unsure, 'tenure')} proposed, ${unsure} more commented out as unsure; ${count(draft.ownerships.length, 'stake')}`,
      `  ${count(draft.ambiguous.length, 'ambiguous name')}, ${count(draft.unplacedDates.length, 'unplaced finding')}, ${count(draft.newRoles.length, 'new role word')} (listed at the end of the file)`,
      `  publication date: ${draft.source.published?.value ?? 'unknown'}${draft.source.publishedNote ? ` (${draft.source.publishedNote})` : ''}`,
      `  graph read in ${(loaded - started).toFixed(0)} ms, text drafted in ${(drafted - loaded).toFixed(0)} ms`,
      'Check every entry against the text, then delete the draft: line; until then the seeder refuses the file.',
    ].join('\n'),
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof RolegraphError ? error.message : error);
    process.exit(1);
  },
);
