import type { IsoDate } from '../domain/calendar.js';
import type { Activity, Citation, ClaimOutcome, Organization, Person, StatedDate } from '../domain/entities.js';
import { reconcileActivity, reconcileOrganization, reconcileOwnership, reconcilePerson, reconcilePlan, reconcileTenure } from '../domain/reconcileFacts.js';
import { isKnownOn } from '../domain/statements.js';
import { buildSuccessionChain } from '../domain/succession.js';
import { certaintyAt, possibleInterval } from '../domain/temporal.js';
import type { OwnershipRecord } from '../graph/OwnershipRepository.js';
import type { PlanRecord } from '../graph/PlanRepository.js';
import type { PostWithTenures } from '../graph/PostRepository.js';
import type { TenureRecord } from '../graph/TenureRepository.js';
import type {
  ActivityModel,
  ClaimModel,
  HoldingModel,
  OrganizationModel,
  OwnershipModel,
  PartialDateModel,
  PersonModel,
  PlanModel,
  SuccessionStepModel,
  TenureModel,
  VacancyModel,
} from './models.js';

/**
 * Turns what the repositories read into what the resolvers return, deciding every
 * question with the domain's rules: what was known on `knownOn` (the facts reconciled
 * from the sources published by then), who held a post on a day, in which order, with
 * which gaps.
 */

/** The person as known on `knownOn`; null when no source published by then names them. */
export function personAt(person: Person, knownOn: IsoDate | null): PersonModel | null {
  const view = knownOn ? reconcilePerson(person.id, person.statements, knownOn) : person;
  return view && { ...view, knownOn };
}

/** The organisation as known on `knownOn`; null when no source published by then names it. */
export function organizationAt(organization: Organization, knownOn: IsoDate | null): OrganizationModel | null {
  const analystIdentifiers = organization.identifiers.filter((identifier) => identifier.sourceId === null);
  const view = knownOn ? reconcileOrganization({ id: organization.id, analystIdentifiers }, organization.statements, knownOn) : organization;
  return view && { ...view, knownOn };
}

/**
 * An entity that a known fact links to (a tenure's holder, a stake's owner): as known on
 * `knownOn`, or, where its own sources came later than the fact's, as the graph holds it
 * now: the fact's source names it, so it is known, and only its own description waits.
 */
export function linkedAt<T extends { knownOn: IsoDate | null }, E>(
  entity: E,
  knownOn: IsoDate | null,
  at: (entity: E, knownOn: IsoDate | null) => T | null,
): T {
  return at(entity, knownOn) ?? { ...at(entity, null)!, knownOn };
}

/** The tenures as known on `knownOn`; those no source had mentioned by then are left out. */
export function viewTenures(records: readonly TenureRecord[], knownOn: IsoDate | null): TenureModel[] {
  const models: TenureModel[] = [];
  for (const record of records) {
    const { tenure } = record;
    const view = knownOn ? reconcileTenure({ ...tenure, postOrganizationId: record.post.organizationId }, tenure.statements, knownOn) : tenure;
    if (view) models.push({ record, view, knownOn });
  }
  return models;
}

/** The tenures in succession order: by start, explicit succession links winning. */
export function successionOf(models: readonly TenureModel[]): SuccessionStepModel[] {
  const byId = new Map(models.map((model) => [model.view.id, model]));
  return buildSuccessionChain(models.map((model) => model.view)).map((step) => ({
    tenure: byId.get(step.view.id) as TenureModel,
    vacancyBefore: step.vacancyBefore,
  }));
}

/** The tenures in chronological order (the succession order without any links to follow). */
export function inOrder(models: readonly TenureModel[]): TenureModel[] {
  return successionOf(models).map((step) => step.tenure);
}

/** Who held the post on `at`: certain holders first, each group in succession order. */
export function holdingsAt(models: readonly TenureModel[], at: IsoDate): HoldingModel[] {
  const holdings: HoldingModel[] = [];
  for (const tenure of inOrder(models)) {
    const certainty = certaintyAt(tenure.view, at);
    if (certainty) holdings.push({ tenure, certainty });
  }
  return holdings.sort((a, b) => (a.certainty === b.certainty ? 0 : a.certainty === 'CERTAIN' ? -1 : 1));
}

/**
 * `holdingsAt` over only the tenures that may have held the post on `at` (the others
 * hold nothing that day), or null when their order needs the post's other tenures.
 *
 * The succession order places each tenure after its linked predecessor and otherwise
 * by date. Among the reaching tenures, one whose predecessor is not among them starts a
 * chain of its own (a root). With one root, every other reaching tenure hangs from it
 * by links among themselves, in the same order the whole post gives. With several
 * roots, their order is their dates' only if none of them follows an earlier tenure: a
 * root linked to a tenure outside is placed after that one, which only the whole post
 * shows. Links that form a cycle are left to the whole post too.
 */
