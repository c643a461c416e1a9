import type { DraftContext } from '../mentions/DraftContext.js';
import { antecedent } from '../mentions/resolveReferences.js';
import type { Span } from '../model.js';
import { numberOf, numberWords } from '../temporal/germanCalendar.js';
import { honorificPattern } from '../text/germanWords.js';
import { anyTag, O, P, T } from './patterns.js';
import { sentenceOrganization } from './findHoldings.js';
import { spanOfMatch, tagAt, type TaggedSentence } from './tagSentence.js';

/** "B folgt auf A", "Nachfolge von A", "Seine Nachfolgerin wird B", "Seine Vorgängerin A". */
export interface Succession {
  sentence: number;
  successorId: string;
  predecessorId: string;
  span: Span;
}

/** "X leitet das Amt", "steht an der Spitze der Regiobahn": a person leads an organisation without naming the role. */
export interface Leading {
  sentence: number;
  personId: string;
  organizationId: string;
  verb: string;
  span: Span;
}

export interface Stake {
  sentence: number;
  ownerId: string;
  ownedId: string;
  percentage: number | null;
  span: Span;
}

export interface PartOf {
  unitId: string;
  parentId: string;
  span: Span;
}

const rest = `(?:[^⟦;]|${anyTag})*?`;

export function findSuccessions(context: DraftContext, tagged: TaggedSentence): Succession[] {
  const found: Succession[] = [];
  const add = (successorId: string | undefined, predecessorId: string | undefined, start: number, end: number) => {
    if (successorId && predecessorId && successorId !== predecessorId)
      found.push({ sentence: tagged.index, successorId, predecessorId, span: spanOfMatch(tagged, start, end, context) });
  };
  const person = (group: string | undefined) => tagAt(tagged, group, 'P')?.mention.personId;
  // The successor is the first person of the sentence; a role word opening it stands for the person it refers to.
  const subject = (before: number) => {
    const tag = tagged.tags.find((t) => (t.kind === 'P' || t.kind === 'R') && t.mention.start < tagged.sourceOffset(before));
    if (tag?.kind === 'P') return tag.mention.personId;
    if (tag?.kind === 'R') return antecedent(context, tag.mention.start, tag.mention.gender);
    return undefined;
  };
  for (const m of tagged.text.matchAll(new RegExp(`${P('b')}${rest} (?:folgt|folgte|beerbt|beerbte)(?: auf)? (?:${honorificPattern} )?${P('a')}`, 'gu')))
    add(person(m.groups!.b), person(m.groups!.a), m.index, m.index + m[0].length);
  for (const m of tagged.text.matchAll(new RegExp(`(?:Nachfolge|Nachfolger|Nachfolgerin) (?:von )?(?:${honorificPattern} )?${P('a')}`, 'gu'))) {
    // "Nachfolgerin von Karl Huber wird Anna Weber": no subject before, so the next person is the successor.
    const after = /⟦P(\d+)⟧/.exec(tagged.text.slice(m.index + m[0].length));
    const successor = subject(m.index) ?? (after ? person(after[1]) : undefined);
    const end = after && !subject(m.index) ? m.index + m[0].length + after.index + after[0].length : m.index + m[0].length;
    add(successor, person(m.groups!.a), firstTagStart(tagged, m.index), end);
  }
  // "Sie übernimmt das Amt von Bernhard Kofler", "…, der den Vorsitz von Anna Roth übernimmt".
  for (const m of tagged.text.matchAll(
    new RegExp(
      `${P('b')}(?:,? (?:der|die))?${rest} (?:(?:übernimmt|übernahm|übernehmen) )?(?:das Amt|den Posten|den Vorsitz|die Leitung|die Geschäftsführung|die Geschäfte|⟦R\\d+⟧) von (?:${honorificPattern} )?${P('a')}(?! und)`,
      'gu',
    ),
  ))
    if (/übern/.test(m[0])) add(person(m.groups!.b), person(m.groups!.a), m.index, m.index + m[0].length);
  for (const m of tagged.text.matchAll(new RegExp(`${P('b')}${rest} (?:löst|löste|ersetzt|ersetzte) (?:${honorificPattern} )?${P('a')}`, 'gu')))
    add(person(m.groups!.b), person(m.groups!.a), m.index, m.index + m[0].length);
  for (const m of tagged.text.matchAll(
    new RegExp(`(?<possessive>Sein|Seine|Ihr|Ihre) (?:Nachfolger|Nachfolgerin)(?: [^⟦;]*?)?(?::| wird| ist| heißt) (?:${honorificPattern} )?${P('b')}`, 'gu'),
  )) {
    const gender = m.groups!.possessive!.startsWith('S') ? 'male' : 'female';
    add(person(m.groups!.b), antecedent(context, tagged.sourceOffset(m.index), gender), m.index, m.index + m[0].length);
  }
  // "Seine Nachfolge hat am 1. September Nadine Kolb angetreten."; "Der Rat hat über seine Nachfolge entschieden: Anna Roth, …"
  for (const m of tagged.text.matchAll(
    new RegExp(
      `(?<possessive>Seine|Ihre|seine|ihre) Nachfolge (?:(?:hat|tritt|trat|übernimmt|übernahm|wird)(?: [^⟦;:]*?| ${T})*? |(?:[^⟦;:]|${T})*?: (?:${honorificPattern} )?)${P('b')}`,
      'gu',
    ),
  )) {
    const gender = /^[Ss]/.test(m.groups!.possessive!) ? 'male' : 'female';
    add(person(m.groups!.b), antecedent(context, tagged.sourceOffset(m.index), gender), m.index, m.index + m[0].length);
  }
  // "Sie treten die Nachfolge von … an", "Sie folgen auf …": a plural "Sie" stands for the people the sentence before names.
  if (/^Sie (?:[a-zäöüß]+en) /.test(tagged.text)) {
    for (const m of tagged.text.matchAll(new RegExp(`(?:Nachfolge (?:von )?|^Sie (?:folgen|folgten) (?:auf )?)(?:${honorificPattern} )?${P('a')}`, 'gu'))) {
      for (const named of (context.personMentions[tagged.index - 1] ?? []).filter((p) => p.via === 'name'))
        add(named.personId, person(m.groups!.a), 0, m.index + m[0].length);
    }
  }
  for (const m of tagged.text.matchAll(new RegExp(`(?<possessive>Sein|Seine|Ihr|Ihre) (?:Vorgänger|Vorgängerin),? (?:${honorificPattern} )?${P('a')}`, 'gu'))) {
    const gender = m.groups!.possessive!.startsWith('S') ? 'male' : 'female';
    add(antecedent(context, tagged.sourceOffset(m.index), gender), person(m.groups!.a), m.index, m.index + m[0].length);
  }
  return found;
}

