import type { Citation, Claim } from '../domain/entities.js';
import { problemAt, type Declared } from './declarations.js';
import type { CiteMap } from './factFileSchema.js';
import type { MergeContext } from './mergeContext.js';

/** The kinds of fact a citation can back, and the claims that make sense for each. */
export const claimsByKind = {
  person: ['existence', 'attribute'],
  organization: ['existence', 'attribute'],
  post: ['existence'],
  tenure: ['existence', 'start', 'end', 'current', 'predecessor', 'attribute'],
  ownership: ['existence', 'start', 'end', 'current', 'percentage'],
  plan: ['existence'],
  activity: ['existence', 'current'],
} as const satisfies Record<string, readonly Claim[]>;

export type FactKind = keyof typeof claimsByKind;

/** The stable id of a citation: the fact, the source and the quote's place, so seeding twice merges. */
export function citationId(factId: string, sourceId: string, startOffset: number, endOffset: number): string {
  return `${factId}@${sourceId}:${startOffset}-${endOffset}`;
}

/**
 * Turns a declaration's `cite` map into citations. A quote name the file does not
 * define, and a claim that makes no sense for the kind of fact, are problems; a
 * quote that is defined but could not be placed was reported already and is skipped.
 */
export function buildCitations(declared: Declared<{ cite: CiteMap }>, kind: FactKind, factId: string, context: MergeContext): Citation[] {
  const { problems } = context;
  const { data, quotes } = declared.file;
  const allowed: readonly Claim[] = claimsByKind[kind];
  const citations: Citation[] = [];
  for (const [name, claims] of Object.entries(declared.value.cite)) {
    if (!(name in data.quotes)) {
      const known = Object.keys(data.quotes).join(', ') || 'none';
      problems.push(problemAt(declared, ['cite', name], `Unknown quote "${name}"; this file defines: ${known}.`, 'key'));
      continue;
    }
    const misplaced = claims.filter((claim) => !allowed.includes(claim));
    if (misplaced.length > 0) {
      problems.push(problemAt(declared, ['cite', name], `A ${kind} cannot be supported as ${misplaced.join(', ')}; use ${allowed.join(', ')}.`));
    }
    const placed = quotes.get(name);
    if (!placed) continue;
    citations.push({
      id: citationId(factId, data.source.id, placed.startOffset, placed.endOffset),
      factId,
      sourceId: data.source.id,
      quote: placed.quote,
      startOffset: placed.startOffset,
      endOffset: placed.endOffset,
      supports: [...new Set(claims)],
      knownFrom: declared.file.published.latest,
    });
  }
  return citations;
}

/** Collects citations by id; the same quote backing the same fact twice merges into one with both claims. */
export class CitationIndex {
  private readonly byFact = new Map<string, Map<string, Citation>>();

  add(citations: readonly Citation[]): void {
    for (const citation of citations) {
      const ofFact = this.byFact.get(citation.factId) ?? new Map<string, Citation>();
      this.byFact.set(citation.factId, ofFact);
      const existing = ofFact.get(citation.id);
      if (!existing) ofFact.set(citation.id, { ...citation, supports: [...citation.supports] });
      else existing.supports = [...new Set([...existing.supports, ...citation.supports])];
    }
  }

  /** The citations of one fact. */
  of(factId: string): Citation[] {
    return [...(this.byFact.get(factId)?.values() ?? [])];
  }

  /** Every citation, sorted by id so that the FactSet is the same on every run. */
  all(): Citation[] {
    const all = [...this.byFact.values()].flatMap((ofFact) => [...ofFact.values()]);
    return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
