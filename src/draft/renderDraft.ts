import { stringify } from 'yaml';
import type { Claim } from '../domain/entities.js';
import { idOf } from './text/idOf.js';
import type { Draft, DraftDate, Span, Support, TenureProposal } from './model.js';
import { shortestUniqueQuote } from './quotes/shortestUniqueQuote.js';

/** The line the seeder refuses a file for until the analyst deletes it. */
export const draftMark = 'Unchecked proposals of npm run draft. Check every entry against the source, then delete this line.';

interface RenderOptions {
  /** The file the draft was made from, as the analyst typed it. */
  from: string;
  /** The day the draft is written, for an unknown publication date's latest bound. */
  writtenOn: string;
}

/**
 * Writes a draft as a fact file in the documented format (docs/fact-files.md):
 * a `draft:` mark first, the source, the named quotes (each the shortest unique
 * verbatim span of its facts' supporting places), then the entries. Proposals the
 * assistant is unsure of follow their section commented out, each with its reason,
 * so nothing unsure loads by accident; names that fit several entities, dates it
 * could not place and role words outside the vocabulary close the file as comments.
 */
export function renderDraft(draft: Draft, options: RenderOptions): string {
  const quotes = new QuoteNames(draft.text);
  const active = draft.tenures.filter((t) => !t.unsure);
  const activeIds = new Set(active.map((t) => t.id));
  const tenureEntry = (t: TenureProposal, keepPredecessor: boolean) =>
    compact({
      id: t.id,
      person: t.personId,
      organization: t.organizationId,
      role: t.roleKey,
      capacity: t.capacity?.value,
      start: t.start ? dateOf(t.start) : undefined,
      end: t.end ? dateOf(t.end) : undefined,
      predecessor: keepPredecessor ? t.predecessor?.tenureId : undefined,
      inference: t.inference ?? undefined,
      cite: quotes.cite(
        t.support.filter((s) => keepPredecessor || !s.claims.every((c) => c === 'predecessor')),
        keepPredecessor ? [] : ['predecessor'],
      ),
    });
  // A predecessor the draft only proposes unsure would be an unknown id once loaded; the link waits with it.
  const keeps = (t: TenureProposal) => !t.predecessor || activeIds.has(t.predecessor.tenureId) || !draft.tenures.some((o) => o.id === t.predecessor!.tenureId);
  const people = draft.people.map((p) =>
    compact({
      id: p.id,
      name: p.name,
      aliases: p.aliases.length > 0 ? p.aliases : undefined,
      honorific: p.honorific ?? undefined,
      gender: p.gender ? { value: p.gender.value, inference: p.gender.inference } : undefined,
      birth: p.age ? { age: p.age.value, inference: p.age.inference } : undefined,
      cite: quotes.cite(p.support),
    }),
  );
  const organizations = draft.organizations.map((o) =>
    compact({
      id: o.id,
      name: o.name,
      aliases: o.aliases.length > 0 ? o.aliases : undefined,
      kind: o.existing ? undefined : (o.kind ?? undefined),
      partOf: o.partOf?.value,
      cite: quotes.cite(o.support),
    }),
  );
  const tenures = active.map((t) => tenureEntry(t, keeps(t)));
  const unsureTenures = draft.tenures.filter((t) => t.unsure).map((t) => ({ reason: t.unsure!, entry: tenureEntry(t, true) }));
  const ownerships = draft.ownerships.map((o) =>
    compact({
      id: o.id,
      owner: o.ownerId,
      owned: o.ownedId,
      percentage: o.percentage,
      start: o.start ? dateOf(o.start) : undefined,
      cite: quotes.cite(o.support),
    }),
  );
  const source = compact({
    id: draft.source.id,
    title: draft.source.title,
    publisher: draft.source.publisher,
    url: null,
    publishedOn: draft.source.published ? draft.source.published.value : { unknown: true, latest: options.writtenOn },
    language: 'de',
    textFile: draft.source.textFile,
  });

  const parts = [
    `# Draft fact file written by npm run draft from ${options.from}.`,
    '# Every entry is a proposal: check it against the source text. Entries the assistant',
    '# is unsure of are commented out with the reason; uncomment those that are right.',
    '# The seeder refuses this file until the draft: line is deleted.',
    stringify({ draft: draftMark }, { lineWidth: 0 }).trimEnd(),
    '',
    withNote(stringify({ source }, { lineWidth: 0 }), 'publishedOn', draft.source.publishedNote),
    stringify({ quotes: quotes.all() }, { lineWidth: 0 }),
    section('people', people),
    section('organizations', organizations),
    section('tenures', tenures, unsureTenures),
    section('ownerships', ownerships),
    closingNotes(draft),
  ];
  return `${parts
    .filter((p) => p !== '')
    .join('\n')
    .trimEnd()}\n`;
}

