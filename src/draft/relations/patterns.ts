/**
 * Building blocks of the relation rules, which match tagged sentences (see
 * tagSentence): `⟦P0⟧` a person, `⟦O1⟧` an organisation, `⟦R2⟧` a role word,
 * `⟦T3⟧` a temporal expression. Groups capture the tag numbers.
 */
export const P = (name: string) => `⟦P(?<${name}>\\d+)⟧`;
export const O = (name: string) => `⟦O(?<${name}>\\d+)⟧`;
export const R = (name: string) => `⟦R(?<${name}>\\d+)⟧`;
export const T = '⟦T\\d+⟧';
/** Any tag, for words that may stand between the parts of a pattern. */
export const anyTag = '⟦[PORT]\\d+⟧';
/** An article, possessive or contracted preposition before a noun, with its space. */
export const det = '(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seiner|ihr|ihre|ihren|ihrer|zum|zur) )?';
/** Lowercase words (adjectives, adverbs) and dates, each with its space. */
export const lowercaseOrDates = `(?:(?:[a-zäöüß]+|${T}) )*?`;
/** Prepositions that attach an organisation to a role: "Leiterin der …", "Kämmerer in …". */
export const attachingPreposition = '(?:der|des|bei der|beim|bei|im|in der|in|von der|vom|von|am|an der|für die|für den|für das|zur|zum)';

/** The capacity words of a clause. */
export const capacityWords = /(?<![\p{L}])(?:kommissarisch|ehrenamtlich|interimistisch)\p{Ll}*/u;

/** Verbs and words that make the holding one of the day the source appeared. */
export const currentWords =
  /(?<![\p{L}])(?:ist|bleibt|derzeit|derzeitige[nr]?|aktuell|amtierende[nr]?|bislang|bisher|bisherige[nr]?|leitet|führt|engagiert)(?![\p{L}])/u;
/** … and words that make it past or still to come. */
export const notCurrentWords =
  /(?<![\p{L}])(?:war|wurde|ehemalige[nr]?|frühere[nr]?|zuvor|zuletzt|wird|werden|neue[nr]?|künftige[nr]?|designierte[nr]?|Neue[rs]?)(?![\p{L}])/u;

/** Words that begin a tenure, and words that end one, in the clause of a date. */
export const startWords =
  /(?<![\p{L}])(?:übernimm\p{Ll}*|übernahm\p{Ll}*|übernommen|übernehmen|gewechselt|antreten|angetreten|antritt|beginn\p{Ll}*|begann|gerückt|gewählt|wählte\p{Ll}*|bestellt|bestellte|bestellten|ernannt|ernannte|ernannten|berufen|berief|beriefen|wechsel\p{Ll}*|kommt|rückt|rückte|nachrück\p{Ll}*|Nachfolger\p{Ll}*|Amtsantritt|neue[nr]?)(?![\p{L}])/u;
export const endWords =
  /(?<![\p{L}])(?:verlässt|verlassen|verließ|scheidet|ausscheiden|ausgeschieden|schied|Ruhestand|Pension|verabschiedet|verabschiedete|verlängern|verlängert|kandidier\p{Ll}*|endet|endete|Weggang|Abschied|Ausscheiden|auslaufend\p{Ll}*|aufhören|hört)(?![\p{L}])/u;
