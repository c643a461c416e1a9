import type { IsoDate } from '../../../src/domain/calendar.js';
import type {
  ActivityValues,
  Capacity,
  Citation,
  Claim,
  Gender,
  Organization,
  OrganizationValues,
  Ownership,
  OwnershipValues,
  Person,
  PersonValues,
  PlanValues,
  Role,
  StatedDate,
  Tenure,
  TenureValues,
} from '../../../src/domain/entities.js';
import type { FactSet } from '../../../src/domain/FactSet.js';
import { parsePartialDate } from '../../../src/domain/partialDate.js';
import {
  reconcileActivity,
  reconcileOrganization,
  reconcileOwnership,
  reconcilePerson,
  reconcilePlan,
  reconcileTenure,
} from '../../../src/domain/reconcileFacts.js';
import type { StatedValue } from '../../../src/domain/statements.js';
import { said, sourceOfDay, statement } from '../../fixtures/statements.js';

/**
 * Small FactSets for the API's tests: the unit tests read them through fake
 * repositories, the integration tests write them with the FactWriter and read them
 * back from Neo4j, so both sides answer from the same facts. Each fact is built the
 * way the seeder builds it: from its sources' statements, reconciled by the domain.
 */

/** A partial date as stated, e.g. `2018`, `2022-02`, `2022-02-01`; with a reason when inferred. */
export function stated(value: string, inference: string | null = null): StatedDate {
  const date = parsePartialDate(value);
  if (!date) throw new RangeError(`Not a partial date: ${value}`);
  return { ...date, inference };
}

export function emptyFacts(): FactSet {
  return { sources: [], roles: [], people: [], organizations: [], posts: [], tenures: [], ownerships: [], plans: [], activities: [], citations: [] };
}

export const managingDirector: Role = {
  key: 'managing-director',
  en: 'Managing Director',
  de: { masculine: 'Geschäftsführer', feminine: 'Geschäftsführerin', neutral: 'Geschäftsführung' },
};

/** The day the miniature article was published. */
export const published = '2021-12-13';

/** The source the miniature article's entities are stated in. */
const entitySource = 'mini-article';

const dateValue = (date: StatedDate | null | undefined): StatedValue<string> | undefined =>
  date ? said(date.value, date.inference ? { inference: date.inference } : {}) : undefined;

/** A person as one source (the miniature article) describes them. */
export function person(id: string, name: string, gender: Gender = 'unknown', extra: Partial<Pick<Person, 'aliases' | 'honorific' | 'birth'>> = {}): Person {
  const values: { [F in keyof PersonValues]?: PersonValues[F] | StatedValue<PersonValues[F]> } = {
    name,
    aliases: extra.aliases && extra.aliases.length > 0 ? extra.aliases : undefined,
    honorific: extra.honorific ?? undefined,
    gender: gender === 'unknown' ? undefined : gender,
    birth: dateValue(extra.birth),
  };
  return reconcilePerson(id, [statement<PersonValues>(entitySource, published, ['attribute'], values)])!;
}

/** An organisation as one source (the miniature article) describes it. */
export function organization(id: string, name: string, extra: Partial<Pick<Organization, 'aliases' | 'kind' | 'partOfId' | 'description'>> = {}): Organization {
  const values: { [F in keyof OrganizationValues]?: OrganizationValues[F] } = {
    name,
    kind: extra.kind ?? 'company',
    aliases: extra.aliases && extra.aliases.length > 0 ? extra.aliases : undefined,
    partOf: extra.partOfId ?? undefined,
    description: extra.description ?? undefined,
  };
  return reconcileOrganization({ id }, [statement<OrganizationValues>(entitySource, published, ['attribute'], values)])!;
}

/**
 * Which sources back which part of a fact, as publication days: each day is one source
 * (`source-<day>`), stating what the lists say it states.
 */
export interface EvidenceDates {
  cited?: IsoDate[];
  confirmed?: IsoDate[];
  startCited?: IsoDate[];
  endCited?: IsoDate[];
}

