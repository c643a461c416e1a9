import type { Citation, OwnershipView, PartialDate, SuccessionStepView, TenureView } from '../graphql/types.js';

/**
 * A person's or organisation's roles, successions and stakes as one table for a
 * spreadsheet (CSV) and as the API's own shapes for a program (JSON). Every row keeps
 * its quotes and sources, so a number in a spreadsheet can still be traced to a sentence.
 */

export const exportColumns = [
  'section',
  'subject',
  'subject_id',
  'relation',
  'object',
  'object_id',
  'step',
  'start',
  'start_earliest',
  'start_latest',
  'end',
  'end_earliest',
  'end_latest',
  'status',
  'capacity',
  'share_percent',
  'inferred',
  'quotes',
  'sources',
] as const;

export type ExportRow = Record<(typeof exportColumns)[number], string>;

export interface ExportSuccession {
  role: string;
  organization: { id: string; name: string };
  steps: SuccessionStepView[];
}

export interface ExportInput {
  entity: { kind: 'person' | 'organization'; id: string; name: string };
  permalink: string;
  retrievedOn: string;
  asOf: string | null;
  knownOn: string | null;
  roles: TenureView[];
  successions: ExportSuccession[];
  stakes: OwnershipView[];
}

const empty: ExportRow = Object.fromEntries(exportColumns.map((column) => [column, ''])) as ExportRow;

function dateColumns(prefix: 'start' | 'end', date: PartialDate | null): Partial<ExportRow> {
  return date ? { [prefix]: date.value, [`${prefix}_earliest`]: date.earliest, [`${prefix}_latest`]: date.latest } : {};
}

function evidence(citations: Citation[]): Pick<ExportRow, 'quotes' | 'sources'> {
  const sources = new Map(citations.map((c) => [c.source.id, c.source]));
  return {
    quotes: citations.map((c) => c.quote).join(' | '),
    sources: [...sources.values()].map((s) => [s.publisher, s.title, s.published.value, s.url].filter(Boolean).join(', ')).join(' | '),
  };
}

function tenureRow(section: string, tenure: TenureView, extra: Partial<ExportRow> = {}): ExportRow {
  const inferred = [tenure.inference, tenure.start?.inference, tenure.end?.inference].filter(Boolean).join(' ');
  return {
    ...empty,
    section,
    subject: tenure.person.name,
    subject_id: tenure.person.id,
    relation: tenure.titleDe,
    object: tenure.organization.name,
    object_id: tenure.organization.id,
    ...dateColumns('start', tenure.start),
    ...dateColumns('end', tenure.end),
    status: tenure.status,
    capacity: tenure.capacity,
    inferred,
    ...evidence(tenure.sources),
    ...extra,
  };
}

/** The rows of the table: roles, then each succession step by step (vacancies included), then stakes. */
export function exportRows(input: ExportInput): ExportRow[] {
  const roles = input.roles.map((tenure) => tenureRow('role', tenure));
  const successions = input.successions.flatMap(({ role, organization, steps }) =>
    steps.flatMap(({ vacancyBefore, tenure }, index) => [
      ...(vacancyBefore
        ? [
            {
              ...empty,
              section: 'succession',
              relation: `${role}: vacant`,
              object: organization.name,
              object_id: organization.id,
              start: vacancyBefore.from,
              end: vacancyBefore.to,
            },
          ]
        : []),
      tenureRow('succession', tenure, { step: String(index + 1), relation: `${role}: ${tenure.titleDe}` }),
    ]),
  );
  const stakes = input.stakes.map((stake) => ({
    ...empty,
    section: 'stake',
    subject: stake.owner.name,
    subject_id: stake.owner.id,
    relation: 'owns',
    object: stake.owned.name,
    object_id: stake.owned.id,
    ...dateColumns('start', stake.start),
    ...dateColumns('end', stake.end),
    share_percent: stake.percentage === null ? '' : String(stake.percentage),
    inferred: [stake.start?.inference, stake.end?.inference].filter(Boolean).join(' '),
    ...evidence(stake.sources),
  }));
  return [...roles, ...successions, ...stakes];
}

/**
 * One CSV field (RFC 4180): quoted, quotes doubled. A field a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The table as CSV with a header row and CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: ExportRow[]): string {
  const lines = [exportColumns.join(','), ...rows.map((row) => exportColumns.map((column) => csvField(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The same facts as JSON, in the API's shapes, with where and when they were taken. */
export function toJson(input: ExportInput): string {
  const { entity, permalink, retrievedOn, asOf, knownOn, roles, successions, stakes } = input;
  return `${JSON.stringify({ entity, permalink, retrievedOn, asOf, knownOn, roles, successions, stakes }, null, 2)}\n`;
}