function firstTagStart(tagged: TaggedSentence, before: number): number {
  const first = /⟦[PR]\d+⟧/.exec(tagged.text.slice(0, before));
  return first ? first.index : before;
}

// Longer forms first: "leitete" must not be read as "leitet" (present, so current) plus a letter.
const leadingVerbs = '(?:leitete|leiteten|leitet|leiten|geleitet|führte|führten|führt|führen|geführt|übernommen|übernahm)';

export function findLeadings(context: DraftContext, tagged: TaggedSentence): Leading[] {
  const found: Leading[] = [];
  const patterns = [
    new RegExp(`${P('p')} (?:(?:[a-zäöüß]+|${T}) )*?(?<verb>${leadingVerbs}) (?:(?:[a-zäöüß]+|${T}) )*?${O('o')}`, 'gu'),
    new RegExp(`${P('p')}(?:,? (?:der|die|hatte|hat|habe))? (?:(?:[a-zäöüß]+|${T}) )*?${O('o')} (?:(?:[a-zäöüß]+|${T}) )*?(?<verb>${leadingVerbs})`, 'gu'),
    new RegExp(`(?<verb>${leadingVerbs}) ${P('p')} (?:(?:[a-zäöüß]+|${T}) )*?${O('o')}`, 'gu'),
    // "Die Musikschule wird ab dem kommenden Monat von Tamara Jovanović geleitet."
    new RegExp(`${O('o')} (?:wird|wurde) (?:(?:[a-zäöüß]+|${T}) )*?von ${P('p')} (?<verb>geleitet|geführt)`, 'gu'),
    new RegExp(`${P('p')} (?:(?:[a-zäöüß]+|${T}) )*?(?<verb>an die Spitze|an der Spitze) (?:der|des) ${O('o')}`, 'gu'),
    new RegExp(`${P('p')} (?:(?:[a-zäöüß]+|${T}) )*?(?<verb>an der Spitze|an die Spitze) ${O('o')}`, 'gu'),
    new RegExp(`(?<verb>an der Spitze) (?:(?:des|der) )?${O('o')}(?: (?:des |der )?⟦O\\d+⟧)? (?:[a-zäöüß]+ )+${P('p')}`, 'gu'),
    // "… Nadine Kolb angetreten, die bislang die Erziehungsberatungsstelle des Kreises leitete."
    new RegExp(
      `${P('p')}(?: [a-zäöüß]+)*, (?:der|die) (?:(?:[a-zäöüß]+|${T}) )*?${O('o')}(?: (?:des |der )?⟦O\\d+⟧)? (?:(?:[a-zäöüß]+|${T}) )*?(?<verb>${leadingVerbs})(?![\\p{L}])`,
      'gu',
    ),
  ];
  for (const pattern of patterns) {
    for (const m of tagged.text.matchAll(pattern)) {
      const person = tagAt(tagged, m.groups!.p, 'P');
      const organization = tagAt(tagged, m.groups!.o, 'O');
      if (person && organization) {
        found.push({
          sentence: tagged.index,
          personId: person.mention.personId,
          organizationId: organization.mention.organizationId,
          verb: m.groups!.verb!,
          span: spanOfMatch(tagged, m.index, m.index + m[0].length, context),
        });
      }
    }
  }
  return found;
}

