import type { Activity, ActivityValues, Ownership, OwnershipValues, Plan, PlanValues, Post, Tenure, TenureValues } from '../domain/entities.js';
import { reconcileActivity, reconcileOwnership, reconcilePlan, reconcileTenure } from '../domain/reconcileFacts.js';
import { reconcileValue } from '../domain/reconcile.js';
import type { SourceStatement } from '../domain/statements.js';
import type { Reason } from '../domain/reasons.js';
import { buildCitations, citationId } from './buildCitations.js';
import { buildStatement, requireStatedFor, requireSupport, type EntryValue } from './buildStatement.js';
import { agreedValue, groupById, placeOf, problemAt, type Declared } from './declarations.js';
import type { FactFile } from './factFileSchema.js';
import { readStatedDate, type MergeContext } from './mergeContext.js';

type TenureEntry = FactFile['tenures'][number];
type OwnershipEntry = FactFile['ownerships'][number];
type PostEntry = FactFile['posts'][number] & { id: string };
type PlanEntry = FactFile['plans'][number];
type ActivityEntry = FactFile['activities'][number];
type RawDate = { value: string; inference: Reason | null } | null | undefined;

/** The id of the post a role in an organisation names: `kl-digital/managing-director`. */
export function postIdOf(organizationId: string, roleKey: string): string {
  return `${organizationId}/${roleKey}`;
}

/**
 * The start and end one entry states, checked: each must be a date, supported by a quote
 * of the same file, and the end must not certainly precede the start. Sources that
 * disagree with each other are no error: that is a dispute the reconciliation shows.
 */
function statedInterval(
  declared: Declared<{ start?: RawDate; end?: RawDate } & { cite: FactFile['tenures'][number]['cite'] }>,
  id: string,
  context: MergeContext,
) {
  const read = (field: 'start' | 'end') => {
    const date = readStatedDate(declared, field, declared.value[field], context.problems);
    if (date) requireSupport(declared, id, field, field, context);
    return date;
  };
  const start = read('start');
  const end = read('end');
  if (start && end && end.latest < start.earliest) {
    context.problems.push(problemAt(declared, ['end'], `The end (${end.value}) is before the start (${start.value}, at ${placeOf(declared, ['start'])}).`));
  }
  return { start, end };
}

/** A field every declaration of a fact must agree on (who holds it, which role), with its reference to check later. */
function agreedReference<T>(group: Declared<T>[], field: keyof T & string, id: string, context: MergeContext, target: 'person' | 'organization' | 'role') {
  const agreed = agreedValue(group, field, (d) => d.value[field] as string | undefined, `the ${field} of ${id}`, context.problems);
  if (agreed) context.references.push({ declared: agreed.stated[0]!, field: [field], id: agreed.value, target });
  return agreed;
}

function tenureStatement(id: string, declared: Declared<TenureEntry>, context: MergeContext): SourceStatement<TenureValues> {
  context.citations.add(buildCitations(declared, 'tenure', id, context));
  const entry = declared.value;
  const { start, end } = statedInterval(declared, id, context);
  // The organisation is implicit exactly where the entry says why the tenure follows from its quotes.
  const values: { [F in keyof TenureValues]?: EntryValue<TenureValues[F]> } = {
    organization: { value: entry.organization, inference: entry.inference ?? null },
    start,
    end,
    capacity: entry.capacity ? { value: entry.capacity } : undefined,
    planned: entry.planned != null ? { value: entry.planned } : undefined,
    predecessor: entry.predecessor ? { value: entry.predecessor } : undefined,
  };
  context.references.push({ declared, field: ['organization'], id: entry.organization, target: 'organization' });
  if (entry.predecessor) {
    context.references.push({ declared, field: ['predecessor'], id: entry.predecessor, target: 'tenure' });
    requireSupport(declared, id, 'predecessor', 'predecessor', context);
  }
  if (entry.capacity && entry.capacity !== 'regular') requireSupport(declared, id, 'capacity', 'attribute', context);
  context.problems.push(...requireStatedFor(declared, { start: entry.start != null, end: entry.end != null, predecessor: Boolean(entry.predecessor) }));
  return buildStatement('tenure', declared, values, context);
}

/**
 * Merges tenures by id and derives the posts they hold. Each file's entry is its
 * source's statement; who holds the tenure and which role it is must agree, everything
 * else may differ and is reconciled. The post is the role in the organisation the
 * sources name (by the same rules); its existence is cited by the tenure's quotes.
 */
