import type { DraftContext, RoleMention } from '../mentions/DraftContext.js';
import { antecedent } from '../mentions/resolveReferences.js';
import type { Span } from '../model.js';
import { honorificPattern } from '../text/germanWords.js';
import { attachingPreposition, det, lowercaseOrDates, O, P, R, T } from './patterns.js';
import { spanOfMatch, tagAt, type TaggedSentence } from './tagSentence.js';

/** A person holding a role, as one sentence says; the organisation may be left to context. */
export interface Holding {
  sentence: number;
  personId: string;
  role: RoleMention;
  organizationId: string | null;
  /** Why the organisation follows from context rather than from the words around the role. */
  organizationInference: string | null;
  span: Span;
  /** A capacity word elsewhere in the sentence ("Ehrenamtlich …"), when the sentence has this holding only. */
  capacityWord?: { text: string; span: Span };
}

type OrganizationSource = 'role' | 'sentence';

/** The holder patterns, most specific first; each names where the organisation comes from. */
const holderRules: { name: string; pattern: RegExp; organization: OrganizationSource; neutral?: boolean; both?: boolean }[] = [
  {
    name: 'role with organisation, then the name after a comma ("Die Geschäftsführerin der X, Petra Lindner")',
    pattern: new RegExp(`${R('r')} ${attachingPreposition} (?:[a-zäöüß]+ )*${O('o')}, ${P('p')}`, 'gu'),
    organization: 'role',
  },
  {
    name: 'role word before the name ("Oberbürgermeister Klaus Weichel", "Chief Digital Officer (CDO), Professor Dieter Rombach")',
    pattern: new RegExp(`${R('r')}(?: \\([^)]*\\))?,? (?:${honorificPattern} )?${P('p')}`, 'gu'),
    organization: 'role',
  },
  {
    name: 'role after the name and a comma ("Dr. Miriam Sander, bisher Finanzvorstand")',
    pattern: new RegExp(
      `${P('p')}(?: \\(\\d+\\))?, (?:(?:bisher|zuletzt|derzeit|zuvor|aktuell|zugleich|außerdem|zudem|seit) )?${det}(?:[a-zäöüß]+ )*${R('r')}`,
      'gu',
    ),
    organization: 'role',
  },
  {
    name: '"als" and the role ("scheidet … als Leiterin … aus")',
    pattern: new RegExp(`${P('p')}(?: (?:[^⟦;:,]+?|${T}|⟦O\\d+⟧))*? als (?:[a-zäöüß]+ )*${R('r')}`, 'gu'),
    organization: 'role',
  },
  {
    name: 'a fronted "als" phrase, the subject after the finite verb ("Nach 23 Jahren als Vorsitzender hat Erwin Schäfer …")',
    pattern: new RegExp(
      `(?:^|[:;] )(?:[^⟦;:,]*? )?als (?:[a-zäöüß]+ )*${R('r')} (?:hat|hatte|ist|war|wird|bleibt|geht|ging|scheidet|schied|verlässt|verließ|tritt|trat) (?:${honorificPattern} )?${P('p')}`,
      'gu',
    ),
    organization: 'sentence',
  },
  {
    name: 'copula ("Steiner war seit 2016 Bürgermeisterin")',
    pattern: new RegExp(`${P('p')} (?:ist|war|wird|bleibt|wurde|sei|bleibe|werde) ${lowercaseOrDates}${det}(?:[a-zäöüß]+ )*${R('r')}`, 'gu'),
    organization: 'role',
  },
  {
    name: 'copula before the subject ("Seit 2019 ist Sonja Meister Geschäftsführerin")',
    pattern: new RegExp(`(?:ist|war|wird|bleibt) ${P('p')} ${lowercaseOrDates}${det}(?:[a-zäöüß]+ )*${R('r')}`, 'gu'),
    organization: 'role',
  },
  {
    name: 'relative clause with copula ("Sonja Meister, die seit 2019 Geschäftsführerin ist", "…, der seit 2005 Kämmerer des Landkreises ist")',
    pattern: new RegExp(
      `${P('p')}, (?:der|die) ${lowercaseOrDates}${det}(?:[a-zäöüß]+ )*${R('r')}(?: ${attachingPreposition})?(?: ${O('o')})? (?:ist|war|wird|bleibt)(?![\\p{L}])`,
      'gu',
    ),
    organization: 'role',
  },
  {
    name: 'role first, name after the verb ("Neuer Kassenwart ist Jens Albrecht", "… heißt Ilona Benz", "Geschäftsführer der AWO ist seit 2021 Dipl.-Ing. …")',
    pattern: new RegExp(
      `(?:^|[:;] )(?:(?:Der|Die|Das|Neue[rs]?|Seine?|Ihre?) )?(?:[a-zäöüß]+ )*${R('r')}(?:(?: ${attachingPreposition})? (?:[a-zäöüß]+ )*(?:${O('o')}|[^⟦;:,]+?))?(?:, [^;⟦]*?(?:⟦O\\d+⟧[^;⟦]*?)*,)? (?:ist|wird|bleibt|war|heißt)(?: [a-zäöüß\\d-]+| ${T})*(?: \\p{Lu}\\p{Ll}{3,}(?=(?: ${honorificPattern})? ${P('any')}))? (?:${honorificPattern} )?${P('p')}`,
      'gu',
    ),
    organization: 'role',
  },
  {
    name: 'the post first, the subject after the verb ("Die Leitung des Amts übernimmt kommissarisch ihr Stellvertreter Jan Roth")',
    pattern: new RegExp(
      `^(?:Die|Den|Das) ${R('r')}(?: ${attachingPreposition})? ${O('o')} (?:übernimmt|übernahm|übernehmen) (?:[a-zäöüß]+ |${T} )*?(?:(?:ihr|sein)(?:e|er)? \\p{Lu}\\p{Ll}+ )?(?:${honorificPattern} )?${P('p')}`,
      'gu',
    ),
    organization: 'role',
    neutral: true,
  },
  {
    name: '"mit" the name and "eine neue" role ("bekommt … mit Ilona Benz eine neue Geschäftsführerin")',
    pattern: new RegExp(`mit ${P('p')} (?:eine|einen|ein) (?:neue[nr]? )?${R('r')}`, 'gu'),
    organization: 'sentence',
  },
  {
    name: 'carries out the duties of a post ("… hatte Yvonne Krug die Aufgaben der Leiterin kommissarisch wahrgenommen")',
    pattern: new RegExp(`${P('p')},? (?:[^⟦;:]*? )?(?:die |den )?(?:Aufgaben|Geschäfte|Amtsgeschäfte|Dienstgeschäfte) (?:des|der) ${R('r')}`, 'gu'),
    organization: 'sentence',
  },
  {
    name: 'elected, two people to one role ("wählten … Sabrina Lenz und Oliver Dietz zu gleichberechtigten Vorsitzenden")',
    pattern: new RegExp(
      `(?:wählten|wählte|gewählt|ernannten|ernannte|ernannt|bestellten|bestellte|bestellt|berufen|beriefen)(?: [^⟦;:]*?)? ${P('p')} und ${P('q')} zu(?:m|r)? (?:[a-zäöüß]+ )*${R('r')}`,
      'gu',
    ),
    organization: 'sentence',
    both: true,
  },
  {
    name: 'elected or appointed to a role ("wählten die Mitglieder Annette Kröger zur Vorsitzenden")',
    pattern: new RegExp(
      `(?:wählten|wählte|ernannten|ernannte|bestellten|bestellte|beriefen|berief)(?: [^⟦;:]*?)? ${P('p')} (?:[^⟦;:]*? )?zu(?:m|r)? (?:[a-zäöüß]+ )*${R('r')}`,
      'gu',
    ),
    organization: 'sentence',
  },
  {
    name: 'two people appointed, the verb last ("hat Tanja Berg und Milan Kovač zu Geschäftsführern bestellt")',
    pattern: new RegExp(
      `${P('p')}(?: \\(\\d+\\))? und (?:${honorificPattern} )?${P('q')} (?:[^⟦;:]*? |${T} )*?zu(?:m|r)? (?:[a-zäöüß]+ )*${R('r')}(?: (?:der|des) ${O('o')})? (?:bestellt|gewählt|ernannt|berufen|gekürt)`,
      'gu',
    ),
    organization: 'sentence',
    both: true,
  },
  {
    name: 'appointed "zum" role ("hat Henrik Olsen zum Geschäftsführer bestellt")',
    pattern: new RegExp(
      `${P('p')} (?:[^⟦;:]*? )?zu(?:m|r) (?:[a-zäöüß]+ )*${R('r')}(?: (?:der|des) ${O('o')})? (?:bestellt|gewählt|ernannt|berufen|gekürt)`,
      'gu',
    ),
    organization: 'sentence',
  },
  {
    name: 'two people take over one post ("übernehmen Anna Roth und Jan Beck gemeinsam den Vorsitz")',
    pattern: new RegExp(
      `(?:übernehmen|übernahmen) (?:${honorificPattern} )?${P('p')} und (?:${honorificPattern} )?${P('q')} ${lowercaseOrDates}(?:die|den|das) (?:[a-zäöüß]+ )*${R('r')}`,
      'gu',
    ),
    organization: 'sentence',
    neutral: true,
    both: true,
  },
  {
    name: 'takes over the post ("übernimmt Petra Lindner die Geschäftsführung")',
    pattern: new RegExp(
      `(?:${P('p')}(?: [^⟦;:]*?| ${T})*? (?:übernimmt|übernahm|übernehmen|übernommen)|(?:übernimmt|übernahm) ${P('q')}) ${lowercaseOrDates}(?:die|den|das) ${R('r')}`,
      'gu',
    ),
    organization: 'sentence',
    neutral: true,
  },
  {
    name: 'moves into the post ("Neu in die Geschäftsführung rückt zum 1. März … Anke Bauer")',
    pattern: new RegExp(`(?:in|an) (?:die|den) ${R('r')} (?:rückt|rückte|kommt|kam|wechselt|wechselte|zieht|zog) (?:[^⟦;:,]|⟦[ORT]\\d+⟧)*?${P('p')}`, 'gu'),
    organization: 'sentence',
    neutral: true,
  },
  {
    name: 'moves into the post, the subject after the verb ("Zum 1. März rückt Anke Bauer, bisher Prokuristin, in die Geschäftsführung auf")',
    pattern: new RegExp(
      `(?:rückt|rückte|kommt|kam|wechselt|wechselte) (?:${honorificPattern} )?${P('p')}(?:, (?:[^⟦;:,]|⟦[ORT]\\d+⟧)*?,)? (?:[^⟦;:,]|⟦[RT]\\d+⟧)*?(?:in|an) (?:die|den) ${R('r')}`,
      'gu',
    ),
    organization: 'role',
    neutral: true,
  },
  {
    name: 'a possessive for the sentence\'s subject ("Die Holding ist eine Tochter der Stadt, ihr Geschäftsführer ist Jan Beck")',
    pattern: new RegExp(
      `^(?:Der|Die|Das) ${O('o')} (?:[^⟦;]|⟦[OT]\\d+⟧)*?, (?:ihr|sein)(?:e|er|en)? (?:[a-zäöüß]+ )*${R('r')} (?:ist|bleibt|wird|war) (?:⟦R\\d+⟧ )?(?:${honorificPattern} )?${P('p')}`,
      'gu',
    ),
    organization: 'role',
  },
  {
    name: 'moves into the post, subject first ("Anke Bauer rückt in die Geschäftsführung")',
    pattern: new RegExp(`${P('p')} (?:rückt|rückte|kommt|kam|wechselt|wechselte|zieht|zog) ${lowercaseOrDates}(?:in|an) (?:die|den) ${R('r')}`, 'gu'),
    organization: 'sentence',
    neutral: true,
  },
  {
    name: 'an organisation with a new holder after a colon ("X hat eine neue Vorsitzende: … Annette Kröger", "… einen neuen Leiter gefunden: …")',
    pattern: new RegExp(
      `${O('o')} (?:hat|bekommt|bekommen|erhält) (?:wieder )?(?:eine|einen|ein) (?:neue[nr]? )?${R('r')}(?: [a-zäöüß]+)?: [^⟦]*?(?:⟦[ORT]\\d+⟧[^⟦]*?)*${P('p')}`,
      'gu',
    ),
    organization: 'sentence',
  },
];