const percent = `(?<percent>\\d{1,3}(?:,\\d+)?|${[...numberWords.keys()].join('|')}|hundert) (?:Prozent|%)`;

/**
 * The stakes a sentence states. `earlier` are those of the sentences before: "Die
 * übrigen 40 Prozent …" is a stake in the company the last of them was about.
 */
export function findStakes(context: DraftContext, tagged: TaggedSentence, earlier: readonly Stake[] = []): Stake[] {
  const found: Stake[] = [];
  const owners = new Set<string>();
  const org = (group: string | undefined) => tagAt(tagged, group, 'O')?.mention.organizationId;
  const add = (ownerId: string | null | undefined, ownedId: string | null | undefined, percentage: number | null, m: RegExpMatchArray) => {
    if (ownerId && ownedId && ownerId !== ownedId) owners.add(ownerId);
    if (ownerId && ownedId && ownerId !== ownedId)
      found.push({ sentence: tagged.index, ownerId, ownedId, percentage, span: spanOfMatch(tagged, m.index!, m.index! + m[0].length, context) });
  };
  const figure = (m: RegExpMatchArray) =>
    m.groups!.percent ? percentOf(m.groups!.percent) : /hundertprozentig|vollständig|ganz|alleinig|einzig/.test(m[0]) ? 100 : null;
  for (const m of tagged.text.matchAll(
    new RegExp(`${O('owned')} (?:gehört|gehören)(?: zu ${percent}| mehrheitlich| vollständig| ganz)? (?:der|dem|den) ${O('owner')}`, 'gu'),
  ))
    add(org(m.groups!.owner), org(m.groups!.owned), figure(m), m);
  for (const m of tagged.text.matchAll(
    new RegExp(
      `${O('owner')},? (?:der|die|das|hält)? ?(?:[a-zäöüß]+ )*?${percent} (?:der (?:Anteile|Aktien|Gesellschaftsanteile)|des (?:Stammkapitals|Kapitals)) (?:an (?:der |dem |den )?${O('owned')} )?hält`,
      'gu',
    ),
  ))
    add(org(m.groups!.owner), org(m.groups!.owned) ?? sentenceOrganization(tagged), figure(m), m);
  for (const m of tagged.text.matchAll(
    new RegExp(
      `(?:hält|halten) (?:die |der |das )?${O('owner')} ${percent} (?:der (?:Anteile|Aktien|Gesellschaftsanteile) )?an (?:der |dem |den )?${O('owned')}`,
      'gu',
    ),
  ))
    add(org(m.groups!.owner), org(m.groups!.owned), figure(m), m);
  // "…; zehn Prozent hält die Energieversorgung Südwest AG": a figure first, then the owner; the sentence's first organisation is owned.
  for (const m of tagged.text.matchAll(
    new RegExp(`(?:^|[;,:] )${percent} (?:der (?:Anteile|Aktien) )?(?:hält|halten|gehören|gehört) (?:der |die |das |dem )?${O('owner')}`, 'gu'),
  ))
    add(org(m.groups!.owner), sentenceOrganization(tagged), figure(m), m);
  // "die Moorbacher Gastro GmbH, an der der Verein mit 50 Prozent beteiligt ist"
  for (const m of tagged.text.matchAll(new RegExp(`${O('owned')}, an (?:der|dem|denen) ${O('owner')} (?:mit )?${percent} beteiligt`, 'gu')))
    add(org(m.groups!.owner), org(m.groups!.owned), figure(m), m);
  // "Die Stadt hält 94 Prozent der Anteile, den Rest die Sparkasse Ostheim": the company is the one the sentence or the one before is about.
  const topic = (owner: string | undefined, before: number) => {
    const inSentence = tagged.tags
      .filter((t) => t.kind === 'O' && tagged.text.indexOf(`⟦O${tagged.tags.indexOf(t)}⟧`) < before)
      .map((t) => (t.kind === 'O' ? t.mention.organizationId : ''));
    const previous = (context.organizationMentions[tagged.index - 1] ?? []).map((m) => m.organizationId);
    const candidates = [...new Set([...inSentence, ...previous])].filter((id) => id !== owner && !owners.has(id));
    return candidates.length === 1 ? candidates[0] : undefined;
  };
  for (const m of tagged.text.matchAll(
    new RegExp(`${O('owner')} (?:hält|halten|besitzt|besitzen) ${percent}(?: der (?:Anteile|Aktien|Gesellschaftsanteile))?(?=[,.;]| und)`, 'gu'),
  ))
    add(org(m.groups!.owner), topic(org(m.groups!.owner), m.index), figure(m), m);
  for (const m of tagged.text.matchAll(new RegExp(`den Rest (?:hält |halten |besitzt )?(?:die |der |das )?${O('owner')}`, 'gu')))
    add(org(m.groups!.owner), topic(org(m.groups!.owner), m.index), null, m);
  for (const m of tagged.text.matchAll(
    new RegExp(`${O('owned')}, eine (?:(?<word>hundertprozentige|100-prozentige) )?(?:[a-zäöüß]+ )?Tochter(?:gesellschaft)? (?:der|des) ${O('owner')}`, 'gu'),
  ))
    add(org(m.groups!.owner), org(m.groups!.owned), m.groups!.word ? 100 : null, m);
  // "Die übrigen 25,1 Prozent gehören der …", "Die Stadtwerke behalten die übrigen 40 Prozent": the rest of the company a stake was just stated in.
  const remainderOf = (owner: string | undefined) => {
    const last = [...earlier.filter((e) => e.sentence >= tagged.index - 1), ...found].reverse().find((e) => e.ownedId !== owner);
    if (last) return last.ownedId;
    const first = sentenceOrganization(tagged);
    return first !== owner ? first : null;
  };
  for (const m of tagged.text.matchAll(
    new RegExp(`(?:übrigen|restlichen|weiteren) ${percent} (?:liegen bei|gehören|hält|hat) (?:der |dem |den )?${O('owner')}`, 'gu'),
  ))
    add(org(m.groups!.owner), remainderOf(org(m.groups!.owner)), figure(m), m);
  for (const m of tagged.text.matchAll(
    new RegExp(`${O('owner')} (?:behält|behalten|hält|halten|besitzt|besitzen) (?:die |den )?(?:übrigen|restlichen|verbleibenden) ${percent}`, 'gu'),
  ))
    add(org(m.groups!.owner), remainderOf(org(m.groups!.owner)), figure(m), m);
  // "Gesellschafter sind der Landkreis (51 Prozent) und die Stadt (49 Prozent)": owners with their shares in brackets, of the company the sentence before is about.
  if (/^(?:Gesellschafter|Anteilseigner|Eigentümer|Träger) (?:sind|waren) /.test(tagged.text)) {
    const previousTopic = [...new Set((context.organizationMentions[tagged.index - 1] ?? []).map((o) => o.organizationId))];
    for (const m of tagged.text.matchAll(new RegExp(`${O('owner')} \\(${percent}\\)`, 'gu')))
      if (previousTopic.length === 1) add(org(m.groups!.owner), previousTopic[0], figure(m), m);
  }
  // "Die Holding übernimmt rückwirkend zum 1. Januar 60 Prozent der Bäder GmbH": the share in the genitive.
  for (const m of tagged.text.matchAll(
    new RegExp(
      `${O('owner')} (?:hat|haben|hält|halten|übernimmt|übernehmen|übernahm|erwirbt|erwerben|erwarb|kauft|kaufen|kaufte|besitzt|besitzen)(?: (?:[a-zäöüß]+|${T}))*? ${percent} (?:des|der) ${O('owned')}`,
      'gu',
    ),
  ))
    add(org(m.groups!.owner), org(m.groups!.owned), figure(m), m);
  for (const m of tagged.text.matchAll(
    new RegExp(
      `${O('owner')},? (?:ist )?(?:alleinige|einzige)r? (?:Gesellschafterin|Gesellschafter|Eigentümerin|Eigentümer|Trägerin|Träger) (?:der|des) ${O('owned')}`,
      'gu',
    ),
  ))
    add(org(m.groups!.owner), org(m.groups!.owned), 100, m);
  for (const m of tagged.text.matchAll(
    new RegExp(
      `${O('owner')} (?:hat|haben|hält|halten|übernimmt|übernehmen|erwirbt|erwerben|kauft|kaufen|besitzt|besitzen)(?: [a-zäöüß]+)*? ${percent} (?:der (?:Anteile|Aktien|Gesellschaftsanteile) )?an (?:der |dem |den )?${O('owned')}`,
      'gu',
    ),
  ))
    add(org(m.groups!.owner), org(m.groups!.owned), figure(m), m);
  for (const m of tagged.text.matchAll(
    new RegExp(
      `(?:(?<sole>Alleinige[rn]?|Einzige[rn]?) )?(?:Träger|Trägerin|Eigentümer|Eigentümerin|Gesellschafter|Gesellschafterin) (?:(?:der|des) )?${O('owned')} (?:ist|sind) (?:der |die |das )?${O('owner')}(?: mit ${percent})?(?: (?:sowie|und) (?:der |die |das )?${O('second')}(?: mit (?<secondPercent>\\d{1,3}(?:,\\d+)?) (?:Prozent|%))?)?`,
      'gu',
    ),
  )) {
    // "Gesellschafter der WFE sind der Landkreis mit 75 Prozent sowie die Kreissparkasse": each owner with the share the sentence gives it.
    add(org(m.groups!.owner), org(m.groups!.owned), m.groups!.sole ? 100 : m.groups!.percent ? percentOf(m.groups!.percent) : null, m);
    if (m.groups!.second) add(org(m.groups!.second), org(m.groups!.owned), m.groups!.secondPercent ? percentOf(m.groups!.secondPercent) : null, m);
  }
  // "Der Zweckverband übernimmt 24,9 Prozent der Geschäftsanteile von der Stadt": shares of the company the sentence opened with.
  const opening = sentenceOrganization(tagged);
  for (const m of tagged.text.matchAll(
    new RegExp(
      `${O('owner')} (?:übernimmt|übernehmen|übernahm|erwirbt|erwerben|erwarb|kauft|kaufen|kaufte|hält|halten) (?:[a-zäöüß]+ )*?${percent} der (?:Geschäftsanteile|Anteile|Aktien)(?! an)`,
      'gu',
    ),
  ))
    if (org(m.groups!.owner) !== opening) add(org(m.groups!.owner), opening, figure(m), m);
  // "… von der Stadt Ostheide, die künftig noch 51 Prozent hält": a relative clause gives the owner its share of that company.
  for (const m of tagged.text.matchAll(new RegExp(`${O('owner')}, (?:die|der|das) (?:[a-zäöüß]+ )*?${percent} (?:der Anteile )?(?:hält|halten|besitzt)`, 'gu')))
    if (org(m.groups!.owner) !== opening) add(org(m.groups!.owner), opening, figure(m), m);
  // "…; die andere Hälfte gehört der Stadtwerke GmbH": the other half of the company just named.
  for (const m of tagged.text.matchAll(
    new RegExp(`(?:andere|zweite|übrige) Hälfte (?:gehört|hält|halten|liegt bei)(?: [a-zäöüß]+)*? (?:der |dem |den |die )?${O('owner')}`, 'gu'),
  ))
    add(org(m.groups!.owner), remainderOf(org(m.groups!.owner)), 50, m);
  // "Die restlichen Anteile gehören weiterhin der Gemeinde Brakel": the rest, without a figure.
  for (const m of tagged.text.matchAll(
    new RegExp(
      `(?:übrigen|restlichen|verbleibenden) (?:Anteile|Aktien|Geschäftsanteile) (?:gehören|liegen bei|hält|halten)(?: [a-zäöüß]+)*? (?:der |dem |den )?${O('owner')}`,
      'gu',
    ),
  ))
    add(org(m.groups!.owner), remainderOf(org(m.groups!.owner)), null, m);
  for (const m of tagged.text.matchAll(
    new RegExp(
      `${O('owned')} (?:[a-zäöüß]+ )?(?:ist|sind) eine (?:(?<word>hundertprozentige|100-prozentige|mehrheitliche) )?Tochter(?:gesellschaft)? (?:der|des) ${O('owner')}`,
      'gu',
    ),
  ))
    add(org(m.groups!.owner), org(m.groups!.owned), m.groups!.word && m.groups!.word !== 'mehrheitliche' ? 100 : null, m);
  for (const m of tagged.text.matchAll(new RegExp(`${O('owner')} (?:ist|sind) (?:mit )?${percent} an (?:der |dem |den )?${O('owned')} beteiligt`, 'gu')))
    add(org(m.groups!.owner), org(m.groups!.owned), figure(m), m);
  for (const m of tagged.text.matchAll(
    new RegExp(`[Aa]n (?:der |dem |den )?${O('owned')} (?:ist|sind) (?:die |der |das )?${O('owner')} (?:mit )?${percent} beteiligt`, 'gu'),
  ))
    add(org(m.groups!.owner), org(m.groups!.owned), figure(m), m);
  return found.filter((s) => s.percentage === null || s.percentage <= 100);
}

function percentOf(written: string): number {
  if (written === 'hundert') return 100;
  const number = numberOf(written);
  return Number.isFinite(number) ? number : Number(written.replace(',', '.'));
}

export function findPartOf(context: DraftContext, tagged: TaggedSentence): PartOf[] {
  const found: PartOf[] = [];
  for (const m of tagged.text.matchAll(new RegExp(`${O('unit')} (?:(?:des|der|beim|bei der|im) (?:[a-zäöüß]+ )*)?${O('parent')}`, 'gu'))) {
    const unit = tagAt(tagged, m.groups!.unit, 'O');
    const parent = tagAt(tagged, m.groups!.parent, 'O');
    const kind = unit ? context.organizations.get(unit.mention.organizationId)?.kind : undefined;
    if (unit && parent && unit.mention.via === 'name' && (kind === 'administrative-unit' || kind === 'committee' || kind === 'council')) {
      found.push({
        unitId: unit.mention.organizationId,
        parentId: parent.mention.organizationId,
        span: { start: unit.mention.start, end: parent.mention.end },
      });
    }
  }
  return found;
}
