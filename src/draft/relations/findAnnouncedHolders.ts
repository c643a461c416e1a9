import type { DraftContext } from '../mentions/DraftContext.js';
import { endWords } from './patterns.js';
import type { Holding } from './findHoldings.js';
import { tagAt, type TaggedSentence } from './tagSentence.js';

/** An announcement that names its post but not who takes it: "Die Volksbank hat eine neue Vorstandsvorsitzende." */
const announcement =
  /^(?:\[[\d.]+\] )?(?:Die|Der|Das) ⟦O(?<o>\d+)⟧(?: (?:der|des) ⟦O\d+⟧)? (?:hat|bekommt|erhält|bekommen|erhalten) (?:(?:[a-zäöüß]+|⟦T\d+⟧) )*?(?:eine|einen|ein) (?:neue[nr]? )?⟦R(?<r>\d+)⟧\.?$/u;

/** Verbs of the next sentence that appoint or bring in the person it names. */
const appointing =
  /(?<![\p{L}])(?:bestellte|bestellten|bestellt|berief|beriefen|berufen|wählte|wählten|gewählt|ernannte|ernannten|ernannt|wechselt|kommt|übernimmt|folgt|tritt)(?![\p{L}])/u;

/**
 * German news often announce a post in one sentence and name its new holder in the
 * next: "Die Volksbank hat eine neue Vorstandsvorsitzende. Der Aufsichtsrat bestellte
 * Dr. Sibylle Hartkopf …", "Das Kulturamt bekommt im Herbst eine neue Leitung. …
 * wechselt Dr. Tobias Wenninger …". The holder is the first person the next sentence
 * names, when it appoints or brings someone in and says nothing of anyone leaving;
 * the tenure states that inference. Returns the holdings with the sentence of each
 * announcement, whose dates then belong to that holder.
 */
export function findAnnouncedHolders(
  context: DraftContext,
  tagged: readonly TaggedSentence[],
  holdings: readonly Holding[],
): { holding: Holding; announcedIn: number }[] {
  const found: { holding: Holding; announcedIn: number }[] = [];
  for (const sentence of tagged) {
    const match = announcement.exec(sentence.text);
    const next = tagged[sentence.index + 1];
    if (!match || !next || sentence.tags.some((t) => t.kind === 'P')) continue;
    const role = tagAt(sentence, match.groups!.r, 'R');
    const organization = tagAt(sentence, match.groups!.o, 'O');
    const person = next.tags.find((t) => t.kind === 'P');
    if (
      !role ||
      !organization ||
      person?.kind !== 'P' ||
      !appointing.test(next.text) ||
      endWords.test(next.text) ||
      /(?<![\p{L}])(?:bisherige[nr]?|scheidende[nr]?)(?![\p{L}])/u.test(next.text)
    )
      continue;
    if (holdings.some((h) => h.sentence === next.index && h.personId === person.mention.personId)) continue;
    const name = context.people.get(person.mention.personId)?.name ?? person.mention.personId;
    const announced = context.text.slice(context.sentences[sentence.index]!.start, context.sentences[sentence.index]!.end);
    found.push({
      announcedIn: sentence.index,
      holding: {
        sentence: next.index,
        personId: person.mention.personId,
        role: role.mention,
        organizationId: organization.mention.organizationId,
        organizationInference: `"${announced}" announces the post; the next sentence names ${name} as the one who takes it.`,
        span: { start: organization.mention.start, end: person.mention.end },
      },
    });
  }
  return found;
}