export function holdingsAmongReaching(reaching: readonly TenureModel[], at: IsoDate): HoldingModel[] | null {
  if (reaching.length <= 1) return holdingsAt(reaching, at);
  const ids = new Set(reaching.map((model) => model.view.id));
  const isRoot = (view: TenureModel['view']) => view.predecessorId === null || view.predecessorId === view.id || !ids.has(view.predecessorId);
  const roots = reaching.filter((model) => isRoot(model.view));
  if (roots.length > 1 && roots.some((model) => model.view.predecessorId !== null && model.view.predecessorId !== model.view.id)) return null;
  const followers = new Map<string, string[]>();
  for (const { view } of reaching) if (!isRoot(view)) followers.set(view.predecessorId!, [...(followers.get(view.predecessorId!) ?? []), view.id]);
  const hanging = new Set<string>();
  const hang = (id: string): void => {
    if (hanging.has(id)) return;
    hanging.add(id);
    for (const follower of followers.get(id) ?? []) hang(follower);
  };
  for (const root of roots) hang(root.view.id);
  return hanging.size === reaching.length ? holdingsAt(reaching, at) : null;
}

/** The post's vacancy on `at`, or null when someone held it then, certainly or possibly. */
export function vacancyAt(post: PostWithTenures, at: IsoDate, knownOn: IsoDate | null): VacancyModel | null {
  const ordered = inOrder(viewTenures(post.tenures, knownOn));
  if (ordered.some((tenure) => certaintyAt(tenure.view, at) !== null)) return null;
  // Nobody may have held it on `at`, so every tenure lies wholly before or wholly after it.
  const before = ordered.filter((tenure) => {
    const possible = possibleInterval(tenure.view);
    return possible.to !== null && possible.to < at;
  });
  const after = ordered.filter((tenure) => !before.includes(tenure));
  return { post: { post: post.post, role: post.role, knownOn }, previous: before.at(-1) ?? null, next: after[0] ?? null };
}

/** The tenures next to `model` in its post's succession chain, as known on the same day. */
export function neighboursOf(model: TenureModel, postTenures: readonly TenureRecord[]) {
  const steps = successionOf(viewTenures(postTenures, model.knownOn));
  const index = steps.findIndex((step) => step.tenure.view.id === model.view.id);
  return {
    predecessor: index > 0 ? (steps[index - 1]?.tenure ?? null) : null,
    successor: index >= 0 ? (steps[index + 1]?.tenure ?? null) : null,
  };
}

/** The stakes as known on `knownOn`; with `at`, only those held (certainly or possibly) that day. */
export function viewOwnerships(records: readonly OwnershipRecord[], knownOn: IsoDate | null, at: IsoDate | null): OwnershipModel[] {
  const models: OwnershipModel[] = [];
  for (const record of records) {
    const view = knownOn ? reconcileOwnership(record.ownership, record.ownership.statements, knownOn) : record.ownership;
    if (view && (at === null || certaintyAt(view, at) !== null)) models.push({ record, view, knownOn });
  }
  return models;
}

/** The plans as known on `knownOn`, each concerning only what the sources known by then say it concerns. */
export function viewPlans(records: readonly PlanRecord[], knownOn: IsoDate | null): PlanModel[] {
  const models: PlanModel[] = [];
  for (const record of records) {
    const plan = knownOn ? reconcilePlan(record.plan.id, record.plan.statements, knownOn) : record.plan;
    if (!plan) continue;
    const concerns = new Set(plan.concerns);
    models.push({
      plan,
      organizationIds: record.organizationIds.filter((id) => concerns.has(id)),
      postIds: record.postIds.filter((id) => concerns.has(id)),
      knownOn,
    });
  }
  return models;
}

/** The citations from sources known on `knownOn`, with the person their fact is about. */
export function knownCitations(
  citations: readonly Citation[],
  knownOn: IsoDate | null,
  personId: string | null = null,
): (Citation & { personId: string | null })[] {
  return citations.filter((citation) => isKnownOn(citation.knownFrom, knownOn)).map((citation) => ({ ...citation, personId }));
}

/** The activities as known on `knownOn`. */
export function viewActivities(activities: readonly Activity[], knownOn: IsoDate | null): ActivityModel[] {
  const models: ActivityModel[] = [];
  for (const activity of activities) {
    const view = knownOn ? reconcileActivity(activity, activity.statements, knownOn) : activity;
    if (view) models.push({ activity: view, knownOn });
  }
  return models;
}

/** How many distinct sources the citations come from. */
export function countSources(citations: readonly Citation[]): number {
  return new Set(citations.map((citation) => citation.sourceId)).size;
}

/** A fact's claims as the API lists them, optionally of one field. */
export function claimsOf(fact: { id: string; claims: readonly ClaimOutcome[] }, field: string | null | undefined, personId: string | null): ClaimModel[] {
  return fact.claims.filter((claim) => field == null || claim.field === field).map((claim) => ({ ...claim, factId: fact.id, personId }));
}

/** A fact's date field with its dispute and claims, for `PartialDate.claims`. */
export function dateField(
  fact: { id: string; disputed: readonly string[]; claims: readonly ClaimOutcome[] },
  field: string,
  date: StatedDate | null,
  personId: string | null,
): PartialDateModel | null {
  if (!date) return null;
  return {
    ...date,
    field: { factId: fact.id, disputed: fact.disputed.includes(field), claims: fact.claims.filter((claim) => claim.field === field), personId },
  };
}