/** Every holding a tagged sentence states, and its role words without a named holder resolved to the person they refer back to. */
export function findHoldings(context: DraftContext, tagged: TaggedSentence): Holding[] {
  const holdings: Holding[] = [];
  const used = new Set<number>();
  for (const rule of holderRules) {
    rule.pattern.lastIndex = 0;
    for (const match of tagged.text.matchAll(rule.pattern)) {
      const role = tagAt(tagged, match.groups!.r, 'R');
      const people = rule.both ? [match.groups!.p, match.groups!.q] : [match.groups!.p ?? match.groups!.q];
      const holders = people.map((group) => tagAt(tagged, group, 'P')).filter((p) => p !== undefined);
      if (!role || holders.length !== people.length || used.has(Number(match.groups!.r))) continue;
      if (rule.neutral && !role.mention.neutral) continue;
      used.add(Number(match.groups!.r));
      const fromMatch = tagAt(tagged, match.groups!.o, 'O')?.mention.organizationId ?? null;
      const organizationId =
        fromMatch ?? organizationOfRole(tagged, Number(match.groups!.r)) ?? (rule.organization === 'sentence' ? sentenceOrganization(tagged) : null);
      const span = spanOfMatch(tagged, match.index, match.index + match[0].length, context);
      for (const person of holders)
        holdings.push({ sentence: tagged.index, personId: person.mention.personId, role: role.mention, organizationId, organizationInference: null, span });
    }
  }
  // "Die derzeitige Leiterin der Stabsstelle … wird …": a role word opening the sentence refers back to a person.
  tagged.tags.forEach((tag, index) => {
    if (tag.kind !== 'R' || used.has(index) || tag.mention.neutral) return;
    const before = tagged.text.slice(0, tagged.text.indexOf(`⟦R${index}⟧`));
    if (!/^(?:Die|Der)(?: [a-zäöüß]+)* $/.test(before)) return;
    const personId = antecedent(context, tag.mention.start, tag.mention.gender);
    if (!personId) return;
    const organizationId = organizationOfRole(tagged, index);
    const start = context.sentences[tagged.index]!.start;
    holdings.push({
      sentence: tagged.index,
      personId,
      role: tag.mention,
      organizationId,
      organizationInference: null,
      span: { start, end: organizationId ? endOfOrganizationAfter(tagged, index) : tag.mention.end },
    });
  });
  return holdings;
}

