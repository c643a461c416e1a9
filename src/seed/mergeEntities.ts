import type { Organization, Person, StatedDate } from '../domain/entities.js';
import { birthFromAge } from '../domain/partialDate.js';
import { buildCitations } from './buildCitations.js';
import { agreedValue, groupById, placeOf, problemAt, type Declared } from './declarations.js';
import type { FactFile } from './factFileSchema.js';
import { readStatedDate, requireClaim, type MergeContext } from './mergeContext.js';

type PersonEntry = FactFile['people'][number];
type OrganizationEntry = FactFile['organizations'][number];

/** Merges the people of every file by id; attributes must agree, aliases add up. */
export function mergePeople(declarations: Declared<PersonEntry>[], context: MergeContext): Person[] {
  const { problems } = context;
  const people: Person[] = [];
  for (const [id, group] of groupById(declarations, 'person', problems)) {
    for (const declared of group) context.citations.add(buildCitations(declared, 'person', id, context));
    const name = agreedValue(group, 'name', (d) => d.value.name, `the name of ${id}`, problems);
    const honorific = agreedValue(group, 'honorific', (d) => d.value.honorific, `the honorific of ${id}`, problems);
    const gender = agreedValue(group, 'gender', (d) => d.value.gender, `the gender of ${id}`, problems, (g) => g.value);
    const birth = mergeBirth(id, group, context);
    requireClaim(context, id, 'attribute', honorific?.stated, 'honorific');
    requireClaim(context, id, 'attribute', gender?.stated, 'gender');
    requireClaim(context, id, 'attribute', birth?.stated, 'birth');
    people.push({
      id,
      name: name?.value ?? id,
      aliases: unionOf(group.map((d) => d.value.aliases)),
      honorific: honorific?.value ?? null,
      gender: gender?.value.value ?? 'unknown',
      genderInference: gender ? inferenceOf(gender.stated.map((d) => d.value.gender?.inference ?? null)) : null,
      birth: birth?.date ?? null,
    });
  }
  return people;
}

/**
 * Birth ranges from several sources narrow each other: aged 31 on one day and 32 on
 * another leaves the days both allow. Ranges that do not overlap are a conflict.
 */
function mergeBirth(id: string, group: Declared<PersonEntry>[], context: MergeContext): { date: StatedDate; stated: Declared<PersonEntry>[] } | undefined {
  let merged: { date: StatedDate; stated: Declared<PersonEntry>[] } | undefined;
  for (const declared of group) {
    const raw = declared.value.birth;
    if (!raw) continue;
    const date =
      'age' in raw
        ? { ...birthFromAge(raw.age, declared.file.data.source.publishedOn), inference: raw.inference }
        : readStatedDate(declared, 'birth', { value: raw.value, inference: raw.inference ?? null }, context.problems);
    if (!date) continue;
    if (!merged) {
      merged = { date, stated: [declared] };
      continue;
    }
    const earliest = date.earliest > merged.date.earliest ? date.earliest : merged.date.earliest;
    const latest = date.latest < merged.date.latest ? date.latest : merged.date.latest;
    if (earliest > latest) {
      context.problems.push(
        problemAt(declared, ['birth'], `Conflict: this birth (${date.value}) cannot overlap the one at ${placeOf(merged.stated[0]!, ['birth'])} (${merged.date.value}) for ${id}.`),
      );
      continue;
    }
    const inference = inferenceOf([merged.date.inference, date.inference]);
    merged = { date: { value: `${earliest}/${latest}`, precision: 'DAY', earliest, latest, inference }, stated: [...merged.stated, declared] };
  }
  return merged;
}

/** Merges the organisations of every file by id. */
export function mergeOrganizations(declarations: Declared<OrganizationEntry>[], context: MergeContext): Organization[] {
  const { problems } = context;
  const organizations: Organization[] = [];
  for (const [id, group] of groupById(declarations, 'organization', problems)) {
    for (const declared of group) context.citations.add(buildCitations(declared, 'organization', id, context));
    const name = agreedValue(group, 'name', (d) => d.value.name, `the name of ${id}`, problems);
    const kind = agreedValue(group, 'kind', (d) => d.value.kind, `the kind of ${id}`, problems);
    const status = agreedValue(group, 'status', (d) => d.value.status, `the status of ${id}`, problems);
    const partOf = agreedValue(group, 'partOf', (d) => d.value.partOf, `what ${id} is part of`, problems);
    const description = agreedValue(group, 'description', (d) => d.value.description, `the description of ${id}`, problems);
    if (!kind) problems.push(problemAt(group[0]!, [], `No file states the kind of organisation ${id}; add kind: company, municipality, association, …`));
    if (partOf) context.references.push({ declared: partOf.stated[0]!, field: ['partOf'], id: partOf.value, target: 'organization' });
    requireClaim(context, id, 'attribute', partOf?.stated, 'partOf');
    requireClaim(context, id, 'attribute', description?.stated, 'description');
    organizations.push({
      id,
      name: name?.value ?? id,
      aliases: unionOf(group.map((d) => d.value.aliases)),
      kind: kind?.value ?? 'company',
      status: status?.value ?? 'active',
      partOfId: partOf?.value ?? null,
      description: description?.value ?? null,
    });
  }
  return organizations;
}

/** Distinct values in first-seen order. */
export function unionOf(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** A statement without an inference outweighs inferred ones: once any source says it outright, it is no longer inferred. */
export function inferenceOf(inferences: readonly (string | null)[]): string | null {
  if (inferences.some((i) => i === null)) return null;
  return [...new Set(inferences)].join(' ') || null;
}
