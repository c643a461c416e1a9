import type { DraftContext, OrganizationMention, PersonMention, RoleMention } from '../mentions/DraftContext.js';
import type { Span } from '../model.js';
import type { TemporalExpression } from '../temporal/findTemporalExpressions.js';

export type Tag =
  | { kind: 'P'; mention: PersonMention }
  | { kind: 'O'; mention: OrganizationMention }
  | { kind: 'R'; mention: RoleMention }
  | { kind: 'T'; mention: TemporalExpression & Span };

/**
 * A sentence with its mentions replaced by tags, `⟦P0⟧` for a person, `⟦O1⟧` an
 * organisation, `⟦R2⟧` a role word, `⟦T3⟧` a temporal expression (the number
 * indexes `tags`), so that the relation rules read like the sentence patterns they
 * stand for: `⟦R⟧ ⟦P⟧` is "Oberbürgermeister Klaus Weichel".
 */
export interface TaggedSentence {
  index: number;
  text: string;
  tags: Tag[];
  /** The offset in the source text of each character of `text` that is not part of a tag. */
  sourceOffset(taggedOffset: number): number;
}

export function tagSentence(context: DraftContext, index: number, temporals: (TemporalExpression & Span)[]): TaggedSentence {
  const sentence = context.sentences[index]!;
  const candidates: Tag[] = [
    ...context.organizationMentions[index]!.map((mention) => ({ kind: 'O' as const, mention })),
    ...context.personMentions[index]!.map((mention) => ({ kind: 'P' as const, mention })),
    ...context.roleMentions[index]!.map((mention) => ({ kind: 'R' as const, mention })),
    ...temporals.map((mention) => ({ kind: 'T' as const, mention })),
  ];
  const tags: Tag[] = [];
  for (const tag of candidates) {
    if (!tags.some((t) => t.mention.start < tag.mention.end && tag.mention.start < t.mention.end)) tags.push(tag);
  }
  tags.sort((a, b) => a.mention.start - b.mention.start);
  let text = '';
  const offsets: number[] = [];
  let at = sentence.start;
  tags.forEach((tag, i) => {
    for (let o = at; o < tag.mention.start; o += 1) offsets.push(o);
    text += context.text.slice(at, tag.mention.start);
    const label = `⟦${tag.kind}${i}⟧`;
    for (let k = 0; k < label.length; k += 1) offsets.push(tag.mention.start);
    text += label;
    at = tag.mention.end;
  });
  for (let o = at; o < sentence.end; o += 1) offsets.push(o);
  text += context.text.slice(at, sentence.end);
  return { index, text, tags, sourceOffset: (taggedOffset) => offsets[Math.min(taggedOffset, offsets.length - 1)] ?? sentence.end };
}

/** The tag a matched `⟦X12⟧` group number refers to. */
export function tagAt<K extends Tag['kind']>(tagged: TaggedSentence, group: string | undefined, kind: K): Extract<Tag, { kind: K }> | undefined {
  if (group === undefined) return undefined;
  const tag = tagged.tags[Number(group)];
  return tag?.kind === kind ? (tag as Extract<Tag, { kind: K }>) : undefined;
}

/** The source span a match of the tagged text covers. */
export function spanOfMatch(tagged: TaggedSentence, start: number, end: number, context: DraftContext): Span {
  const first = tagged.sourceOffset(start);
  const lastTag = /⟦[PORT](\d+)⟧$/.exec(tagged.text.slice(start, end));
  const last = lastTag ? tagged.tags[Number(lastTag[1])]!.mention.end : tagged.sourceOffset(end - 1) + 1;
  const firstTag = /^⟦[PORT](\d+)⟧/.exec(tagged.text.slice(start, end));
  return { start: firstTag ? tagged.tags[Number(firstTag[1])]!.mention.start : first, end: Math.min(last, context.sentences[tagged.index]!.end) };
}
