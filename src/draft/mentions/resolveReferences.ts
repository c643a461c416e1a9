import type { DraftContext, PersonMention } from './DraftContext.js';

/**
 * Gender the wording gives a named person directly, and the people that pronouns
 * and descriptions refer to. Gender cues: a feminine noun just before a name
 * ("Amtsinhaberin Gudrun Steiner"), a gendered role label beside it
 * ("Oberbürgermeister Klaus Weichel", "als Leiterin"), "Herr"/"Frau", and a relative
 * pronoun after it ("Gabriele Hahn, die …"). References: "Sie"/"Er" as the subject
 * of a singular verb, and "die 31-Jährige"/"der 52-jährige …" (which also give the
 * age), each resolved to the nearest person named before it whose gender fits, in
 * the same or the two sentences before; nothing is resolved when no one fits.
 */
export function resolveReferences(context: DraftContext): void {
  findGenderCues(context);
  // "Petra Lindner (45)": an age in brackets right after a name.
  for (const mention of context.personMentions.flat()) {
    const bracket = /^ \((\d{2,3})\)/.exec(context.text.slice(mention.end, mention.end + 7));
    const person = context.people.get(mention.personId);
    if (!bracket || !person || person.age || mention.via !== 'name') continue;
    const end = mention.end + bracket[0].length;
    person.age = {
      value: Number(bracket[1]),
      inference: `"${context.text.slice(mention.start, end)}": the age in brackets after the name.`,
      span: { start: mention.start, end },
    };
  }
  for (const sentence of context.content) {
    const ages = /(?<![\p{L}])(?<article>[Dd]ie|[Dd]er) (?<age>\d{1,3})-[Jj]ährigen?(?![\p{L}])/gu;
    for (const match of sentence.text.matchAll(ages)) {
      const gender = /^[Dd]ie$/.test(match.groups!.article!) ? 'female' : 'male';
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      const person = antecedent(context, start, gender);
      if (!person || !context.isFree(start, end)) continue;
      context.addPersonMention(sentence.index, { start, end, personId: person, via: 'description', gender });
      const draft = context.people.get(person)!;
      const age = Number(match.groups!.age);
      draft.age ??= { value: age, inference: `"${context.text.slice(start, end)}" refers to ${draft.name}, named just before.`, span: { start, end } };
      draft.gender ??= {
        value: gender,
        inference: `The text calls ${gender === 'female' ? 'her' : 'him'} "${context.text.slice(start, end)}", with the ${gender === 'female' ? 'feminine' : 'masculine'} article.`,
        span: { start, end },
      };
    }
    // "Die Wirtschaftsinformatikerin tritt …", "Der promovierte Jurist leitet …": a sentence opening with a noun for a person's occupation refers to the person named before.
    const occupation =
      /^(?<article>Die|Der) (?:[a-zäöüß]+ )*(?<noun>\p{Lu}[\p{L}-]{3,}(?:in|frau|ist|eur|loge|ant|ent|wirt|mann|iker))(?= (?<verb>[a-zäöüß]+)(?![\p{L}]))/u.exec(
        sentence.text,
      );
    if (occupation && isSingularVerb(occupation.groups!.verb!) && !notPeople.test(occupation.groups!.noun!)) {
      const feminine = occupation.groups!.article === 'Die';
      if (feminine === /(?:in|frau)$/.test(occupation.groups!.noun!)) {
        const start = sentence.start;
        const end = start + occupation[0].length;
        const gender = feminine ? 'female' : 'male';
        const person = antecedent(context, start, gender);
        if (person && context.isFree(start, end)) {
          context.addPersonMention(sentence.index, { start, end, personId: person, via: 'description', gender });
          const draft = context.people.get(person)!;
          draft.gender ??= {
            value: gender,
            inference: `The text calls ${feminine ? 'her' : 'him'} "${context.text.slice(start, end)}", ${feminine ? 'feminine' : 'masculine'}.`,
            span: { start, end },
          };
        }
      }
    }
    const pronouns = /(?<![\p{L}])(?<pronoun>Sie|sie|Er|er)(?= (?<verb>[a-zäöüß]+))/gu;
    // The subject after its verb, as German puts it after a fronted phrase: "Ehrenamtlich engagiert sie sich …".
    const inverted = /(?<![\p{L}])(?<verb>[a-zäöüß]+) (?<pronoun>sie|er)(?![\p{L}])/gu;
    for (const match of [...sentence.text.matchAll(pronouns), ...sentence.text.matchAll(inverted)]) {
      if (!isSingularVerb(match.groups!.verb!)) continue;
      const start = sentence.start + match.index + match[0].lastIndexOf(match.groups!.pronoun!);
      const end = start + match.groups!.pronoun!.length;
      const gender = /^[Ss]ie$/.test(match.groups!.pronoun!) ? 'female' : 'male';
      const person = antecedent(context, start, gender);
      if (person && context.isFree(start, end)) context.addPersonMention(sentence.index, { start, end, personId: person, via: 'pronoun', gender });
    }
  }
}

