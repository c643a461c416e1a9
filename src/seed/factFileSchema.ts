import { z } from 'zod';
import type { Claim, OrganizationKind } from '../domain/entities.js';
import { partialDateForms } from '../domain/partialDate.js';
import { isIsoDate } from '../domain/calendar.js';
import type { Reason } from '../domain/reasons.js';

/**
 * The shape of the two kinds of seed file, checked with zod before anything else.
 * A fact file holds one source, its named quotes and the facts that cite them; the
 * role vocabulary file holds the roles every fact file may use. docs/fact-files.md
 * explains each field; the meaning checks (references, quotes, dates) come later.
 */

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export const idSchema = z.string().regex(idPattern, 'must be an id in kebab-case, optionally with / segments, e.g. kl-digital/managing-director');

/** Quote names and role keys: kebab-case without segments. */
const nameSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a name in kebab-case, e.g. benz-start');

const text = z.string().trim().min(1, 'must not be empty');

/** YAML reads 2018 as a number and 2018-05 as a string; both mean the date as written. */
const dateText = z.union([z.string(), z.number().int()], { error: `must be ${partialDateForms}` }).transform(String);

const localized = z.strictObject({ de: text, en: text });

/**
 * Why a value follows from the quoted sentence: one text, shown as written in both of the
 * explorer's languages, or `{ de, en }`, the same reason in German and English.
 */
const reason = z.union([text, localized]);

/** A date as stated, or with the reason it follows from the quoted sentence. */
const statedDate = z.union([
  dateText.transform((value) => ({ value, inference: null as Reason | null })),
  z.strictObject({ value: dateText, inference: reason }),
]);

export const claimNames = ['existence', 'start', 'end', 'current', 'predecessor', 'percentage', 'attribute'] as const satisfies readonly Claim[];

/**
 * The analyst's rank of this file's claims, per field: `preferred` or `deprecated`, with
 * the reason (docs/fact-files.md, "Ranking claims").
 */
const ranks = z.record(z.string(), z.strictObject({ rank: z.enum(['preferred', 'deprecated']), reason: text })).optional();

/** Quote name -> what the quote supports about the fact. */
const cite = z
  .record(nameSchema, z.array(z.enum(claimNames)).min(1, 'must name at least one claim: ' + claimNames.join(', ')))
  .refine((map) => Object.keys(map).length > 0, 'must cite at least one quote');

const aliases = z.array(text).default([]);

const person = z.strictObject({
  id: idSchema,
  name: text,
  aliases,
  honorific: text.nullish(),
  gender: z
    .union([
      z.enum(['female', 'male']).transform((value) => ({ value, inference: null as Reason | null })),
      z.strictObject({ value: z.enum(['female', 'male']), inference: reason }),
    ])
    .nullish(),
  birth: z
    .union([z.strictObject({ age: z.number().int().min(0).max(130), inference: reason }), z.strictObject({ value: dateText, inference: reason.optional() })])
    .nullish(),
  /** This source prints the person's name wrongly; the quote still counts for this person. */
  namedAs: z.strictObject({ name: text, correction: text }).nullish(),
  ranks,
  cite,
});

export const organizationKinds = [
  'company',
  'municipality',
  'association',
  'administrative-unit',
  'council',
  'committee',
  'publication',
  'competition',
  'university',
] as const satisfies readonly OrganizationKind[];

/**
 * An identifier in another register: given by the analyst (a looked-up Wikidata item, no
 * quote) or stated by the source (a register number its text prints, with the quote).
 */
const identifier = z.union([
  z.strictObject({ scheme: nameSchema, value: text, givenBy: z.literal('analyst') }),
  z.strictObject({ scheme: nameSchema, value: text, quote: nameSchema }),
]);

const organization = z.strictObject({
  id: idSchema,
  name: text,
  aliases,
  kind: z.enum(organizationKinds).nullish(),
  status: z.enum(['active', 'planned']).nullish(),
  partOf: idSchema.nullish(),
  description: localized.nullish(),
  legalForm: text.nullish(),
  seat: text.nullish(),
  identifiers: z.array(identifier).default([]),
  ranks,
  cite,
});

