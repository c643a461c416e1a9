import type { Identifier, Organization, OrganizationValues, Person, PersonValues } from '../domain/entities.js';
import { birthFromAge } from '../domain/partialDate.js';
import { reconcileOrganization, reconcilePerson } from '../domain/reconcileFacts.js';
import type { SourceStatement } from '../domain/statements.js';
import { buildCitations } from './buildCitations.js';
import { buildStatement, requireSupport, type EntryValue } from './buildStatement.js';
import { groupById, problemAt, type Declared } from './declarations.js';
import type { FactFile } from './factFileSchema.js';
import { readStatedDate, type MergeContext } from './mergeContext.js';

type PersonEntry = FactFile['people'][number];
type OrganizationEntry = FactFile['organizations'][number];

/**
 * Merges the people of every file by id: each file's entry is its source's statement,
 * and the person is what the reconciliation rules make of all of them. Aliases add up;
 * differing names, honorifics, genders and births are claims side by side.
 */
export function mergePeople(declarations: Declared<PersonEntry>[], context: MergeContext): Person[] {
  const people: Person[] = [];
  for (const [id, group] of groupById(declarations, 'person', context.problems)) {
    const statements = group.map((declared) => personStatement(id, declared, context));
    const person = reconcilePerson(id, statements);
    if (person) people.push(person);
  }
  return people;
}

function personStatement(id: string, declared: Declared<PersonEntry>, context: MergeContext): SourceStatement<PersonValues> {
  context.citations.add(buildCitations(declared, 'person', id, context));
  const entry = declared.value;
  const values: { [F in keyof PersonValues]?: EntryValue<PersonValues[F]> } = {
    name: { value: entry.name },
    aliases: entry.aliases.length > 0 ? { value: entry.aliases } : undefined,
    honorific: entry.honorific ? { value: entry.honorific } : undefined,
    gender: entry.gender ? { value: entry.gender.value, inference: entry.gender.inference } : undefined,
    birth: birthOf(declared, context),
    misnaming: misnamingOf(declared, context),
  };
  if (values.honorific) requireSupport(declared, id, 'honorific', 'attribute', context);
  if (values.gender) requireSupport(declared, id, 'gender', 'attribute', context);
  if (values.birth) requireSupport(declared, id, 'birth', 'attribute', context);
  return buildStatement('person', declared, values, context);
}

/**
 * The birth an entry states: a date as written, or the span an age gives on the days
 * the source may have been published ("die 31-Jährige" in a source of June 2022 widens
 * the span by the month). An age in a source without a known first day bounds nothing.
 */
function birthOf(declared: Declared<PersonEntry>, context: MergeContext): EntryValue<string> | undefined {
  const raw = declared.value.birth;
  if (!raw) return undefined;
  if ('age' in raw) {
    const { earliest, latest } = declared.file.published;
    if (earliest === null) {
      context.problems.push(
        problemAt(
          declared,
          ['birth', 'age'],
          'An age gives a birth only against the day the source appeared; this source has no earliest publication day. State the birth as a date instead.',
        ),
      );
      return undefined;
    }
    return { value: birthFromAge(raw.age, { earliest, latest }).value, inference: raw.inference };
  }
  const date = readStatedDate(declared, 'birth', { value: raw.value, inference: raw.inference ?? null }, context.problems);
  return date ? { value: date.value, inference: date.inference } : undefined;
}

/** A misnaming must name what the source prints: the wrong name occurs in its text. */
function misnamingOf(declared: Declared<PersonEntry>, context: MergeContext): EntryValue<PersonValues['misnaming']> | undefined {
  const namedAs = declared.value.namedAs;
  if (!namedAs) return undefined;
  if (!declared.file.text.includes(namedAs.name)) {
    context.problems.push(
      problemAt(
        declared,
        ['namedAs', 'name'],
        `The source text does not print "${namedAs.name}"; namedAs.name is the wrong name exactly as the source prints it.`,
      ),
    );
    return undefined;
  }
  return { value: namedAs };
}

/** Merges the organisations of every file by id, as `mergePeople` merges people. */
export function mergeOrganizations(declarations: Declared<OrganizationEntry>[], context: MergeContext): Organization[] {
  const organizations: Organization[] = [];
  for (const [id, group] of groupById(declarations, 'organization', context.problems)) {
    const statements = group.map((declared) => organizationStatement(id, declared, context));
    if (!group.some((declared) => declared.value.kind)) {
      context.problems.push(problemAt(group[0]!, [], `No file states the kind of organisation ${id}; add kind: company, municipality, association, …`));
    }
    const analystIdentifiers = group.flatMap((declared) =>
      declared.value.identifiers.flatMap((identifier) => ('givenBy' in identifier ? [{ scheme: identifier.scheme, value: identifier.value }] : [])),
    );
    const organization = reconcileOrganization({ id, analystIdentifiers }, statements);
    if (organization) organizations.push(organization);
  }
  return organizations;
}

function organizationStatement(id: string, declared: Declared<OrganizationEntry>, context: MergeContext): SourceStatement<OrganizationValues> {
  context.citations.add(buildCitations(declared, 'organization', id, context));
  const entry = declared.value;
  const identifiers = statedIdentifiers(id, declared, context);
  const values: { [F in keyof OrganizationValues]?: EntryValue<OrganizationValues[F]> } = {
    name: { value: entry.name },
    aliases: entry.aliases.length > 0 ? { value: entry.aliases } : undefined,
    kind: entry.kind ? { value: entry.kind } : undefined,
    status: entry.status ? { value: entry.status } : undefined,
    partOf: entry.partOf ? { value: entry.partOf } : undefined,
    description: entry.description ? { value: entry.description } : undefined,
    legalForm: entry.legalForm ? { value: entry.legalForm } : undefined,
    seat: entry.seat ? { value: entry.seat } : undefined,
    identifiers: identifiers.length > 0 ? { value: identifiers } : undefined,
  };
  if (entry.partOf) context.references.push({ declared, field: ['partOf'], id: entry.partOf, target: 'organization' });
  for (const field of ['partOf', 'description', 'legalForm', 'seat'] as const) {
    if (values[field]) requireSupport(declared, id, field, 'attribute', context);
  }
  return buildStatement('organization', declared, values, context);
}

/**
 * Identifiers the source states: the quote named must be one of the file's and print the
 * value; it becomes a citation of the organisation supporting the attribute.
 */
function statedIdentifiers(id: string, declared: Declared<OrganizationEntry>, context: MergeContext): Omit<Identifier, 'sourceId'>[] {
  const stated: Omit<Identifier, 'sourceId'>[] = [];
  declared.value.identifiers.forEach((identifier, index) => {
    if (!('quote' in identifier)) return;
    const quote = declared.file.data.quotes[identifier.quote];
    if (quote === undefined) {
      context.problems.push(
        problemAt(
          declared,
          ['identifiers', index, 'quote'],
          `Unknown quote "${identifier.quote}"; this file defines: ${Object.keys(declared.file.data.quotes).join(', ') || 'none'}.`,
        ),
      );
      return;
    }
    if (!quote.includes(identifier.value)) {
      context.problems.push(
        problemAt(
          declared,
          ['identifiers', index, 'value'],
          `Quote "${identifier.quote}" does not print "${identifier.value}"; a stated identifier must appear in its quote.`,
        ),
      );
      return;
    }
    const cited = { ...declared, value: { cite: { [identifier.quote]: ['attribute' as const] } } };
    context.citations.add(buildCitations(cited, 'organization', id, context));
    stated.push({ scheme: identifier.scheme, value: identifier.value });
  });
  return stated;
}
