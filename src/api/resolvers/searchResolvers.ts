import { statusOf } from '../../domain/temporal.js';
import { parseLang, type Lang } from '../arguments.js';
import type { ApiContext } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import type { SearchHitModel } from '../models.js';
import { kindLabel, titleFor } from '../titles.js';
import { inOrder, viewTenures } from '../views.js';

/** A search hit's one-line description, from the same loaders as the rest of the answer (batched across hits). */
export const searchResolvers: Resolvers = {
  SearchHit: {
    description: (hit, { lang }, context) =>
      hit.kind === 'Person' ? describePerson(hit, parseLang('lang', lang), context) : describeOrganization(hit, parseLang('lang', lang), context),
  },
};

const words = {
  person: { de: 'Person', en: 'Person' },
  until: { de: 'bis', en: 'until' },
  since: { de: 'seit', en: 'since' },
  from: { de: 'ab', en: 'from' },
  partOf: { de: 'Teil von', en: 'part of' },
  planned: { de: 'geplant', en: 'planned' },
} satisfies Record<string, Record<Lang, string>>;

/**
 * The title and organisation of the person's latest tenure (the last in chronological
 * order), with its end, or its start while it has no end: "ab" when announced, "seit"
 * when reported. Everything known counts; the description names no day of its own, so
 * it changes only when the graph does.
 */
async function describePerson(hit: SearchHitModel, lang: Lang, { loaders }: ApiContext): Promise<string> {
  const latest = inOrder(viewTenures(await loaders.tenuresByPerson.load(hit.id), null)).at(-1);
  if (!latest) return words.person[lang];
  const { record, view } = latest;
  const role = `${titleFor(record.role, record.person, lang)}, ${record.organization.name}`;
  if (view.end) return `${role} (${words.until[lang]} ${view.end.value})`;
  if (view.start) return `${role} (${words[statusOf(view) === 'ANNOUNCED' ? 'from' : 'since'][lang]} ${view.start.value})`;
  return role;
}

/** The organisation's kind, planned or not, and the organisation it is a unit of. */
async function describeOrganization(hit: SearchHitModel, lang: Lang, { loaders }: ApiContext): Promise<string> {
  const organization = await loaders.organization.load(hit.id);
  if (!organization) return hit.kind;
  const kind = kindLabel(organization, lang);
  const what = organization.status === 'planned' ? `${kind} (${words.planned[lang]})` : kind;
  const parent = organization.partOfId ? await loaders.organization.load(organization.partOfId) : null;
  return parent ? `${what}, ${words.partOf[lang]} ${parent.name}` : what;
}