/** Nouns with a person's ending that name no person ("Die Medizin", "Der Patient" may be anyone). */
const notPeople =
  /^(?:Medizin|Disziplin|Termin|Kabine|Patient|Patientin|Student|Studentin|Präsident|Präsidentin|Agent|Talent|Moment|Dokument|Instrument|Element|Argument|Kontinent|Prozent)$/;

/** A verb in the third person singular: "ist", "hat", "löst", "leitete"; plural forms end in "-en". */
function isSingularVerb(word: string): boolean {
  return (
    /^(?:ist|war|wird|wurde|hat|hatte|soll|will|kann|muss|darf|mag|begann|übernahm|trat|kam|ging|stand|schied|verließ|gab|nahm|blieb)$/.test(word) ||
    /^[a-zäöüß]{2,}(?:t|te)$/.test(word)
  );
}

/**
 * The person a reference at `offset` means: the nearest person named (not merely
 * referred to) before it, in its sentence or the two before, whose known gender
 * fits; undefined when there is none.
 */
export function antecedent(context: DraftContext, offset: number, gender: 'female' | 'male' | null): string | undefined {
  const sentence = context.sentenceAt(offset).index;
  const candidates: PersonMention[] = [];
  for (let s = sentence; s >= Math.max(0, sentence - 2); s -= 1) {
    candidates.push(...context.personMentions[s]!.filter((m) => m.end <= offset && (m.via === 'name' || m.via === 'surname')).reverse());
  }
  for (const mention of candidates) {
    const known = context.people.get(mention.personId)?.gender?.value ?? null;
    if (gender === null || known === null || known === gender) return mention.personId;
  }
  return undefined;
}

function findGenderCues(context: DraftContext): void {
  for (const sentence of context.content) {
    for (const mention of context.personMentions[sentence.index]!) {
      const person = context.people.get(mention.personId);
      if (!person || person.gender) continue;
      const before = context.text.slice(sentence.start, mention.start);
      const after = context.text.slice(mention.end, sentence.end);
      const role = context.roleMentions[sentence.index]!.find(
        (r) =>
          r.gender &&
          (/^(?: \([^)]*\))?,? $/.test(context.text.slice(r.end, mention.start)) ||
            /^ [^,;:.]{0,40}?\bals (?:[a-zäöüß]+ )*$/.test(context.text.slice(mention.end, r.start))),
      );
      // "Markus Lehner zum neuen Kämmerer gewählt": a gendered role later in the clause of the only name in it.
      const clauseEnd = after.search(/[,;:]/);
      const clause = { start: mention.end, end: clauseEnd < 0 ? sentence.end : mention.end + clauseEnd };
      const onlyName = context.personMentions[sentence.index]!.filter((m) => m.start >= mention.start && m.start < clause.end).length === 1;
      const later = onlyName
        ? context.roleMentions[sentence.index]!.find((r) => r.gender && r.start >= clause.start && r.end <= clause.end && r.roleKey)
        : undefined;
      const feminineNoun = /(?<![\p{L}])(\p{Lu}\p{Ll}+in) $/u.exec(before)?.[1];
      const relative = /^, (der|die) (?![\p{Lu}])/u.exec(after)?.[1];
      if (!role && later?.gender) {
        const word = context.text.slice(later.start, later.end);
        person.gender = {
          value: later.gender,
          inference: `The text calls ${later.gender === 'female' ? 'her' : 'him'} ${word}, the ${later.gender === 'female' ? 'feminine' : 'masculine'} form.`,
          span: { start: mention.start, end: later.end },
        };
      } else if (role?.gender) {
        const word = context.text.slice(role.start, role.end);
        const first = Math.min(role.start, mention.start);
        person.gender = {
          value: role.gender,
          inference: `The text calls ${role.gender === 'female' ? 'her' : 'him'} ${word}, the ${role.gender === 'female' ? 'feminine' : 'masculine'} form.`,
          span: { start: first, end: Math.max(role.end, mention.end) },
        };
      } else if (feminineNoun && feminineNoun !== person.name.split(' ')[0]) {
        person.gender = {
          value: 'female',
          inference: `The text calls her ${feminineNoun}, a feminine form.`,
          span: { start: mention.start - feminineNoun.length - 1, end: mention.end },
        };
      } else if (relative) {
        const value = relative === 'die' ? 'female' : 'male';
        person.gender = {
          value,
          inference: `The relative clause after the name refers to ${value === 'female' ? 'her' : 'him'} as "${relative}".`,
          span: { start: mention.start, end: mention.end + 2 + relative.length },
        };
      }
    }
  }
}