const roleOrganization = (index: number) => new RegExp(`⟦R${index}⟧(?: \\([^)]*\\))?(?: ${attachingPreposition}(?: [a-zäöüß]+)*)? ${O('o')}`, 'u');

/** The organisation the words after a role attach it to ("Leiterin der Stabsstelle …"), or a genitive before it ("Kaiserslauterns Chief Digital Officer"). */
export function organizationOfRole(tagged: TaggedSentence, index: number): string | null {
  const after = roleOrganization(index).exec(tagged.text);
  const tag = after ? tagAt(tagged, after.groups!.o, 'O') : undefined;
  if (tag) return tag.mention.organizationId;
  const genitive = new RegExp(`${O('o')}(?:s|’|') (?:[a-zäöüß]+ )*⟦R${index}⟧`, 'u').exec(tagged.text);
  return (genitive && tagAt(tagged, genitive.groups!.o, 'O')?.mention.organizationId) || null;
}

function endOfOrganizationAfter(tagged: TaggedSentence, index: number): number {
  const after = roleOrganization(index).exec(tagged.text);
  return after ? tagAt(tagged, after.groups!.o, 'O')!.mention.end : tagged.tags[index]!.mention.end;
}

/** The organisation a sentence is about: the first one it names. */
export function sentenceOrganization(tagged: TaggedSentence): string | null {
  const first = tagged.tags.find((t) => t.kind === 'O');
  return first?.kind === 'O' ? first.mention.organizationId : null;
}
