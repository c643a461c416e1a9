import type { IsoDate } from '../domain/calendar.js';
import type { Activity, Citation } from '../domain/entities.js';
import { viewOwnership } from '../domain/ownershipView.js';
import { buildSuccessionChain } from '../domain/succession.js';
import { certaintyAt, isKnownOn, possibleInterval, viewTenure } from '../domain/temporal.js';
import type { OwnershipRecord } from '../graph/OwnershipRepository.js';
import type { PostWithTenures } from '../graph/PostRepository.js';
import type { TenureRecord } from '../graph/TenureRepository.js';
import type { ActivityModel, HoldingModel, OwnershipModel, SuccessionStepModel, TenureModel, VacancyModel } from './models.js';

/**
 * Turns what the repositories read into what the resolvers return, deciding every
 * temporal question with the domain's rules: what was known on `knownOn`, who held a
 * post on a day, in which order, with which gaps.
 */

/** The tenures as known on `knownOn`; those no source had mentioned by then are left out. */
export function viewTenures(records: readonly TenureRecord[], knownOn: IsoDate | null): TenureModel[] {
  const models: TenureModel[] = [];
  for (const record of records) {
    const view = viewTenure(record.tenure, knownOn);
    if (view) models.push({ record, view, knownOn });
  }
  return models;
}

/** The tenures in succession order: by start, explicit succession links winning. */
export function successionOf(models: readonly TenureModel[]): SuccessionStepModel[] {
  const byId = new Map(models.map((model) => [model.record.tenure.id, model]));
  return buildSuccessionChain(models.map((model) => model.view)).map((step) => ({
    tenure: byId.get(step.view.tenure.id) as TenureModel,
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
  return { post: { post: post.post, role: post.role }, previous: before.at(-1) ?? null, next: after[0] ?? null };
}

/** The tenures next to `model` in its post's succession chain, as known on the same day. */
export function neighboursOf(model: TenureModel, postTenures: readonly TenureRecord[]) {
  const steps = successionOf(viewTenures(postTenures, model.knownOn));
  const index = steps.findIndex((step) => step.tenure.record.tenure.id === model.record.tenure.id);
  return {
    predecessor: index > 0 ? (steps[index - 1]?.tenure ?? null) : null,
    successor: index >= 0 ? (steps[index + 1]?.tenure ?? null) : null,
  };
}

/** The stakes as known on `knownOn`; with `at`, only those held (certainly or possibly) that day. */
export function viewOwnerships(records: readonly OwnershipRecord[], knownOn: IsoDate | null, at: IsoDate | null): OwnershipModel[] {
  const models: OwnershipModel[] = [];
  for (const record of records) {
    const view = viewOwnership(record.ownership, knownOn);
    if (view && (at === null || certaintyAt(view, at) !== null)) models.push({ record, view, knownOn });
  }
  return models;
}

/** The citations from sources published on or before `knownOn`. */
export function knownCitations(citations: readonly Citation[], knownOn: IsoDate | null): Citation[] {
  return citations.filter((citation) => isKnownOn({ citedOn: [citation.publishedOn] }, knownOn));
}

/** The activities as known on `knownOn`, with only the confirmations published by then. */
export function viewActivities(activities: readonly Activity[], knownOn: IsoDate | null): ActivityModel[] {
  const models: ActivityModel[] = [];
  for (const activity of activities) {
    const confirmedOn = activity.confirmedOn.filter((day) => isKnownOn({ citedOn: [day] }, knownOn));
    if (confirmedOn.length > 0) models.push({ activity, confirmedOn, knownOn });
  }
  return models;
}

/** How many distinct sources the citations come from. */
export function countSources(citations: readonly Citation[]): number {
  return new Set(citations.map((citation) => citation.sourceId)).size;
}
