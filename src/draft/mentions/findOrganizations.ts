import type { OrganizationKind } from '../../domain/entities.js';
import { idOf } from '../text/idOf.js';
import { isFirstName } from '../text/germanWords.js';
import type { DraftContext } from './DraftContext.js';
import { organizationHeads, legalFormPattern, nameWordPattern, isGenericHead } from './organizationWords.js';

/**
 * Finds the organisations a text names: those the graph holds, by name or alias;
 * new ones by a legal form ("Nordtal Logistik GmbH", "Heimatverein Kesselbrunn e.V.")
 * or a head noun and its name ("Landkreis Wiesental", "Stabsstelle Digitalisierung",
 * "Ordnungsamt"), in the nominative ("des Landkreises Wiesental" names the
 * "Landkreis Wiesental"); then their shorter names ("Altenbach" for "Stadt
 * Altenbach"); then descriptions that refer back to one ("das Unternehmen").
 */
export function findOrganizations(context: DraftContext): void {
  findGraphOrganizations(context);
  for (const sentence of context.content) findNewOrganizations(context, sentence.index);
  findAbbreviations(context);
  findShortNames(context);
  for (const sentence of context.content) findDescriptions(context, sentence.index);
}

function findGraphOrganizations(context: DraftContext): void {
  const byName = new Map<string, string[]>();
  for (const org of context.graph.organizations) {
    for (const name of new Set([org.name, ...org.aliases])) {
      // A single common noun ("Stadtrat") names an organisation only together with its place.
      if (isGenericHead(name)) continue;
      byName.set(name, [...(byName.get(name) ?? []), org.id]);
    }
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const ids = byName.get(name)!;
    for (const { start, end } of occurrences(context.text, name)) {
      if (!context.isFree(start, end)) continue;
      if (ids.length > 1) {
        context.ambiguous.push({ text: name, span: { start, end }, candidates: ids });
        continue;
      }
      const known = context.graph.organizations.find((o) => o.id === ids[0])!;
      if (!context.organizations.has(known.id)) {
        context.organizations.set(known.id, { id: known.id, name: known.name, aliases: [], existing: true, kind: known.kind, partOf: null, support: [] });
      }
      context.addOrganizationMention(context.sentenceAt(start).index, { start, end, organizationId: known.id, via: 'name' });
    }
  }
}

