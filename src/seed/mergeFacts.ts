import type { Activity, Evidence, Ownership, Plan, Post, StatedDate, Tenure } from '../domain/entities.js';
import { buildCitations, citationId } from './buildCitations.js';
import { agreedValue, groupById, placeOf, problemAt, type Declared } from './declarations.js';
import type { FactFile } from './factFileSchema.js';
import { readStatedDate, requireClaim, type MergeContext } from './mergeContext.js';
import { inferenceOf, unionOf } from './mergeEntities.js';

type TenureEntry = FactFile['tenures'][number];
type OwnershipEntry = FactFile['ownerships'][number];
type PostEntry = FactFile['posts'][number] & { id: string };
type PlanEntry = FactFile['plans'][number];
type ActivityEntry = FactFile['activities'][number];
type RawDate = { value: string; inference: string | null } | null | undefined;

/** The id of the post a role in an organisation names: `kl-digital/managing-director`. */
export function postIdOf(organizationId: string, roleKey: string): string {
  return `${organizationId}/${roleKey}`;
}

/** Start and end of a fact, agreed across files; an end certainly before the start is a problem. */
function mergeInterval<T extends { start?: RawDate; end?: RawDate }>(group: Declared<T>[], id: string, context: MergeContext) {
  const { problems } = context;
  const read = (field: 'start' | 'end') => {
    const agreed = agreedValue(group, field, (d) => readStatedDate(d, field, d.value[field], problems), `the ${field} of ${id}`, problems, (s: StatedDate) => s.value);
    if (!agreed) return undefined;
    const inference = inferenceOf(agreed.stated.map((d) => d.value[field]?.inference ?? null));
    return { date: { ...agreed.value, inference }, stated: agreed.stated };
  };
  const start = read('start');
  const end = read('end');
  if (start && end && end.date.latest < start.date.earliest) {
    problems.push(problemAt(end.stated[0]!, ['end'], `The end (${end.date.value}) is before the start (${start.date.value}, at ${placeOf(start.stated[0]!, ['start'])}).`));
  }
  requireClaim(context, id, 'start', start?.stated, 'start');
  requireClaim(context, id, 'end', end?.stated, 'end');
  return { start: start?.date ?? null, end: end?.date ?? null };
}

function evidenceOf(context: MergeContext, id: string): Evidence {
  return {
    citedOn: context.citations.datesOf(id),
    confirmedOn: context.citations.datesOf(id, 'current'),
    startCitedOn: context.citations.datesOf(id, 'start'),
    endCitedOn: context.citations.datesOf(id, 'end'),
  };
}

/** A field every declaration of a fact must agree on, with its reference to check later. */
function agreedReference<T>(group: Declared<T>[], field: keyof T & string, id: string, context: MergeContext, target: 'person' | 'organization' | 'role' | 'tenure') {
  const agreed = agreedValue(group, field, (d) => d.value[field] as string | undefined, `the ${field} of ${id}`, context.problems);
  if (agreed) context.references.push({ declared: agreed.stated[0]!, field: [field], id: agreed.value, target });
  return agreed;
}

/** Merges tenures by id and derives the posts they hold; a post's existence is cited by its tenures' quotes. */
export function mergeTenures(declarations: Declared<TenureEntry>[], context: MergeContext): { tenures: Tenure[]; derivedPosts: Post[] } {
  const { problems } = context;
  const tenures: Tenure[] = [];
  const posts = new Map<string, Post>();
  for (const [id, group] of groupById(declarations, 'tenure', problems)) {
    for (const declared of group) context.citations.add(buildCitations(declared, 'tenure', id, context));
    const person = agreedReference(group, 'person', id, context, 'person');
    const organization = agreedReference(group, 'organization', id, context, 'organization');
    const role = agreedReference(group, 'role', id, context, 'role');
    const predecessor = agreedReference(group, 'predecessor', id, context, 'tenure');
    const capacity = agreedValue(group, 'capacity', (d) => d.value.capacity, `the capacity of ${id}`, problems);
    const planned = agreedValue(group, 'planned', (d) => d.value.planned, `whether ${id} is planned`, problems);
    const { start, end } = mergeInterval(group, id, context);
    requireClaim(context, id, 'predecessor', predecessor?.stated, 'predecessor');
    requireClaim(context, id, 'attribute', capacity && capacity.value !== 'regular' ? capacity.stated : undefined, 'capacity');
    if (!person || !organization || !role) continue;

    const postId = postIdOf(organization.value, role.value);
    posts.set(postId, { id: postId, organizationId: organization.value, roleKey: role.value });
    context.citations.add(context.citations.of(id).map((c) => ({ ...c, id: citationId(postId, c.sourceId, c.startOffset, c.endOffset), factId: postId, supports: ['existence'] })));
    tenures.push({
      id,
      personId: person.value,
      postId,
      start,
      end,
      capacity: capacity?.value ?? 'regular',
      planned: planned?.value ?? false,
      predecessorId: predecessor?.value ?? null,
      predecessorCitedOn: context.citations.datesOf(id, 'predecessor'),
      evidence: evidenceOf(context, id),
      inference: inferenceOf(group.map((d) => d.value.inference ?? null)),
    });
  }
  return { tenures, derivedPosts: [...posts.values()] };
}

