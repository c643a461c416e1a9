import type { Role } from '../../domain/entities.js';
import { capacityOf, roleChangingAdjectives, roleWordEndings, statusAdjectives } from '../text/germanWords.js';
import { tokenize } from '../text/tokenize.js';
import type { DraftContext, RoleMention } from './DraftContext.js';

interface LabelForm {
  words: string[];
  roleKey: string;
  gender: 'female' | 'male' | 'either' | null;
  neutral: boolean;
}

/**
 * Finds role words: every gendered label of the vocabulary (and its genitive, and an
 * abbreviation the neutral label gives in brackets, "CDO"), and words that look like
 * an office but are not in the vocabulary ("Kassenwart", "Chefärztin"), which become
 * proposals for new vocabulary entries. An adjective before a role that is not about
 * its time or capacity makes a different role ("kaufmännische Leiterin",
 * "stellvertretender Leiter"), proposed as new too, never forced onto "Leiter".
 * The vocabulary's labels are found before names ("Chief Digital Officer" is no
 * person), new role words after them ("Sonja Meister" is no Meister).
 */
export function findRoles(context: DraftContext, pass: 'vocabulary' | 'new words'): void {
  const forms = labelForms(context.graph.roles);
  for (const sentence of context.content) {
    const tokens = tokenize(sentence.text, sentence.start);
    for (let i = 0; i < tokens.length; i += 1) {
      const form = forms.find((f) => f.words.every((w, k) => tokens[i + k]?.text === w)) ?? compoundForm(forms, tokens[i]!.text);
      const token = tokens[i]!;
      if (pass === 'vocabulary' ? !form : form || !(roleWordEndings.test(token.text) && /^\p{Lu}/u.test(token.text))) continue;
      const last = tokens[i + (form?.words.length ?? 1) - 1]!;
      const modifiers: RoleMention['modifiers'] = [];
      for (let k = i - 1; k >= 0 && k >= i - 3 && /^[a-zäöüß]+$/.test(tokens[k]!.text); k -= 1)
        modifiers.unshift({ text: tokens[k]!.text, span: { start: tokens[k]!.start, end: tokens[k]!.end } });
      const changing = modifiers.filter((m) => roleChangingAdjectives.test(m.text) && !statusAdjectives.test(m.text) && capacityOf(m.text) === null).at(-1);
      const start = changing ? changing.span.start : token.start;
      if (!context.isFree(start, last.end)) continue;
      const gender = form ? genderOf(form, tokens[i - 1]?.text, modifiers) : /in$/.test(token.text) ? 'female' : null;
      if (form && !changing) {
        context.addRoleMention(sentence.index, { start, end: last.end, roleKey: form.roleKey, newRole: null, gender, neutral: form.neutral, modifiers });
      } else {
        const word = context.text.slice(start, last.end);
        context.addRoleMention(sentence.index, {
          start,
          end: last.end,
          roleKey: null,
          newRole: { word, ...gendered(word), span: { start, end: last.end } },
          gender,
          neutral: false,
          modifiers,
        });
      }
      i += (form?.words.length ?? 1) - 1;
    }
  }
}

/** The vocabulary's labels as word sequences, longest first. */
function labelForms(roles: readonly Role[]): LabelForm[] {
  const forms: LabelForm[] = [];
  for (const role of roles) {
    const { masculine, feminine, neutral } = role.de;
    const abbreviation = /\(([^)]+)\)/.exec(neutral)?.[1];
    const plainNeutral = neutral.replace(/\s*\([^)]*\)/, '');
    const add = (label: string, gender: LabelForm['gender'], isNeutral: boolean) => {
      const words = tokenize(label).map((t) => t.text);
      if (words.length > 0 && !forms.some((f) => f.roleKey === role.key && f.words.join(' ') === words.join(' ')))
        forms.push({ words, roleKey: role.key, gender, neutral: isNeutral });
    };
    const same = masculine === feminine;
    for (const label of declined(masculine, true)) add(label, same ? null : 'male', false);
    for (const label of declined(feminine, false)) add(label, same ? null : 'female', false);
    // Plurals name several holders ("zu Geschäftsführern bestellt", "die Geschäftsführerinnen"); they tell no one's gender.
    for (const label of plurals(masculine, feminine)) add(label, null, false);
    // Nominalised adjectives ("Vorsitzender", "Vorsitzende") change their ending with the article.
    if (/ender$/.test(masculine) && feminine === masculine.slice(0, -1)) {
      add(`${feminine}n`, 'either', false);
      forms.find((f) => f.roleKey === role.key && f.words.join(' ') === feminine)!.gender = 'either';
    }
    if (plainNeutral !== masculine && plainNeutral !== feminine) add(plainNeutral, null, true);
    if (abbreviation) add(abbreviation, null, false);
  }
  return forms.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
}