function findNewOrganizations(context: DraftContext, index: number): void {
  const sentence = context.sentences[index]!;
  // "Tierschutzverein Mühlbach und Umgebung e.V.": "und" may join the words of a name that ends in a legal form.
  const legal = new RegExp(`(?<![\\p{L}.])(?<name>(?:(?:${nameWordPattern}|\\d{4}) (?:und (?=\\p{Lu}))?){1,4}${legalFormPattern})(?![\\p{L}])`, 'gu');
  for (const match of sentence.text.matchAll(legal)) {
    const words = match.groups!.name!.split(' ');
    // Leading articles and prepositions are capitalised at the start of a sentence, but no part of the name.
    while (words.length > 1 && /^(?:Der|Die|Das|Dem|Den|Des|Beim|Bei|Zur|Zum|Von|Vom|Mit|Für|Im|In|Am|An|Auf|Aus|Nach|Seit)$/.test(words[0]!)) words.shift();
    const written = words.join(' ');
    const start = sentence.start + match.index + match[0].length - written.length;
    // "des Kunstvereins Lindenhof e.V." names the "Kunstverein Lindenhof e.V.".
    const head = headKind(words[0]!.replace(/e?s$/, '')) && !headKind(words[0]!) ? words[0]!.replace(/e?s$/, '') : words[0]!;
    const name = [head, ...words.slice(1)].join(' ');
    const kind: OrganizationKind = /e\. ?V\.$/.test(name) ? 'association' : (headKind(words[0]!)?.kind ?? 'company');
    addNew(context, index, name, start, start + written.length, kind);
  }
  // "Im Gemeinderat von Altdorf-Wiesen": the place a council belongs to is a municipality.
  const councilOf = new RegExp(
    `(?<![\\p{L}])(?:Gemeinderat|Stadtrat|Ortsrat|Ortschaftsrat|Kreistag|Rat) (?:von|in) (?<name>${nameWordPattern}(?: ${nameWordPattern})?)(?![\\p{L}])`,
    'gu',
  );
  for (const match of sentence.text.matchAll(councilOf)) {
    const start = sentence.start + match.index + match[0].length - match.groups!.name!.length;
    addNew(context, index, match.groups!.name!, start, start + match.groups!.name!.length, 'municipality');
  }
  // "das Amt für Finanzen", "des Referats für Stadtentwicklung und Umwelt", "die Agentur für Arbeit Steinau": an office named by what it is for.
  const purpose = new RegExp(
    `(?<![\\p{L}])(?<head>Amt|Referat|Fachbereich|Fachdienst|Dezernat|Büro|Institut|Zentrum|Landesamt|Bundesamt|Agentur)(?:es|s)? für (?<name>${nameWordPattern}(?:(?: und|,)? ${nameWordPattern}){0,2})(?![\\p{L}])`,
    'gu',
  );
  for (const match of sentence.text.matchAll(purpose)) {
    const start = sentence.start + match.index;
    addNew(context, index, `${match.groups!.head} für ${match.groups!.name}`, start, start + match[0].length, 'administrative-unit');
  }
  for (const head of organizationHeads) {
    const pattern = new RegExp(`(?<![\\p{L}])(?<head>${head.pattern})(?<genitive>e?s|n)?(?<name>(?: (?:${nameWordPattern})){0,3})(?![\\p{L}])`, 'gu');
    for (const match of sentence.text.matchAll(pattern)) {
      const headWord = match.groups!.head!;
      const nameWords = trimName(match.groups!.name!.trim().split(' ').filter(Boolean));
      // A head alone names one organisation only after an article or preposition ("im Hauptausschuss"), not in a headline.
      const articleBefore = /(?:^|\s)(?:der|die|das|des|dem|den|im|beim|vom|zum|zur|am|ins)\s$/i.test(
        sentence.text.slice(Math.max(0, match.index - 8), match.index),
      );
      if (nameWords.length === 0 && !(head.standsAlone(headWord) && articleBefore)) continue;
      const start = sentence.start + match.index;
      const end = start + headWord.length + (match.groups!.genitive?.length ?? 0) + (nameWords.length > 0 ? 1 + nameWords.join(' ').length : 0);
      const name = head.nameWithoutHead ? nameWords.join(' ') : [headWord, ...nameWords].join(' ');
      // "an der Technischen Hochschule Kallstadt": a capitalised adjective inside a sentence is part of a feminine name, in the nominative "-e".
      const adjective =
        nameWords.length > 0 && feminineHeads.test(headWord)
          ? /(?<=[\p{Ll},] )(\p{Lu}\p{Ll}+(?:isch|lich))(?:e|en|er) $/u.exec(sentence.text.slice(0, match.index))
          : null;
      if (adjective) addNew(context, index, `${adjective[1]}e ${name}`, start - adjective[0].length, end, head.kind);
      else addNew(context, index, name, start, end, head.kind);
    }
  }
  // "Die KL.digital, Kaiserslauterns städtische Gesellschaft …": a name described as a company in apposition.
  const apposition = new RegExp(
    `(?<![\\p{L}])(?:[Dd]ie|[Dd]er|[Dd]as) (?<name>${nameWordPattern}(?: ${nameWordPattern})?), (?:\\p{Lu}[\\p{L}.-]*s )?(?:[a-zäöüß]+ )*(?:Gesellschaft|Tochter|Tochtergesellschaft|Firma|Unternehmen|Einrichtung|Agentur)(?![\\p{L}])`,
    'gu',
  );
  for (const match of sentence.text.matchAll(apposition)) {
    const name = match.groups!.name!;
    const start = sentence.start + match.index + match[0].indexOf(name);
    if (!isFirstName(name.split(' ')[0]!)) addNew(context, index, name, start, start + name.length, 'company');
  }
  const publication =
    /(?<![\p{L}])(?:(?<adjective>\p{Lu}\p{Ll}+er) (?<paper>Zeitung|Nachrichten|Allgemeine|Rundschau|Anzeiger|Tageblatt|Kurier|Post)|(?:Fach)?[Zz]eitschrift ["„“](?<quoted>[^"“”]+)["“”])/gu;
  for (const match of sentence.text.matchAll(publication)) {
    const quoted = match.groups!.quoted;
    const name = quoted ?? `${match.groups!.adjective} ${match.groups!.paper}`;
    // The mention covers "Fachzeitschrift „Kommunal“", so that a role before it attaches to it.
    const start = sentence.start + match.index;
    addNew(context, index, name, start, start + match[0].length, 'publication');
  }
}

/** Feminine head nouns, whose adjectives end in "-e" in the nominative ("Technische Hochschule", "Evangelische Stiftung"). */
const feminineHeads = /^(?:Hochschule|Fachhochschule|Universität|Stiftung|Klinik|Sparkasse|Genossenschaft|Schule|Akademie|Bank)$/;

/**
 * "Die Abfallwirtschaft Ostkreis GmbH (AWO)": an abbreviation in brackets right after
 * a name is an alias of that organisation, found again later ("der AWO"); the
 * mention takes the brackets in, so that patterns read past them.
 */
function findAbbreviations(context: DraftContext): void {
  for (const mention of context.organizationMentions.flat()) {
    const abbreviation = /^ \((\p{Lu}[\p{Lu}\p{N}&-]{1,7})\)/u.exec(context.text.slice(mention.end, mention.end + 12));
    const organization = context.organizations.get(mention.organizationId);
    if (!abbreviation || !organization || mention.via !== 'name' || organization.existing) continue;
    if (!organization.aliases.includes(abbreviation[1]!)) organization.aliases.push(abbreviation[1]!);
    mention.end += abbreviation[0].length;
  }
}

/** Name words stop before a first name: "Stadtwerke Altenbach Petra Lindner" is two names. */
function trimName(words: string[]): string[] {
  const stop = words.findIndex((w) => /^(?:Der|Die|Das|Sie|Er|Es|Neue[rs]?)$/.test(w));
  return stop < 0 ? words : words.slice(0, stop);
}

function headKind(word: string) {
  return organizationHeads.find((h) => new RegExp(`^(?:${h.pattern})$`, 'u').test(word));
}

/** Records a new organisation, or a longer name of one found already ("… e.V." of "Heimatverein Kesselbrunn"). */
function addNew(context: DraftContext, sentence: number, name: string, start: number, end: number, kind: OrganizationKind): void {
  if (!context.isFree(start, end) || name.length < 3) return;
  if (context.graph.roles.some((r) => Object.values(r.de).includes(name))) return;
  const base = name.replace(/ (?:GmbH & Co\. KG|gGmbH|GmbH|AG|SE|KGaA|KG|e\. ?V\.|eG|mbH)$/, '');
  // A head alone ("die Volkshochschule") after the full name ("Volkshochschule Auental") refers back to it.
  const same = [...context.organizations.values()].find(
    (o) =>
      o.name === name ||
      o.name === base ||
      o.aliases.includes(name) ||
      o.name.replace(/ (?:GmbH|AG|e\.V\.|gGmbH)$/, '') === base ||
      // "Kreis Elsbach" and "Landkreis Elsbach" are one district.
      (/^(?:Land)?[Kk]reis /.test(name) && o.name.replace(/^Kreis /, 'Landkreis ') === name.replace(/^Kreis /, 'Landkreis ')) ||
      (!name.includes(' ') && o.name.startsWith(`${name} `)),
  );
  if (same) {
    if (same.name !== name && !same.existing && name.length > same.name.length) {
      same.aliases.push(same.name);
      same.name = name;
    } else if (same.name !== name && !same.aliases.includes(name)) same.aliases.push(name);
    context.addOrganizationMention(sentence, { start, end, organizationId: same.id, via: 'name' });
    return;
  }
  const id = uniqueId(context, idOf(name.replace(/ (?:gGmbH|GmbH|AG|SE|KGaA|KG|e\. ?V\.|eG|mbH)$/, '')));
  context.organizations.set(id, { id, name, aliases: base !== name ? [base] : [], existing: false, kind, partOf: null, support: [] });
  context.addOrganizationMention(sentence, { start, end, organizationId: id, via: 'name' });
}

function uniqueId(context: DraftContext, id: string): string {
  const taken = (candidate: string) =>
    context.organizations.has(candidate) || context.graph.organizations.some((o) => o.id === candidate) || context.people.has(candidate);
  let candidate = id;
  for (let n = 2; taken(candidate); n += 1) candidate = `${id}-${n}`;
  return candidate;
}

/** Shorter names of the organisations found: "Altenbach" for "Stadt Altenbach", "Regiobahn" for "Regiobahn Obermoorach AG". */
function findShortNames(context: DraftContext): void {
  const shortNames = new Map<string, Set<string>>();
  for (const org of context.organizations.values()) {
    const words = org.name.replace(/ (?:gGmbH|GmbH|AG|SE|KGaA|KG|e\. ?V\.|eG|mbH)$/, '').split(' ');
    const candidates = [...org.aliases, words.join(' ')];
    if (org.kind === 'municipality' && words.length > 1 && headKind(words[0]!)) candidates.push(words.slice(1).join(' '));
    if (org.kind === 'company' && words.length > 1 && !headKind(words[0]!) && words[0]!.length > 3) candidates.push(words[0]!);
    for (const name of candidates) if (!isGenericHead(name)) shortNames.set(name, (shortNames.get(name) ?? new Set()).add(org.id));
  }
  for (const [name, ids] of [...shortNames].sort((a, b) => b[0].length - a[0].length)) {
    if (ids.size !== 1) continue;
    const [id] = [...ids];
    for (const { start, end } of occurrences(context.text, name)) {
      // "Ulrike Sonnfeld" is a person even where "Sonnfeld" is short for "Sonnfeld Energie GmbH".
      const previousWord = /(\p{L}+)\s$/u.exec(context.text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
      if (context.isFree(start, end) && !isFirstName(previousWord))
        context.addOrganizationMention(context.sentenceAt(start).index, { start, end, organizationId: id!, via: 'name' });
    }
  }
}

/** Words that refer back to an organisation named before, with the kinds they fit. */
const descriptions: { pattern: string; kinds: OrganizationKind[] | 'any' }[] = [
  { pattern: 'Unternehmens?|Gesellschaft|Versorgers?|Konzerns?|Firma|Stadtwerken?|Bank|Sparkasse|Genossenschaft|Holding', kinds: ['company'] },
  { pattern: 'Vereins?|Verbands?|Verbandes', kinds: ['association'] },
  { pattern: 'Behörde|Amts?|Amtes', kinds: ['administrative-unit'] },
  { pattern: 'Stadt|Gemeinde|Kommune|Kreises|Kreis|Landkreises|Landkreis', kinds: ['municipality'] },
  { pattern: 'Hauses?|Klinikums?|Museums?|Einrichtung|Schule', kinds: 'any' },
];

function findDescriptions(context: DraftContext, index: number): void {
  const sentence = context.sentences[index]!;
  for (const { pattern, kinds } of descriptions) {
    const regex = new RegExp(
      `(?<![\\p{L}])(?:der|die|das|des|dem|den|Der|Die|Das)(?: (?!(?:der|die|das|den|dem|des)(?![\\p{L}]))[a-zäöüß]+(?:e|en|er|es))* (?:${pattern})(?![\\p{L}-])`,
      'gu',
    );
    for (const match of sentence.text.matchAll(regex)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (!context.isFree(start, end)) continue;
      const head = /(\p{L}+?)(?:e?s|n)?$/u.exec(match[0])![1]!;
      const referent = latestOrganizationBefore(context, start, kinds, head);
      if (referent) context.addOrganizationMention(index, { start, end, organizationId: referent, via: 'description' });
    }
  }
}

/**
 * The organisation a description refers to: the last one named before `offset` whose
 * name holds the description's noun as a word ("das Klinikum" the "Klinikum Südheide
 * gGmbH", not a later "Universitätsklinikum …"), else inside a compound,
 * else the last one of a fitting kind (municipalities only when asked for).
 */
export function latestOrganizationBefore(context: DraftContext, offset: number, kinds: OrganizationKind[] | 'any', head: string): string | undefined {
  const before = context.organizationMentions.flat().filter((m) => m.end <= offset && m.via === 'name');
  before.sort((a, b) => b.start - a.start);
  const name = (m: (typeof before)[number]) => context.organizations.get(m.organizationId)?.name.toLowerCase() ?? '';
  // The noun as a word of the name ("Klinikum Sankt Georg") before the noun inside a compound ("Universitätsklinikum").
  const word = new RegExp(`(?<![\\p{L}])${head.toLowerCase()}`, 'u');
  const named = before.find((m) => word.test(name(m))) ?? before.find((m) => name(m).includes(head.toLowerCase()));
  if (named) return named.organizationId;
  for (const mention of before) {
    const kind = context.organizations.get(mention.organizationId)?.kind ?? null;
    if (kinds === 'any' ? kind !== 'municipality' : kind !== null && kinds.includes(kind)) return mention.organizationId;
  }
  return undefined;
}

/** Where `name` occurs as whole words (a genitive "s" may follow). */
function occurrences(text: string, name: string): { start: number; end: number }[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?=s?(?![\\p{L}\\p{N}]))`, 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + name.length,
  }));
}