export function mergeTenures(declarations: Declared<TenureEntry>[], context: MergeContext): { tenures: Tenure[]; derivedPosts: Post[] } {
  const tenures: Tenure[] = [];
  const posts = new Map<string, Post>();
  for (const [id, group] of groupById(declarations, 'tenure', context.problems)) {
    const person = agreedReference(group, 'person', id, context, 'person');
    const role = agreedReference(group, 'role', id, context, 'role');
    const statements = group.map((declared) => tenureStatement(id, declared, context));
    const organizationId = reconcileValue(statements, 'organization').value ?? group[0]!.value.organization;
    if (!person || !role) continue;

    const postId = postIdOf(organizationId, role.value);
    posts.set(postId, { id: postId, organizationId, roleKey: role.value });
    context.citations.add(
      context.citations.of(id).map((c) => ({ ...c, id: citationId(postId, c.sourceId, c.startOffset, c.endOffset), factId: postId, supports: ['existence'] })),
    );
    const tenure = reconcileTenure({ id, personId: person.value, postId, postOrganizationId: organizationId }, statements);
    if (tenure) tenures.push(tenure);
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

/** Merges ownerships by id: who owns whom must agree; the share and the dates are each source's claims. */
export function mergeOwnerships(declarations: Declared<OwnershipEntry>[], context: MergeContext): Ownership[] {
  const ownerships: Ownership[] = [];
  for (const [id, group] of groupById(declarations, 'ownership', context.problems)) {
    const owner = agreedReference(group, 'owner', id, context, 'organization');
    const owned = agreedReference(group, 'owned', id, context, 'organization');
    const statements = group.map((declared): SourceStatement<OwnershipValues> => {
      context.citations.add(buildCitations(declared, 'ownership', id, context));
      const { start, end } = statedInterval(declared, id, context);
      const percentage = declared.value.percentage ?? undefined;
      if (percentage !== undefined) requireSupport(declared, id, 'percentage', 'percentage', context);
      context.problems.push(
        ...requireStatedFor(declared, { start: declared.value.start != null, end: declared.value.end != null, percentage: percentage !== undefined }),
      );
      return buildStatement<OwnershipValues>(
        'ownership',
        declared,
        { percentage: percentage === undefined ? undefined : { value: percentage }, start, end },
        context,
      );
    });
    if (!owner || !owned) continue;
    const ownership = reconcileOwnership({ id, ownerId: owner.value, ownedId: owned.value }, statements);
    if (ownership) ownerships.push(ownership);
  }
  return ownerships;
}

/**
 * Merges plans by id; what they concern adds up across files. A second source may
 * corroborate a plan by its id and quotes alone; one file must describe it.
 */
export function mergePlans(declarations: Declared<PlanEntry>[], context: MergeContext): Plan[] {
  const plans: Plan[] = [];
  for (const [id, group] of groupById(declarations, 'plan', context.problems)) {
    const statements = group.map((declared): SourceStatement<PlanValues> => {
      context.citations.add(buildCitations(declared, 'plan', id, context));
      declared.value.concerns.forEach((target, index) =>
        context.references.push({ declared, field: ['concerns', index], id: target, target: 'post-or-organization' }),
      );
      const { description, concerns } = declared.value;
      return buildStatement<PlanValues>(
        'plan',
        declared,
        { description: description ? { value: description } : undefined, concerns: concerns.length > 0 ? { value: concerns } : undefined },
        context,
      );
    });
    requireDescribed(group, 'plan', id, context);
    if (!group.some((declared) => declared.value.concerns.length > 0))
      context.problems.push(problemAt(group[0]!, [], `No file states what plan ${id} concerns; add concerns: [organisation or post ids].`));
    const plan = reconcilePlan(id, statements);
    if (plan) plans.push(plan);
  }
  return plans;
}

/** Merges activities by id; they are confirmed on the days sources call them current. */
export function mergeActivities(declarations: Declared<ActivityEntry>[], context: MergeContext): Activity[] {
  const activities: Activity[] = [];
  for (const [id, group] of groupById(declarations, 'activity', context.problems)) {
    const person = agreedReference(group, 'person', id, context, 'person');
    const statements = group.map((declared): SourceStatement<ActivityValues> => {
      context.citations.add(buildCitations(declared, 'activity', id, context));
      const { description } = declared.value;
      return buildStatement<ActivityValues>('activity', declared, { description: description ? { value: description } : undefined }, context);
    });
    requireDescribed(group, 'activity', id, context);
    if (!person) continue;
    const activity = reconcileActivity({ id, personId: person.value }, statements);
    if (activity) activities.push(activity);
  }
  return activities;
}

/** Prose is written once: other sources corroborate by id, but one file must describe the fact. */
function requireDescribed(group: Declared<{ description?: unknown }>[], kind: string, id: string, context: MergeContext): void {
  if (group.some((declared) => declared.value.description)) return;
  context.problems.push(
    problemAt(group[0]!, [], `No file describes ${kind} ${id}; add description: { de: …, en: … } in one of them (others may cite it by id alone).`),
  );
}