/**
 * A label as it appears in a sentence: an adjective before its noun takes the ending
 * the article asks for ("einen neuen Ärztlichen Direktor", "des Ärztlichen
 * Direktors"), and a masculine noun its genitive "s" ("des Geschäftsführers").
 */
export function declined(label: string, masculine: boolean): string[] {
  const words = label.split(' ');
  const noun = words.at(-1)!;
  const nouns = masculine && !/s$/.test(noun) ? [noun, `${noun}s`] : [noun];
  const adjectives = words.slice(0, -1);
  if (adjectives.length === 0) return nouns;
  // Only capitalised adjectives with a strong ending are declined ("Ärztlicher", "Technische"); "Chief Digital" stays as it is.
  const stems = adjectives.map((w) => (/^\p{Lu}\p{Ll}{3,}(?:er|e)$/u.test(w) ? w.replace(/(?:er|e)$/, '') : null));
  if (stems.some((s) => s === null)) return nouns.map((n) => [...adjectives, n].join(' '));
  return ['e', 'en', 'er', 'es', 'em'].flatMap((ending) => nouns.map((n) => [...stems.map((s) => `${s}${ending}`), n].join(' ')));
}

/** The plural of a one-word label in every case: "Geschäftsführer(n)", "Geschäftsführerinnen", "Kämmerinnen". */
export function plurals(masculine: string, feminine: string): string[] {
  if (masculine.includes(' ') || feminine.includes(' ') || masculine === feminine) return [];
  const forms = /in$/.test(feminine) ? [`${feminine}nen`] : [];
  if (/(?:er|or)$/.test(masculine)) forms.push(/er$/.test(masculine) ? `${masculine}n` : `${masculine}en`);
  return forms;
}

/**
 * Prefixes that say at which level of local government a role is held, not which
 * role it is: a "Kreiskämmerin" is the Kämmerin of a district, a "Stadtkämmerer"
 * the Kämmerer of a town. Other prefixes make another role ("Vizepräsidentin",
 * "Ehrenvorsitzende") and are left to the new-word pass.
 */
const levelPrefixes = /^(?:Kreis|Stadt|Gemeinde)(?=\p{Ll})/u;

/** The one-word label a compound of a level prefix and that label stands for ("Kreiskämmerin" → Kämmerin). */
function compoundForm(forms: readonly LabelForm[], word: string): LabelForm | undefined {
  const prefix = levelPrefixes.exec(word);
  if (!prefix) return undefined;
  const rest = word.slice(prefix[0].length);
  return forms.find((f) => f.words.length === 1 && !f.neutral && f.words[0]!.length > 4 && f.words[0]!.toLowerCase() === rest);
}

function genderOf(form: LabelForm, before: string | undefined, modifiers: RoleMention['modifiers']): 'female' | 'male' | null {
  if (form.gender !== 'either') return form.gender;
  const article = [before, ...modifiers.map((m) => m.text)].find((w) => w && /^(?:die|eine|der|ein)$/i.test(w));
  if (!article) return null;
  return /^(?:die|eine)$/i.test(article) ? 'female' : 'male';
}

/** The masculine and feminine forms a new vocabulary entry would need, guessed from the word; the analyst checks them. */
function gendered(word: string): { masculine: string; feminine: string } {
  if (/ende[rn]?$/.test(word)) {
    const stem = word.replace(/ende[rn]?$/, 'ende');
    return { masculine: `${stem}r`, feminine: stem };
  }
  if (/in$/.test(word)) return { masculine: word.slice(0, -2), feminine: word };
  return { masculine: word, feminine: `${word}in` };
}