export interface TenureSpec extends EvidenceDates {
  id: string;
  personId: string;
  postId: string;
  start?: StatedDate | null;
  end?: StatedDate | null;
  capacity?: Capacity;
  planned?: boolean;
  predecessorId?: string | null;
  predecessorCited?: IsoDate[];
  inference?: string | null;
}

/** The miniature article states what is known on its day; any other day is a source of its own. */
const sourceFor = (day: IsoDate) => (day === published ? entitySource : sourceOfDay(day));

/** The organisation a test post belongs to: the part of its id before the role. */
const organizationOfPost = (postId: string) => (postId.includes('/') ? postId.slice(0, postId.lastIndexOf('/')) : postId);

/** A tenure stated by one source per day of its evidence. */
export function tenure(spec: TenureSpec): Tenure {
  const cited = spec.cited ?? [];
  const startCited = spec.startCited ?? (spec.start ? cited : []);
  const endCited = spec.endCited ?? (spec.end ? cited : []);
  const predecessorCited = spec.predecessorCited ?? (spec.predecessorId ? cited : []);
  const confirmed = spec.confirmed ?? [];
  const days = [...new Set([...cited, ...confirmed, ...startCited, ...endCited, ...predecessorCited])].sort();
  const organizationId = organizationOfPost(spec.postId);
  const statements = days.map((day, index) => {
    const supports: Claim[] = [];
    if (confirmed.includes(day)) supports.push('current');
    if (startCited.includes(day)) supports.push('start');
    if (endCited.includes(day)) supports.push('end');
    if (predecessorCited.includes(day)) supports.push('predecessor');
    return statement<TenureValues>(
      sourceFor(day),
      day,
      supports,
      {
        organization: spec.inference ? said(organizationId, { inference: spec.inference }) : organizationId,
        start: startCited.includes(day) ? dateValue(spec.start) : undefined,
        end: endCited.includes(day) ? dateValue(spec.end) : undefined,
        predecessor: predecessorCited.includes(day) ? (spec.predecessorId ?? undefined) : undefined,
        capacity: index === 0 && spec.capacity && spec.capacity !== 'regular' ? spec.capacity : undefined,
        planned: index === 0 && spec.planned ? true : undefined,
      },
      spec.inference ?? null,
    );
  });
  const result = reconcileTenure({ id: spec.id, personId: spec.personId, postId: spec.postId, postOrganizationId: organizationId }, statements);
  if (!result) throw new RangeError(`Tenure ${spec.id} needs at least one day of evidence.`);
  return result;
}

/** A tenure as known on `knownOn`: reconciled from the sources published by then; null before the first. */
export function knownAs(fact: Tenure, knownOn?: IsoDate | null): Tenure | null {
  return reconcileTenure({ ...fact, postOrganizationId: fact.organizationId }, fact.statements, knownOn);
}

/** A stake stated by one source per day of its evidence. */
export function ownership(id: string, ownerId: string, ownedId: string, percentage: number | null, dates: EvidenceDates): Ownership {
  const days = [...new Set([...(dates.cited ?? []), ...(dates.confirmed ?? [])])].sort();
  const statements = days.map((day) =>
    statement<OwnershipValues>(sourceFor(day), day, (dates.confirmed ?? []).includes(day) ? ['current', 'percentage'] : ['percentage'], {
      percentage: percentage ?? undefined,
    }),
  );
  return reconcileOwnership({ id, ownerId, ownedId }, statements)!;
}

/** A citation quoting `quote` from `source`; the quote must occur in the source's text. */
export function cite(facts: FactSet, factId: string, sourceId: string, quote: string, supports: Claim[] = ['existence']): Citation {
  const source = facts.sources.find((s) => s.id === sourceId);
  if (!source) throw new RangeError(`No source ${sourceId}`);
  const startOffset = source.text.indexOf(quote);
  if (startOffset < 0) throw new RangeError(`Quote not in ${sourceId}: ${quote}`);
  const citation: Citation = {
    id: `${factId}@${sourceId}#${startOffset}`,
    factId,
    sourceId,
    quote,
    startOffset,
    endOffset: startOffset + quote.length,
    supports,
    knownFrom: source.published.latest,
  };
  facts.citations.push(citation);
  return citation;
}

