import path from 'node:path';
import { parse } from 'yaml';
import type { PublicationDate } from '../../domain/entities.js';
import { parsePartialDate, type PartialDate } from '../../domain/partialDate.js';
import type { FactFile } from '../../seed/factFileSchema.js';
import { findQuote } from '../../seed/findQuote.js';
import { loadFactSet } from '../../seed/loadFactSet.js';
import { findSeedFiles, loadSeedFiles } from '../../seed/loadSeedFiles.js';
import { draftFactFile } from '../draftFactFile.js';
import { indexFactSet } from '../mentions/DraftContext.js';
import type { Draft } from '../model.js';
import { renderDraft } from '../renderDraft.js';
import { scoreDraft, type Score } from './scoreDraft.js';

/** The seeder's reading of a publication date as the drafting assistant takes it: a partial date, a span of days, or unknown. */
function draftingDate(published: PublicationDate): PartialDate | null {
  if (published.value !== null) return parsePartialDate(published.value) ?? null;
  if (published.earliest === null) return null;
  return { value: `${published.earliest}/${published.latest}`, precision: 'DAY', earliest: published.earliest, latest: published.latest };
}

/** A set of evaluation cases: gold fact files in one folder, with their name in the report. */
export interface CaseSet {
  name: string;
  folder: string;
}

export interface CaseResult {
  set: string;
  factFile: string;
  gold: FactFile;
  draft: Draft;
  yaml: string;
  score: Score;
  /** Drafting and rendering this one text, in milliseconds (the graph was loaded before). */
  milliseconds: number;
  /** Quotes of the rendered draft that are not verbatim and unique in the source text. */
  quoteProblems: string[];
  quoteCount: number;
}

/**
 * Drafts every gold case's source text and scores the draft against the gold file.
 * Each text is drafted against the graph the seeder would load from `graphFolders`
 * without that text's own gold file (leave one out), so that the assistant has to
 * find by itself what the text says, and finds in the graph what other sources say.
 */
export async function runEvaluation(graphFolders: readonly string[], sets: readonly CaseSet[]): Promise<CaseResult[]> {
  const { files } = await findSeedFiles(graphFolders);
  const results: CaseResult[] = [];
  for (const set of sets) {
    const { files: caseFiles } = await findSeedFiles([set.folder]);
    const loaded = await loadSeedFiles(caseFiles);
    for (const file of loaded.factFiles) {
      const others = files.filter((f) => path.resolve(f) !== path.resolve(file.yaml.file));
      const graph = indexFactSet((await loadFactSet(others)).facts);
      const gold = file.data;
      const started = performance.now();
      const draft = draftFactFile(file.text, graph, {
        sourceId: gold.source.id,
        textFile: gold.source.textFile,
        title: gold.source.title,
        publisher: gold.source.publisher,
        published: draftingDate(file.published),
      });
      const yaml = renderDraft(draft, { from: gold.source.textFile, writtenOn: file.published.latest });
      const milliseconds = performance.now() - started;
      const quotes = Object.entries((parse(yaml) as { quotes?: Record<string, string> }).quotes ?? {});
      const quoteProblems = quotes.filter(([, quote]) => findQuote(file.text, quote).kind !== 'found').map(([name]) => name);
      results.push({
        set: set.name,
        factFile: file.yaml.file,
        gold,
        draft,
        yaml,
        score: scoreDraft(draft, gold),
        milliseconds,
        quoteProblems,
        quoteCount: quotes.length,
      });
    }
  }
  return results;
}