/** Merges the posts files declare without a holder with those tenures imply. */
export function mergePosts(declarations: Declared<PostEntry>[], derived: Post[], context: MergeContext): Post[] {
  const posts = new Map(derived.map((p) => [p.id, p]));
  for (const [id, group] of groupById(declarations, 'post', context.problems)) {
    const first = group[0]!;
    for (const declared of group) context.citations.add(buildCitations(declared, 'post', id, context));
    context.references.push({ declared: first, field: ['organization'], id: first.value.organization, target: 'organization' });
    context.references.push({ declared: first, field: ['role'], id: first.value.role, target: 'role' });
    posts.set(id, { id, organizationId: first.value.organization, roleKey: first.value.role });
  }
  return [...posts.values()];
}

/** Merges ownerships by id. */
export function mergeOwnerships(declarations: Declared<OwnershipEntry>[], context: MergeContext): Ownership[] {
  const ownerships: Ownership[] = [];
  for (const [id, group] of groupById(declarations, 'ownership', context.problems)) {
    for (const declared of group) context.citations.add(buildCitations(declared, 'ownership', id, context));
    const owner = agreedReference(group, 'owner', id, context, 'organization');
    const owned = agreedReference(group, 'owned', id, context, 'organization');
    const percentage = agreedValue(group, 'percentage', (d) => d.value.percentage, `the percentage of ${id}`, context.problems);
    const { start, end } = mergeInterval(group, id, context);
    requireClaim(context, id, 'percentage', percentage?.stated, 'percentage');
    if (!owner || !owned) continue;
    ownerships.push({ id, ownerId: owner.value, ownedId: owned.value, percentage: percentage?.value ?? null, start, end, evidence: evidenceOf(context, id) });
  }
  return ownerships;
}

/** Merges plans by id; what they concern adds up across files. */
export function mergePlans(declarations: Declared<PlanEntry>[], context: MergeContext): Plan[] {
  const plans: Plan[] = [];
  for (const [id, group] of groupById(declarations, 'plan', context.problems)) {
    for (const declared of group) {
      context.citations.add(buildCitations(declared, 'plan', id, context));
      declared.value.concerns.forEach((target, index) => context.references.push({ declared, field: ['concerns', index], id: target, target: 'post-or-organization' }));
    }
    const description = agreedValue(group, 'description', (d) => d.value.description, `the description of ${id}`, context.problems);
    plans.push({ id, description: description?.value ?? group[0]!.value.description, concerns: unionOf(group.map((d) => d.value.concerns)) });
  }
  return plans;
}

/** Merges activities by id; they are confirmed on the days sources call them current. */
export function mergeActivities(declarations: Declared<ActivityEntry>[], context: MergeContext): Activity[] {
  const activities: Activity[] = [];
  for (const [id, group] of groupById(declarations, 'activity', context.problems)) {
    for (const declared of group) context.citations.add(buildCitations(declared, 'activity', id, context));
    const person = agreedReference(group, 'person', id, context, 'person');
    const description = agreedValue(group, 'description', (d) => d.value.description, `the description of ${id}`, context.problems);
    if (!person) continue;
    activities.push({ id, personId: person.value, description: description?.value ?? group[0]!.value.description, confirmedOn: context.citations.datesOf(id, 'current') });
  }
  return activities;
}
