import type { Role, Source, Tenure } from '../domain/entities.js';
import { isHeldDuring, possibleInterval } from '../domain/temporal.js';
import type { SeedProblem } from '../domain/errors.js';
import type { FactSet } from '../domain/FactSet.js';
import { CitationIndex } from './buildCitations.js';
import { agreedValue, declare, groupById, placeOf, problemAt, type Declared } from './declarations.js';
import type { FactFile } from './factFileSchema.js';
import type { LoadedFactFile, LoadedRoleFile, LoadedSeedFiles } from './loadSeedFiles.js';
import type { MergeContext, ReferenceTarget } from './mergeContext.js';
import { mergeOrganizations, mergePeople } from './mergeEntities.js';
import { mergeActivities, mergeOwnerships, mergePlans, mergePosts, mergeTenures, postIdOf } from './mergeFacts.js';

/** Sources in the order they appeared: the last day each can have been published, then the source id. */
function byPublication(a: LoadedFactFile, b: LoadedFactFile): number {
  return a.published.latest.localeCompare(b.published.latest) || a.data.source.id.localeCompare(b.data.source.id);
}

/**
 * Merges the loaded files into one FactSet: sources, the role vocabulary, and every
 * fact merged by id across files, with its citations and the evidence derived from
 * them. Returns every problem found; the FactSet is only usable when there are none.
 */
export function assembleFactSet(loaded: LoadedSeedFiles): { facts: FactSet; problems: SeedProblem[] } {
  const context: MergeContext = { problems: [...loaded.problems], citations: new CitationIndex(), references: [], uncheckedIds: loaded.uncheckedIds };
  // Statements follow the order their sources appeared in, not where the files lie, so
  // that no answer, tie or stored statement list depends on file names or arguments.
  const factFiles = [...loaded.factFiles].sort(byPublication);

  const sources = collectSources(factFiles, context.problems);
  const roles = mergeRoles(loaded.roleFiles, context.problems);
  const people = mergePeople(declareAll(factFiles, 'people'), context);
  const organizations = mergeOrganizations(declareAll(factFiles, 'organizations'), context);
  const { tenures, derivedPosts } = mergeTenures(declareAll(factFiles, 'tenures'), context);
  const explicitPosts = declareAll(factFiles, 'posts').map((d) => ({ ...d, value: { ...d.value, id: postIdOf(d.value.organization, d.value.role) } }));
  const posts = mergePosts(explicitPosts, derivedPosts, context);
  const ownerships = mergeOwnerships(declareAll(factFiles, 'ownerships'), context);
  const plans = mergePlans(declareAll(factFiles, 'plans'), context);
  const activities = mergeActivities(declareAll(factFiles, 'activities'), context);

  const facts: FactSet = { sources, roles, people, organizations, posts, tenures, ownerships, plans, activities, citations: context.citations.all() };
  checkIdsAcrossKinds(factFiles, context.problems);
  checkReferences(facts, context);
  checkOverlappingTenures(facts.tenures, declareAll(factFiles, 'tenures'), context.problems);
  return { facts, problems: context.problems };
}

type FactList = 'people' | 'organizations' | 'posts' | 'tenures' | 'ownerships' | 'plans' | 'activities';

/** Every entry of one list (e.g. `tenures:`) of every file, with where it was written. */
function declareAll<K extends FactList>(files: readonly LoadedFactFile[], list: K): Declared<FactFile[K][number]>[] {
  return files.flatMap((file) => declare(file, list, file.data[list] as FactFile[K][number][]));
}

/** One file per source: a source id in two files is a problem. */
function collectSources(files: readonly LoadedFactFile[], problems: SeedProblem[]): Source[] {
  const seen = new Map<string, LoadedFactFile>();
  const sources: Source[] = [];
  for (const file of files) {
    const { textFile: _textFile, publishedOn: _publishedOn, ...source } = file.data.source;
    const earlier = seen.get(source.id);
    if (earlier) {
      const place = placeOf({ value: null, file: earlier, path: ['source'] }, ['id']);
      problems.push(
        file.yaml.problemAt(['source', 'id'], `Source "${source.id}" already has a fact file (${place}); put all facts of one source in one file.`),
      );
      continue;
    }
    seen.set(source.id, file);
    sources.push({ ...source, published: file.published, text: file.text });
  }
  return sources;
}

/** The vocabulary of roles, merged by key across vocabulary files; labels must agree. */
function mergeRoles(files: readonly LoadedRoleFile[], problems: SeedProblem[]): Role[] {
  const declared = files.flatMap((file) =>
    declare(
      file,
      'roles',
      file.data.roles.map((role) => ({ ...role, id: role.key })),
    ),
  );
  const roles: Role[] = [];
  for (const [key, group] of groupById(declared, 'role', problems)) {
    const labels = agreedValue(group, 'de', (d) => ({ en: d.value.en, de: d.value.de }), `the labels of role ${key}`, problems);
    if (labels) roles.push({ key, ...labels.value });
  }
  return roles;
}

