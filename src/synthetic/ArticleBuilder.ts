import { stringify } from 'yaml';
import type { IsoDate } from '../domain/calendar.js';
import type { Claim } from '../domain/entities.js';

/** A fact file and its source text, ready to write next to each other. */
export interface Article {
  sourceId: string;
  /** The fact file's YAML. */
  yaml: string;
  text: string;
}

type Entry = Record<string, unknown> & { id: string };
type FactList = 'people' | 'organizations' | 'tenures' | 'ownerships';

/** Marks every generated source so that nobody mistakes it for a real article. */
export const syntheticPublisher = 'rolegraph-Generator (synthetische Testdaten)';
const syntheticNotice = 'SYNTHETISCHE TESTDATEN: erzeugt vom rolegraph-Generator; alle Personen, Orte und Ereignisse sind erfunden.';

/** Prefixes that make a sentence unique when it happens to occur inside another one. */
const disambiguators = ['Außerdem: ', 'Ferner: ', 'Zudem: ', 'Weiter: ', 'Dazu: ', 'Ebenso: '];

/**
 * Collects the sentences of one synthetic article and the facts that cite them, and
 * renders the fact file in the seeder's format: one source, named quotes, and per fact
 * the quotes with what each supports. Every quote is a whole sentence of the text and
 * is checked to occur there exactly once, as the seeder's validator demands.
 */
export class ArticleBuilder {
  private readonly sentences: string[] = [];
  private readonly facts: Record<FactList, Map<string, Entry & { cite: Record<string, Claim[]> }>> = {
    people: new Map(),
    organizations: new Map(),
    tenures: new Map(),
    ownerships: new Map(),
  };

  constructor(
    readonly sourceId: string,
    private readonly title: string,
    readonly publishedOn: IsoDate,
  ) {}

  get isEmpty(): boolean {
    return this.sentences.length === 0;
  }

  /** Adds a sentence; returns its quote name. */
  say(sentence: string): string {
    this.sentences.push(sentence);
    return `q${this.sentences.length}`;
  }

  /**
   * Declares (or extends) a fact of this article: the fields this article states and
   * the claims `quote` supports. Fields already declared here must not change.
   */
  cite(list: FactList, entry: Entry, quote: string, claims: readonly Claim[]): void {
    const known = this.facts[list].get(entry.id);
    if (!known) {
      this.facts[list].set(entry.id, { ...entry, cite: { [quote]: [...claims] } });
      return;
    }
    Object.assign(known, entry, { cite: known.cite });
    known.cite[quote] = [...new Set([...(known.cite[quote] ?? []), ...claims])];
  }

  /** The fact file and its text; throws if a sentence cannot be made unique. */
  build(): Article {
    const sentences = this.uniqueSentences();
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
    const text = `${syntheticNotice}\n\n${this.title}\n\n${paragraphs.join('\n\n')}\n`;
    const document = {
      source: {
        id: this.sourceId,
        title: this.title,
        publisher: syntheticPublisher,
        url: null,
        publishedOn: this.publishedOn,
        author: null,
        language: 'de',
        photoCredit: null,
        textFile: `${this.sourceId}.txt`,
      },
      quotes: Object.fromEntries(sentences.map((s, i) => [`q${i + 1}`, s])),
      ...Object.fromEntries(
        Object.entries(this.facts)
          .filter(([, map]) => map.size > 0)
          .map(([list, map]) => [list, [...map.values()]]),
      ),
    };
    return { sourceId: this.sourceId, yaml: stringify(document, { lineWidth: 0 }), text };
  }

  /**
   * Sentences that occur once in the text: a sentence found inside another (or twice)
   * gets a prefix until it stands alone. Names are drawn from short lists, so "Anna
   * Schmidt" can hide in "Johanna Schmidt"; a generated quote must never be ambiguous.
   */
  private uniqueSentences(): string[] {
    const sentences = [...this.sentences];
    const tries = sentences.map(() => 0);
    for (let round = 0; round <= disambiguators.length; round++) {
      const joined = sentences.join('\n');
      const ambiguous = sentences.map((s, i) => [s, i] as const).filter(([s]) => joined.indexOf(s) !== joined.lastIndexOf(s));
      if (ambiguous.length === 0) return sentences;
      for (const [sentence, i] of ambiguous) {
        const prefix = disambiguators[tries[i]!];
        if (prefix === undefined) break;
        sentences[i] = `${prefix}${sentence}`;
        tries[i]! += 1;
      }
    }
    throw new RangeError(`Article ${this.sourceId}: some sentences stay ambiguous after every prefix.`);
  }
}
