import germanNames from 'gender-detection-from-name/names/de.js';
import italianNames from 'gender-detection-from-name/names/it.js';
import turkishNames from 'gender-detection-from-name/names/tr.js';
import { monthNames, weekdayNames } from '../temporal/germanCalendar.js';

/**
 * Word lists the drafting assistant reads German with: general knowledge of the
 * language and of how local news name people, offices and organisations, never
 * names taken from any one text.
 */

/** Capitalised words that are neither first names nor surnames, though some name lists hold them. */
const notNames = new Set([
  ...monthNames,
  ...weekdayNames,
  ...'Alle Viele Einige Mehrere Keine Jede Jeder Beide Andere Weitere Art Tag So Den Ein Eine Einen Ab Die Der Das Dem Des Im In Am An Auf Aus Bei Mit Nach Seit Von Vom Zum Zur Für Als Wie Auch Nun Laut Neue Neuer Neues Herr Frau Stadt Gemeinde Land Bund Kreis Jahr Jahre Ende Anfang Mitte Beginn Zeit Amt Haus Prozent Euro Sie Er Es Wir Ihr Sein Seine Ihre Kultur Wirtschaft Politik Sport Quelle Bildquelle Foto Stichwörter'.split(
    ' ',
  ),
]);

/** Nouns that name lists hold as first names; as surnames they are common ("Anke Bauer"). */
const notFirstNames = new Set('Will Mark Rose Christ Ernst Engel Kaiser Wolf Bauer Chief Winter Sommer Herbst Frühling'.split(' '));

/** First names common in German local news: the German, Turkish and Italian lists of gender-detection-from-name. */
const firstNameLists = [germanNames, turkishNames, italianNames];

/**
 * A first name of those lists (some 5,000 names), used only to recognise names:
 * gender comes from the text's wording, never from a name.
 */
export function isFirstName(word: string): boolean {
  if (notNames.has(word) || notFirstNames.has(word)) return false;
  return word.split('-').every((part) => /^\p{Lu}\p{Ll}+$/u.test(part) && firstNameLists.some((list) => list.has(part.toLowerCase())));
}

/** A capitalised word that can be a surname: not a function word, month or common heading. */
export function isSurname(word: string): boolean {
  return /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?$/u.test(word) && !notNames.has(word);
}

/** Titles that stand before a name and are kept as the person's honorific. */
export const honorificPattern =
  '(?:Prof\\. Dr\\. (?:med|phil|rer\\. nat|jur)\\.|Prof\\. Dr\\.|Prof\\.|Professorin|Professor|Dr\\. (?:med|phil|rer\\. nat|jur)\\.|Dr\\.|Dipl\\.-(?:Ing|Kfm|Kffr|Volksw|Päd|Soz)\\.(?: \\(FH\\))?)';

/** Adjectives before a role that say when or how it is held, not which role it is. */
export const statusAdjectives =
  /^(?:neue|bisherige|ehemalige|frühere|künftige|designierte|derzeitige|scheidende|langjährige|amtierende|kommissarische|ehrenamtliche|hauptamtliche|interimistische|alleinige|jetzige|heutige|damalige|zuständige)[nrsm]?$/;

/**
 * Adjectives before a role that make it another role: "kaufmännische Leiterin",
 * "stellvertretender Leiter", "Erste Beigeordnete". Verbs ending like adjectives
 * ("teilte Bürgermeister … mit") do not match.
 */
export const roleChangingAdjectives = /^(?:[a-zäöüß]+(?:isch|lich|end|ig|iv|al|ell)(?:e|er|en|es|em)|(?:erste|zweite|dritte|vierte)[nrs]?)$/;

/** The capacity an adjective or adverb near a role gives its tenure. */
export function capacityOf(word: string): 'acting' | 'honorary' | 'interim' | null {
  if (/^kommissarisch/i.test(word)) return 'acting';
  if (/^ehrenamtlich/i.test(word)) return 'honorary';
  if (/^interimistisch|^Interims/i.test(word)) return 'interim';
  return null;
}

/**
 * Endings of German words that name an office or function: what a role word outside
 * the vocabulary looks like ("Kassenwart", "Finanzvorstand", "Chefärztin").
 */
export const roleWordEndings =
  /(?:leiter|führer|sprecher|direktor|präsident|chef|arzt|ärzt|kurator|wart|meister|referent|dezernent|beauftragte|manager|koordinator|kanzler|rektor|intendant|dekan|vorstand|vorsitzende|vorsteher|schatzmeister|beisitzer|prokurist|officer|obmann|obfrau)(?:in|innen|en|er|r|s|n)?$/i;