/** Citations name their fact by id alone, so an id may name one kind of fact only. */
function checkIdsAcrossKinds(files: readonly LoadedFactFile[], problems: SeedProblem[]): void {
  const kinds = ['people', 'organizations', 'tenures', 'ownerships', 'plans', 'activities'] as const;
  const firstKind = new Map<string, { kind: string; declared: Declared<unknown> }>();
  for (const file of files) {
    for (const kind of kinds) {
      for (const declared of declare<{ id: string }, LoadedFactFile>(file, kind, file.data[kind])) {
        const first = firstKind.get(declared.value.id);
        if (first && first.kind !== kind) {
          problems.push(
            problemAt(
              declared,
              ['id'],
              `The id "${declared.value.id}" already names an entry of ${first.kind} (${placeOf(first.declared, ['id'])}); ids must be unique across kinds.`,
            ),
          );
        } else if (!first) {
          firstKind.set(declared.value.id, { kind, declared });
        }
      }
    }
  }
}

/**
 * One person holds one post once at a time: two tenures of the same person on the same
 * post whose possible intervals overlap would answer `holders` with the person twice and
 * make the succession revisit them. They are one term described by two sources (give
 * them one id) or two terms whose first end is missing (state it). Reported at the later
 * tenure's first entry.
 */
function checkOverlappingTenures(tenures: readonly Tenure[], declarations: readonly Declared<FactFile['tenures'][number]>[], problems: SeedProblem[]): void {
  const byHolderAndPost = new Map<string, Tenure[]>();
  for (const tenure of tenures) {
    const key = `${tenure.personId}\u0000${tenure.postId}`;
    byHolderAndPost.set(key, [...(byHolderAndPost.get(key) ?? []), tenure]);
  }
  const show = (interval: { from: string | null; to: string | null }) => `${interval.from ?? 'open'} – ${interval.to ?? 'open'}`;
  for (const group of byHolderAndPost.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const [a, b] = [group[i]!, group[j]!];
        const [pa, pb] = [possibleInterval(a), possibleInterval(b)];
        if (!isHeldDuring(b, pa)) continue;
        const declared = declarations.find((d) => d.value.id === b.id);
        if (!declared) continue;
        problems.push(
          problemAt(
            declared,
            ['id'],
            `${a.id} (${placeOf(declarations.find((d) => d.value.id === a.id) ?? declared, ['id'])}) and ${b.id} are tenures of ${b.personId} on ${b.postId} that may overlap (${show(pa)} and ${show(pb)}). One person holds a post once at a time: give both entries one id if the sources describe one term, or state when the first one ended.`,
          ),
        );
      }
    }
  }
}

/** Every id a fact names must exist, as the kind of thing the field expects. */
function checkReferences(facts: FactSet, context: MergeContext): void {
  const ids: Record<Exclude<ReferenceTarget, 'post-or-organization'>, Set<string>> = {
    person: new Set(facts.people.map((p) => p.id)),
    organization: new Set(facts.organizations.map((o) => o.id)),
    role: new Set(facts.roles.map((r) => r.key)),
    tenure: new Set(facts.tenures.map((t) => t.id)),
  };
  const posts = new Set(facts.posts.map((p) => p.id));
  for (const reference of context.references) {
    if (context.uncheckedIds.has(reference.id)) continue;
    const known =
      reference.target === 'post-or-organization' ? posts.has(reference.id) || ids.organization.has(reference.id) : ids[reference.target].has(reference.id);
    if (known) continue;
    const hint = reference.target === 'role' ? ' Declare it in the role vocabulary (seeds/roles.yaml) or use one of its keys.' : '';
    const what = reference.target === 'post-or-organization' ? 'post or organisation' : reference.target;
    context.problems.push(problemAt(reference.declared, reference.field, `Unknown ${what} "${reference.id}".${hint}`));
  }
  const postOf = new Map(facts.tenures.map((t) => [t.id, t.postId]));
  // A post with an unknown role or organisation was reported above; comparing it would only repeat that.
  const knownPosts = new Set(facts.posts.filter((p) => ids.role.has(p.roleKey) && ids.organization.has(p.organizationId)).map((p) => p.id));
  for (const tenure of facts.tenures) {
    const predecessorPost = tenure.predecessorId ? postOf.get(tenure.predecessorId) : undefined;
    if (predecessorPost === undefined || predecessorPost === tenure.postId) continue;
    if (!knownPosts.has(predecessorPost) || !knownPosts.has(tenure.postId)) continue;
    const reference = context.references.find((r) => r.target === 'tenure' && r.id === tenure.predecessorId);
    if (reference) {
      context.problems.push(
        problemAt(
          reference.declared,
          reference.field,
          `The predecessor ${tenure.predecessorId} held ${predecessorPost}, not ${tenure.postId}; a succession links tenures of one post.`,
        ),
      );
    }
  }
}
