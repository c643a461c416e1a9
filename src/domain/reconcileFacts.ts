import type { IsoDate } from './calendar.js';
import type {
  Activity,
  ActivityValues,
  ClaimOutcome,
  Dated,
  Identifier,
  Organization,
  OrganizationValues,
  Ownership,
  OwnershipValues,
  Person,
  PersonValues,
  Plan,
  PlanValues,
  Tenure,
  TenureValues,
} from './entities.js';
import { joinReasons, type Reason } from './reasons.js';
import { honorificKey, nameKey, reconcileDate, reconcileProse, reconcileUnion, reconcileValue, type FieldOutcome } from './reconcile.js';
import { knowledgeDays, knownStatements, type PublicationSpan, type SourceStatement } from './statements.js';
import { contradictedDates } from './temporal.js';

/**
 * Each kind of fact as the sources known on a day describe it: the rules of
 * `reconcile.ts` applied field by field to the statements of the sources published by
 * then (all of them without a day). Null when no such source mentions the fact.
 */

/** The fields an analyst may rank, per kind, as the fact files name them. */
export const claimFields = {
  person: ['name', 'aliases', 'honorific', 'gender', 'birth'],
  organization: ['name', 'aliases', 'kind', 'status', 'partOf', 'description', 'legalForm', 'seat'],
  tenure: ['organization', 'start', 'end', 'capacity', 'planned', 'predecessor'],
  ownership: ['percentage', 'start', 'end'],
  plan: ['description', 'concerns'],
  activity: ['description'],
} as const;

/** The outcomes of a fact's fields, gathered into its `disputed` and `claims`. */
function gather(outcomes: Record<string, FieldOutcome<unknown>>, extraDisputes: readonly string[] = []) {
  const disputed = Object.entries(outcomes)
    .filter(([, outcome]) => outcome.disputed)
    .map(([field]) => field);
  const claims: ClaimOutcome[] = Object.values(outcomes).flatMap((outcome) => outcome.claims);
  return { disputed: [...new Set([...disputed, ...extraDisputes])], claims };
}

function confirmationsOf(statements: readonly SourceStatement[]): PublicationSpan[] {
  return statements.filter((statement) => statement.supports.includes('current')).map((statement) => statement.published);
}

/** The reason a fact follows from its sources when every one of them leaves it implicit; null when any states it. */
function factInference(statements: readonly SourceStatement[]): Reason | null {
  if (statements.some((statement) => statement.inference === null)) return null;
  return joinReasons(statements.map((statement) => statement.inference));
}

/** Dates that contradict each other across sources: an end that certainly precedes the start. */
function reversedDates(dated: Pick<Dated, 'start' | 'end'>): string[] {
  return dated.start && dated.end && dated.end.latest < dated.start.earliest ? ['start', 'end'] : [];
}

export interface TenureIdentity {
  id: string;
  personId: string;
  postId: string;
  /** The organisation of the post, for a tenure no known source names one for. */
  postOrganizationId: string;
}

export function reconcileTenure(identity: TenureIdentity, statements: readonly SourceStatement<TenureValues>[], knownOn?: IsoDate | null): Tenure | null {
  const known = knownStatements(statements, knownOn);
  if (known.length === 0) return null;
  const fields = {
    organization: reconcileValue(known, 'organization'),
    start: reconcileDate(known, 'start'),
    end: reconcileDate(known, 'end'),
    capacity: reconcileValue(known, 'capacity'),
    planned: reconcileValue(known, 'planned'),
    predecessor: reconcileValue(known, 'predecessor'),
  };
  const dated: Dated = { start: fields.start.value, end: fields.end.value, confirmations: confirmationsOf(known) };
  return {
    id: identity.id,
    personId: identity.personId,
    postId: identity.postId,
    organizationId: fields.organization.value ?? identity.postOrganizationId,
    ...dated,
    capacity: fields.capacity.value ?? 'regular',
    planned: fields.planned.value ?? false,
    predecessorId: fields.predecessor.value,
    inference: factInference(known),
    citedOn: knowledgeDays(known),
    statements: [...statements],
    ...gather(fields, [...contradictedDates(dated), ...reversedDates(dated)]),
  };
}

export interface OwnershipIdentity {
  id: string;
  ownerId: string;
  ownedId: string;
}

export function reconcileOwnership(
  identity: OwnershipIdentity,
  statements: readonly SourceStatement<OwnershipValues>[],
  knownOn?: IsoDate | null,
): Ownership | null {
  const known = knownStatements(statements, knownOn);
  if (known.length === 0) return null;
  const fields = {
    percentage: reconcileValue(known, 'percentage'),
    start: reconcileDate(known, 'start'),
    end: reconcileDate(known, 'end'),
  };
  const dated: Dated = { start: fields.start.value, end: fields.end.value, confirmations: confirmationsOf(known) };
  return {
    ...identity,
    ...dated,
    percentage: fields.percentage.value,
    citedOn: knowledgeDays(known),
    statements: [...statements],
    ...gather(fields, [...contradictedDates(dated), ...reversedDates(dated)]),
  };
}