const articleText = [
  'KL.digital bekommt zum 1. Februar 2022 mit Ilona Benz eine neue Geschäftsführerin.',
  'Sie tritt die Nachfolge von Martin Verlage an, der seinen Vertrag über das Jahresende hinaus nicht verlängern wird.',
  'Die Stadt ist alleinige Gesellschafterin der KL.digital.',
  'Die Stabsstelle Digitalisierung beim Gemeindetag Baden-Württemberg hat sie seit 2018 geleitet.',
  'Die Stellen des CDO und Chief Urban Officers werden von Dieter Rombach und Gerhard Steinebach ehrenamtlich geführt.',
].join('\n');

/**
 * A miniature of the kommune21 article of 2021-12-13: Verlage leaves KL.digital at the
 * end of 2021, Benz follows on 2022-02-01, the city owns KL.digital outright, Benz has
 * led the Gemeindetag's Stabsstelle since 2018, Rombach serves as CDO honorarily.
 */
export function miniArticle(): FactSet {
  const facts = emptyFacts();
  facts.sources.push({
    id: 'mini-article',
    title: 'KL.digital bekommt neue Geschäftsleitung',
    publisher: 'kommune21',
    url: null,
    published: { value: published, precision: 'DAY', earliest: published, latest: published },
    author: 'aö',
    language: 'de',
    text: articleText,
    photoCredit: null,
  });
  facts.roles.push(
    managingDirector,
    { key: 'head', en: 'Head', de: { masculine: 'Leiter', feminine: 'Leiterin', neutral: 'Leitung' } },
    {
      key: 'chief-digital-officer',
      en: 'Chief Digital Officer',
      de: { masculine: 'Chief Digital Officer', feminine: 'Chief Digital Officer', neutral: 'Chief Digital Officer' },
    },
  );
  facts.people.push(
    person('ilona-benz', 'Ilona Benz', 'female', { birth: stated('1989-12-14/1990-12-13', 'Die 31-Jährige, in einem Artikel vom 2021-12-13.') }),
    person('martin-verlage', 'Martin Verlage', 'male'),
    person('dieter-rombach', 'Dieter Rombach', 'male', { honorific: 'Prof.' }),
  );
  facts.organizations.push(
    organization('kl-digital', 'KL.digital', { description: { de: 'Städtische Gesellschaft', en: 'The city’s company' } }),
    organization('stadt-kaiserslautern', 'Stadt Kaiserslautern', { kind: 'municipality', aliases: ['Kaiserslautern'] }),
    organization('gemeindetag-baden-wuerttemberg', 'Gemeindetag Baden-Württemberg', { kind: 'association' }),
    organization('gemeindetag-baden-wuerttemberg/stabsstelle-digitalisierung', 'Stabsstelle Digitalisierung', {
      kind: 'administrative-unit',
      partOfId: 'gemeindetag-baden-wuerttemberg',
    }),
  );
  facts.posts.push(
    { id: 'kl-digital/managing-director', organizationId: 'kl-digital', roleKey: 'managing-director' },
    { id: 'stabsstelle-digitalisierung/head', organizationId: 'gemeindetag-baden-wuerttemberg/stabsstelle-digitalisierung', roleKey: 'head' },
    { id: 'stadt-kaiserslautern/chief-digital-officer', organizationId: 'stadt-kaiserslautern', roleKey: 'chief-digital-officer' },
  );
  facts.tenures.push(
    tenure({
      id: 'verlage-kl-digital',
      personId: 'martin-verlage',
      postId: 'kl-digital/managing-director',
      end: stated('2021-12-31', 'Der Vertrag wird über das Jahresende hinaus nicht verlängert.'),
      cited: [published],
      confirmed: [published],
    }),
    tenure({
      id: 'benz-kl-digital',
      personId: 'ilona-benz',
      postId: 'kl-digital/managing-director',
      start: stated('2022-02-01'),
      predecessorId: 'verlage-kl-digital',
      cited: [published],
    }),
    tenure({
      id: 'benz-stabsstelle',
      personId: 'ilona-benz',
      postId: 'stabsstelle-digitalisierung/head',
      start: stated('2018'),
      cited: [published],
      confirmed: [published],
    }),
    tenure({
      id: 'rombach-cdo',
      personId: 'dieter-rombach',
      postId: 'stadt-kaiserslautern/chief-digital-officer',
      capacity: 'honorary',
      cited: [published],
      confirmed: [published],
    }),
  );
  facts.ownerships.push(ownership('stadt-owns-kl-digital', 'stadt-kaiserslautern', 'kl-digital', 100, { cited: [published], confirmed: [published] }));
  cite(facts, 'benz-kl-digital', 'mini-article', 'zum 1. Februar 2022 mit Ilona Benz eine neue Geschäftsführerin', ['existence', 'start']);
  cite(facts, 'benz-kl-digital', 'mini-article', 'Sie tritt die Nachfolge von Martin Verlage an', ['predecessor']);
  cite(facts, 'verlage-kl-digital', 'mini-article', 'der seinen Vertrag über das Jahresende hinaus nicht verlängern wird', ['current', 'end']);
  cite(facts, 'benz-stabsstelle', 'mini-article', 'Die Stabsstelle Digitalisierung beim Gemeindetag Baden-Württemberg hat sie seit 2018 geleitet.', [
    'current',
    'start',
  ]);
  cite(facts, 'rombach-cdo', 'mini-article', 'von Dieter Rombach und Gerhard Steinebach ehrenamtlich geführt', ['current']);
  cite(facts, 'stadt-owns-kl-digital', 'mini-article', 'Die Stadt ist alleinige Gesellschafterin der KL.digital.', ['existence', 'percentage', 'current']);
  cite(facts, 'ilona-benz', 'mini-article', 'eine neue Geschäftsführerin', ['attribute']);
  return facts;
}

