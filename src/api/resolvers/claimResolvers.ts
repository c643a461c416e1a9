import type { Claim as DomainClaim, LocalizedText } from '../../domain/entities.js';
import { parsePartialDate } from '../../domain/partialDate.js';
import { parseLang } from '../arguments.js';
import type { DateClaimResolvers, FieldClaimResolvers, Rank } from '../generated/graphql.js';
import type { ApiContext } from '../context.js';
import type { ClaimModel } from '../models.js';
import { knownCitations } from '../views.js';
import { loadRequired } from './loadRequired.js';
import { reasonInLang } from './valueResolvers.js';

/** Which kind of quote states each field: a start needs a quote cited for `start`, a name one for `existence`. */
const supportOfField: Record<string, DomainClaim> = {
  start: 'start',
  end: 'end',
  predecessor: 'predecessor',
  percentage: 'percentage',
  organization: 'existence',
  name: 'existence',
  aliases: 'existence',
  concerns: 'existence',
};

/** The claim's source's quotes of the fact that state the field; all its quotes of the fact when none is specific. */
async function quotesOf(claim: ClaimModel, { loaders }: ApiContext) {
  const citations = knownCitations(await loaders.citationsByFact.load(claim.factId), null, claim.personId).filter(
    (citation) => citation.sourceId === claim.sourceId,
  );
  const support = supportOfField[claim.field] ?? 'attribute';
  const specific = citations.filter((citation) => citation.supports.includes(support));
  return specific.length > 0 ? specific : citations;
}

const shared = {
  inferred: (claim: ClaimModel) => claim.inference !== null,
  inference: (claim: ClaimModel, { lang }: { lang: string }) => reasonInLang(claim.inference, lang),
  rank: (claim: ClaimModel) => claim.rank.toUpperCase() as Rank,
  source: (claim: ClaimModel, _args: unknown, context: ApiContext) => loadRequired(context.loaders.source, 'source', claim.sourceId),
  quotes: (claim: ClaimModel, _args: unknown, context: ApiContext) => quotesOf(claim, context),
};

function dateOf(claim: ClaimModel) {
  const date = parsePartialDate(String(claim.value));
  if (!date) throw new RangeError(`The ${claim.field} claim of ${claim.factId} is not a partial date: ${String(claim.value)}`);
  return date;
}

export const dateClaimResolvers: DateClaimResolvers = {
  ...shared,
  value: (claim) => dateOf(claim).value,
  precision: (claim) => dateOf(claim).precision,
  earliest: (claim) => dateOf(claim).earliest,
  latest: (claim) => dateOf(claim).latest,
};

export const fieldClaimResolvers: FieldClaimResolvers = {
  ...shared,
  value: (claim, { lang }) => claimText(claim.value, parseLang('lang', lang)),
};

/** A claim's value as text: a description in the language asked for, a list joined, anything else as written. */
function claimText(value: unknown, lang: 'de' | 'en'): string {
  if (Array.isArray(value)) return value.map((item) => claimText(item, lang)).join(', ');
  if (value !== null && typeof value === 'object') {
    if ('de' in value && 'en' in value) return (value as LocalizedText)[lang];
    if ('scheme' in value && 'value' in value) return `${String(value.scheme)}: ${String(value.value)}`;
    if ('name' in value) return String(value.name);
  }
  return String(value);
}