export function reconcilePerson(id: string, statements: readonly SourceStatement<PersonValues>[], knownOn?: IsoDate | null): Person | null {
  const known = knownStatements(statements, knownOn);
  if (known.length === 0) return null;
  const fields = {
    name: reconcileValue(known, 'name', nameKey),
    aliases: reconcileUnion(known, 'aliases'),
    honorific: reconcileValue(known, 'honorific', honorificKey),
    gender: reconcileValue(known, 'gender'),
    birth: reconcileDate(known, 'birth'),
  };
  const name = fields.name.value ?? id;
  return {
    id,
    name,
    aliases: aliasesOf(name, fields.name, fields.aliases.value),
    honorific: fields.honorific.value,
    gender: fields.gender.value ?? 'unknown',
    genderInference: fields.gender.inference,
    birth: fields.birth.value,
    misnamings: known.flatMap((statement) => {
      const misnaming = statement.values.misnaming?.value;
      return misnaming ? [{ sourceId: statement.sourceId, name: misnaming.name, correction: misnaming.correction }] : [];
    }),
    citedOn: knowledgeDays(known),
    statements: [...statements],
    ...gather(fields),
  };
}

export function reconcileOrganization(
  identity: { id: string; analystIdentifiers?: readonly Omit<Identifier, 'sourceId'>[] },
  statements: readonly SourceStatement<OrganizationValues>[],
  knownOn?: IsoDate | null,
): Organization | null {
  const known = knownStatements(statements, knownOn);
  if (known.length === 0) return null;
  const fields = {
    name: reconcileValue(known, 'name', nameKey),
    aliases: reconcileUnion(known, 'aliases'),
    kind: reconcileValue(known, 'kind'),
    status: reconcileValue(known, 'status'),
    partOf: reconcileValue(known, 'partOf'),
    description: reconcileProse(known, 'description'),
    legalForm: reconcileValue(known, 'legalForm', nameKey),
    seat: reconcileValue(known, 'seat', nameKey),
  };
  const name = fields.name.value ?? identity.id;
  return {
    id: identity.id,
    name,
    aliases: aliasesOf(name, fields.name, fields.aliases.value),
    kind: fields.kind.value ?? 'company',
    status: fields.status.value ?? 'active',
    partOfId: fields.partOf.value,
    description: fields.description.value,
    legalForm: fields.legalForm.value,
    seat: fields.seat.value,
    identifiers: identifiersOf(identity.analystIdentifiers ?? [], known),
    citedOn: knowledgeDays(known),
    statements: [...statements],
    ...gather(fields),
  };
}

/**
 * The aliases sources give, and the other names they print where the name is in dispute,
 * so that those stay findable; never a name the analyst deprecated as wrong (a misprint
 * is recorded with `namedAs`), never the name itself.
 */
function aliasesOf(name: string, names: FieldOutcome<string>, aliases: readonly string[]): string[] {
  const otherNames = names.claims.filter((claim) => claim.rank !== 'deprecated').map((claim) => String(claim.value));
  return [...new Set([...aliases, ...otherNames])].filter((alias) => nameKey(alias) !== nameKey(name));
}

/** The analyst's identifiers, then those the known sources state, each scheme and value once. */
function identifiersOf(analyst: readonly Omit<Identifier, 'sourceId'>[], known: readonly SourceStatement<OrganizationValues>[]): Identifier[] {
  const all: Identifier[] = [
    ...analyst.map((identifier) => ({ ...identifier, sourceId: null })),
    ...known.flatMap((statement) => (statement.values.identifiers?.value ?? []).map((identifier) => ({ ...identifier, sourceId: statement.sourceId }))),
  ];
  const seen = new Set<string>();
  return all.filter((identifier) => {
    const key = `${identifier.scheme}\u0000${identifier.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function reconcilePlan(id: string, statements: readonly SourceStatement<PlanValues>[], knownOn?: IsoDate | null): Plan | null {
  const known = knownStatements(statements, knownOn);
  if (known.length === 0) return null;
  const fields = { description: reconcileProse(known, 'description'), concerns: reconcileUnion(known, 'concerns') };
  return {
    id,
    description: fields.description.value ?? { de: '', en: '' },
    concerns: fields.concerns.value,
    citedOn: knowledgeDays(known),
    statements: [...statements],
    ...gather(fields),
  };
}

export function reconcileActivity(
  identity: { id: string; personId: string },
  statements: readonly SourceStatement<ActivityValues>[],
  knownOn?: IsoDate | null,
): Activity | null {
  const known = knownStatements(statements, knownOn);
  if (known.length === 0) return null;
  const fields = { description: reconcileProse(known, 'description') };
  return {
    ...identity,
    description: fields.description.value ?? { de: '', en: '' },
    confirmations: confirmationsOf(known),
    citedOn: knowledgeDays(known),
    statements: [...statements],
    ...gather(fields),
  };
}