/** The day the follow-up to the miniature article was published. */
export const followUpPublished = '2022-03-01';

/**
 * The miniature article and a follow-up that states other kinds of fact: KL.digital
 * itself, a plan of KL.digital's and an activity of Benz's, so every kind of fact a
 * source can state has one.
 */
export function miniArticleWithFollowUp(): FactSet {
  const facts = miniArticle();
  facts.sources.push({
    id: 'follow-up',
    title: 'KL.digital plant ein Referat',
    publisher: 'kommune21',
    url: 'https://example.org/follow-up',
    published: { value: followUpPublished, precision: 'DAY', earliest: followUpPublished, latest: followUpPublished },
    author: null,
    language: 'de',
    text: 'KL.digital ist die Digitalgesellschaft der Stadt. Ein Referat soll entstehen. Ilona Benz lehrt als Dozentin.',
    photoCredit: null,
  });
  const plan = reconcilePlan('plan-referat', [
    statement<PlanValues>('follow-up', followUpPublished, [], {
      description: { de: 'Ein Referat soll entstehen.', en: 'A unit is to be set up.' },
      concerns: ['kl-digital'],
    }),
  ]);
  const activity = reconcileActivity({ id: 'benz-lecturer', personId: 'ilona-benz' }, [
    statement<ActivityValues>('follow-up', followUpPublished, ['current'], { description: { de: 'Dozentin', en: 'Lecturer' } }),
  ]);
  if (!plan || !activity) throw new Error('the follow-up states a plan and an activity');
  facts.plans.push(plan);
  facts.activities.push(activity);
  cite(facts, 'kl-digital', 'follow-up', 'KL.digital ist die Digitalgesellschaft der Stadt.', ['existence', 'attribute']);
  cite(facts, 'plan-referat', 'follow-up', 'Ein Referat soll entstehen.');
  cite(facts, 'benz-lecturer', 'follow-up', 'Ilona Benz lehrt als Dozentin.', ['existence', 'current']);
  cite(facts, 'ilona-benz', 'follow-up', 'Ilona Benz lehrt', ['existence']);
  return facts;
}
