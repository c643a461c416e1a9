import { idOf } from '../text/idOf.js';
import type { DraftPerson } from '../model.js';
import { honorificPattern, isFirstName, isSurname } from '../text/germanWords.js';
import { tokenize } from '../text/tokenize.js';
import type { DraftContext } from './DraftContext.js';

/**
 * Finds the people a text names: first name(s) and surname ("Ilona Benz"), with a
 * title before them ("Professor Dieter Rombach"); "Herr"/"Frau" or a title with a
 * surname alone; and later mentions by surname ("Benz"). A name the graph holds
 * reuses its id; a name that fits several people of the graph is listed as
 * ambiguous and not attributed to anyone.
 */
export function findPeople(context: DraftContext): void {
  for (const sentence of context.content) findFullNames(context, sentence.index);
  for (const sentence of context.content) findSurnames(context, sentence.index);
}

const honorificBefore = new RegExp(`${honorificPattern} $`);

function findFullNames(context: DraftContext, index: number): void {
  const sentence = context.sentences[index]!;
  const tokens = tokenize(sentence.text, sentence.start);
  for (let i = 0; i < tokens.length; i += 1) {
    let j = i;
    while (j < tokens.length && isFirstName(tokens[j]!.text)) j += 1;
    if (j === i) continue;
    // Particles of noble or Dutch names belong to the surname.
    let k = j;
    while (k < tokens.length - 1 && /^(?:von|van|de|der|zu)$/.test(tokens[k]!.text)) k += 1;
    const last = tokens[k];
    // The last first name may be the surname itself ("Sonja Meister", "Frank Odenwald").
    const surnameAt = last && isSurname(last.text) ? k : j - 1 > i ? j - 1 : -1;
    if (surnameAt < 0) continue;
    const first = tokens[i]!;
    const end = tokens[surnameAt]!.end;
    const name = context.text.slice(first.start, end);
    const before = context.text.slice(Math.max(sentence.start, first.start - 20), first.start);
    const honorific = honorificBefore.exec(before)?.[0].trim() ?? null;
    // The mention covers the title too, so that patterns see "leitet ⟦person⟧ die …" for "leitet Dr. Stefan Albers die …".
    addNamed(context, index, name, honorific ? first.start - honorific.length - 1 : first.start, end, honorific);
    i = surnameAt;
  }
  // "Dr. Brandt", "Frau Kröger": a title or address and a surname alone.
  const titled = new RegExp(`(?<![\\p{L}.])(?<title>${honorificPattern}|Herrn?|Frau) (?<name>\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?)(?!\\p{L})`, 'gu');
  for (const match of sentence.text.matchAll(titled)) {
    const start = sentence.start + match.index + match[0].length - match.groups!.name!.length;
    const end = start + match.groups!.name!.length;
    if (!context.isFree(start, end) || !isSurname(match.groups!.name!)) continue;
    const title = match.groups!.title!;
    const address = /^(?:Herrn?|Frau)$/.test(title);
    const known = surnameOwners(context, match.groups!.name!);
    if (known.length === 1) {
      context.addPersonMention(index, { start, end, personId: known[0]!, via: 'surname' });
      continue;
    }
    const person = addNamed(context, index, match.groups!.name!, start, end, address ? null : title);
    if (person && address && !person.gender) {
      const value = title === 'Frau' ? 'female' : 'male';
      person.gender = {
        value,
        inference: `The text calls ${value === 'female' ? 'her' : 'him'} "${title} ${match.groups!.name}".`,
        span: { start: sentence.start + match.index, end },
      };
    }
  }
}

/** Records a full name: the graph's person when exactly one has it, else a new person. */
function addNamed(context: DraftContext, sentence: number, name: string, start: number, end: number, honorific: string | null): DraftPerson | undefined {
  if (!context.isFree(start, end)) return undefined;
  if (honorific && !context.isFree(start, start + honorific.length)) start += honorific.length + 1;
  const inGraph = context.graph.people.filter((p) => p.name === name || p.aliases.includes(name));
  if (inGraph.length > 1) {
    context.ambiguous.push({ text: name, span: { start, end }, candidates: inGraph.map((p) => p.id) });
    return undefined;
  }
  const known = inGraph[0];
  const id = known?.id ?? idOf(name);
  let person = context.people.get(id);
  if (!person) {
    person = { id, name: known?.name ?? name, aliases: [], existing: known !== undefined, honorific, gender: null, age: null, support: [] };
    context.people.set(id, person);
  }
  person.honorific ??= honorific;
  context.addPersonMention(sentence, { start, end, personId: id, via: 'name' });
  return person;
}

/** The people whose surname (last word of the name) or single-word alias is `word`: first those the text names, then the graph's. */
function surnameOwners(context: DraftContext, word: string): string[] {
  const lastWord = (name: string) => name.split(' ').at(-1);
  const inText = [...context.people.values()].filter((p) => lastWord(p.name) === word || p.aliases.includes(word)).map((p) => p.id);
  if (inText.length > 0) return inText;
  return context.graph.people.filter((p) => lastWord(p.name) === word || p.aliases.includes(word)).map((p) => p.id);
}

function findSurnames(context: DraftContext, index: number): void {
  const sentence = context.sentences[index]!;
  for (const token of tokenize(sentence.text, sentence.start)) {
    const word = token.text;
    if (!isSurname(word) || !context.isFree(token.start, token.end)) continue;
    const owners = surnameOwners(context, word);
    if (owners.length === 0) continue;
    const fromGraphOnly = !owners.some((id) => context.people.has(id));
    // A surname the text never gave in full is only a name where no article makes it a noun ("der Meister").
    const previousWord = /(\S+)\s+$/.exec(context.text.slice(sentence.start, token.start))?.[1] ?? '';
    if (fromGraphOnly && /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|im|am|zum|zur|vom|beim|ins)$/i.test(previousWord)) continue;
    if (owners.length > 1) {
      context.ambiguous.push({ text: word, span: { start: token.start, end: token.end }, candidates: owners });
      continue;
    }
    const id = owners[0]!;
    if (!context.people.has(id)) {
      const known = context.graph.people.find((p) => p.id === id)!;
      context.people.set(id, { id, name: known.name, aliases: [], existing: true, honorific: null, gender: null, age: null, support: [] });
    }
    context.addPersonMention(index, { start: token.start, end: token.end, personId: id, via: 'surname' });
  }
}