const post = z.strictObject({ organization: idSchema, role: nameSchema, cite });

const tenure = z.strictObject({
  id: idSchema,
  person: idSchema,
  organization: idSchema,
  role: nameSchema,
  capacity: z.enum(['regular', 'honorary', 'acting', 'interim']).nullish(),
  planned: z.boolean().nullish(),
  start: statedDate.nullable().optional(),
  end: statedDate.nullable().optional(),
  predecessor: idSchema.nullish(),
  /** Why the tenure follows from its quotes when they leave its organisation or role implicit. */
  inference: reason.nullish(),
  ranks,
  cite,
});

const ownership = z.strictObject({
  id: idSchema,
  owner: idSchema,
  owned: idSchema,
  percentage: z.number().min(0).max(100).nullable().optional(),
  start: statedDate.nullable().optional(),
  end: statedDate.nullable().optional(),
  ranks,
  cite,
});

/** A second source corroborates a plan or an activity by id and cite alone; one file must describe it. */
const plan = z.strictObject({ id: idSchema, description: localized.nullish(), concerns: z.array(idSchema).default([]), ranks, cite });

const activity = z.strictObject({ id: idSchema, person: idSchema, description: localized.nullish(), ranks, cite });

const isoDay = z.union([z.string(), z.number()]).transform(String).pipe(z.string().refine(isIsoDate, 'must be a day that exists, YYYY-MM-DD'));

/**
 * When the source was published, as it states it: a year, a month or a day
 * (`2022`, `2022-06`, `2022-06-17`), or, for a source that carries no date, an explicit
 * unknown bounded by the last day it can have appeared (at the latest, the day it was
 * retrieved) and, where known, the first.
 */
const publishedOn = z.union([dateText, z.strictObject({ unknown: z.literal(true), latest: isoDay, earliest: isoDay.optional() })]);

const source = z.strictObject({
  id: idSchema,
  title: text,
  publisher: text.nullable().default(null),
  url: z.url({ error: 'must be an absolute URL, or null when the source does not state one' }).nullable().default(null),
  publishedOn,
  author: text.nullable().default(null),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as de'),
  photoCredit: text.nullable().default(null),
  /** The source text, relative to the fact file; read byte for byte. */
  textFile: text,
});

/** The schema of each entry of each fact list, checked entry by entry. */
export const entrySchemas = {
  people: person,
  organizations: organization,
  posts: post,
  tenures: tenure,
  ownerships: ownership,
  plans: plan,
  activities: activity,
} as const;

export type FactList = keyof typeof entrySchemas;
export const factLists = Object.keys(entrySchemas) as FactList[];

const quotes = z.record(nameSchema, z.string().min(1, 'must not be empty'));

/**
 * A fact file's frame: the source, the quotes and the lists, whose entries are checked
 * one by one (`entrySchemas`), so that a problem in one entry does not hide the
 * problems of the others.
 */
export const factFileFrameSchema = z.strictObject({
  /**
   * Set by `npm run draft` on the files it writes: the seeder refuses a file that
   * carries it, so that nothing unchecked loads until the analyst deletes the line.
   */
  draft: text.optional(),
  source,
  quotes,
  ...(Object.fromEntries(factLists.map((list) => [list, z.array(z.unknown()).default([])])) as Record<FactList, z.ZodDefault<z.ZodArray<z.ZodUnknown>>>),
});

/** A whole fact file, every entry checked. */
export const factFileSchema = z.strictObject({
  draft: text.optional(),
  source,
  quotes,
  people: z.array(person).default([]),
  organizations: z.array(organization).default([]),
  posts: z.array(post).default([]),
  tenures: z.array(tenure).default([]),
  ownerships: z.array(ownership).default([]),
  plans: z.array(plan).default([]),
  activities: z.array(activity).default([]),
});

export const roleFileSchema = z.strictObject({
  roles: z.array(
    z.strictObject({
      key: nameSchema,
      en: text,
      de: z.strictObject({ masculine: text, feminine: text, neutral: text }),
    }),
  ),
});

export type FactFile = z.infer<typeof factFileSchema>;
export type RoleFile = z.infer<typeof roleFileSchema>;
export type CiteMap = FactFile['people'][number]['cite'];