/** Quote names in the order facts first cite them, each for one span of the text. */
class QuoteNames {
  private readonly names = new Map<string, { name: string; quote: string }>();

  constructor(private readonly text: string) {}

  cite(support: Support[], dropClaims: Claim[] = []): Record<string, Claim[]> {
    const map: Record<string, Claim[]> = {};
    for (const s of support) {
      const name = this.nameOf(s.spans);
      if (!name) continue;
      const claims = s.claims.filter((c) => !dropClaims.includes(c));
      if (claims.length > 0) map[name] = [...new Set([...(map[name] ?? []), ...claims])];
    }
    return map;
  }

  all(): Record<string, string> {
    return Object.fromEntries([...this.names.values()].map(({ name, quote }) => [name, quote]));
  }

  private nameOf(spans: Span[]): string | undefined {
    const span = shortestUniqueQuote(this.text, spans);
    if (!span) return undefined;
    const key = `${span.start}-${span.end}`;
    const known = this.names.get(key);
    if (known) return known.name;
    const quote = this.text.slice(span.start, span.end);
    const base = idOf(quote).split('-').slice(0, 5).join('-') || 'quote';
    let name = base;
    for (let n = 2; [...this.names.values()].some((v) => v.name === name); n += 1) name = `${base}-${n}`;
    this.names.set(key, { name, quote });
    return name;
  }
}

function dateOf(date: DraftDate): string | { value: string; inference: string } {
  return date.date.inference ? { value: date.date.value, inference: date.date.inference } : date.date.value;
}

function compact<T extends Record<string, unknown>>(entry: T): Partial<T> {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function section(name: string, entries: object[], unsure: { reason: string; entry: object }[] = []): string {
  const head = entries.length > 0 ? stringify({ [name]: entries }, { lineWidth: 0 }) : `${name}: []\n`;
  const commented = unsure.map(({ reason, entry }) => {
    const lines = stringify([entry], { lineWidth: 0 }).trimEnd().split('\n');
    return [`  # Unsure: ${reason}`, ...lines.map((line) => `  # ${line}`)].join('\n');
  });
  return [head.trimEnd(), ...commented].join('\n') + '\n';
}

function withNote(yaml: string, key: string, note: string | null): string {
  if (!note) return yaml;
  return yaml.replace(new RegExp(`^(\\s*${key}:.*)$`, 'm'), `$1 # ${note}`);
}

function closingNotes(draft: Draft): string {
  const place = (span: Span) => {
    const before = draft.text.slice(0, span.start).split('\n');
    return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
  };
  const lines: string[] = [];
  if (draft.ambiguous.length > 0) {
    lines.push('', '# Names that fit several entries of the graph; nothing was attributed to them:');
    for (const a of draft.ambiguous) lines.push(`#   "${a.text}" (at ${place(a.span)}) could be: ${a.candidates.join(', ')}`);
  }
  if (draft.unplacedDates.length > 0) {
    lines.push('', '# Found but not proposed (check whether the text says more):');
    for (const u of draft.unplacedDates) lines.push(`#   "${u.text.replace(/\s+/g, ' ')}" (at ${place(u.span)}): ${u.reason}`);
  }
  if (draft.newRoles.length > 0) {
    lines.push(
      '',
      '# Role words outside the vocabulary, proposed as new entries of seeds/roles.yaml',
      '# (choose the English label and the neutral word for the post; check the forms):',
    );
    for (const r of draft.newRoles) {
      lines.push(
        `#   - key: ${idOf(r.masculine)}   # from "${r.word}" (at ${place(r.span)})`,
        `#     de: { masculine: ${r.masculine}, feminine: ${r.feminine} }`,
      );
    }
  }
  return lines.join('\n');
}
