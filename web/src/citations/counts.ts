import { countOf } from '../i18n/messages.js';
import type { Lang } from '../routing/viewState.js';

/** How many distinct sources a list of quotes comes from. */
export function sourceCount(citations: { source: { id: string } }[]): number {
  return new Set(citations.map((citation) => citation.source.id)).size;
}

/**
 * The honest count of a fact's evidence: sources and quotes apart, "1 Quelle · 5 Zitate",
 * because five quotes of one article are one source, not five.
 */
export function evidenceCount(lang: Lang, citations: { source: { id: string } }[]): string {
  return `${countOf(lang, 'source', sourceCount(citations))} · ${countOf(lang, 'quote', citations.length)}`;
}
