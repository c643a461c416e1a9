import { z } from 'zod';
import type { Claim, OrganizationKind } from '../domain/entities.js';
import { partialDateForms } from '../domain/partialDate.js';

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

/** A date as stated, or with the reason it follows from the quoted sentence. */
const statedDate = z.union([dateText.transform((value) => ({ value, inference: null as string | null })), z.strictObject({ value: dateText, inference: text })]);

export const claimNames = ['existence', 'start', 'end', 'current', 'predecessor', 'percentage', 'attribute'] as const satisfies readonly Claim[];

/** Quote name -> what the quote supports about the fact. */
const cite = z
  .record(nameSchema, z.array(z.enum(claimNames)).min(1, 'must name at least one claim: ' + claimNames.join(', ')))
  .refine((map) => Object.keys(map).length > 0, 'must cite at least one quote');

const localized = z.strictObject({ de: text, en: text });
const aliases = z.array(text).default([]);

const person = z.strictObject({
  id: idSchema,
  name: text,
  aliases,
  honorific: text.nullish(),
  gender: z
    .union([z.enum(['female', 'male']).transform((value) => ({ value, inference: null as string | null })), z.strictObject({ value: z.enum(['female', 'male']), inference: text })])
    .nullish(),
  birth: z.union([z.strictObject({ age: z.number().int().min(0).max(130), inference: text }), z.strictObject({ value: dateText, inference: text.optional() })]).nullish(),
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

const organization = z.strictObject({
  id: idSchema,
  name: text,
  aliases,
  kind: z.enum(organizationKinds).nullish(),
  status: z.enum(['active', 'planned']).nullish(),
  partOf: idSchema.nullish(),
  description: localized.nullish(),
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
  inference: text.nullish(),
  cite,
});

const ownership = z.strictObject({
  id: idSchema,
  owner: idSchema,
  owned: idSchema,
  percentage: z.number().min(0).max(100).nullable().optional(),
  start: statedDate.nullable().optional(),
  end: statedDate.nullable().optional(),
  cite,
});

const plan = z.strictObject({ id: idSchema, description: localized, concerns: z.array(idSchema).min(1, 'must name what the plan concerns'), cite });

const activity = z.strictObject({ id: idSchema, person: idSchema, description: localized, cite });

const isoDay = z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD'));

const source = z.strictObject({
  id: idSchema,
  title: text,
  publisher: text.nullable().default(null),
  url: z.url({ error: 'must be an absolute URL, or null when the source does not state one' }).nullable().default(null),
  publishedOn: isoDay,
  author: text.nullable().default(null),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as de'),
  photoCredit: text.nullable().default(null),
  /** The source text, relative to the fact file; read byte for byte. */
  textFile: text,
});

export const factFileSchema = z.strictObject({
  /**
   * Set by `npm run draft` on the files it writes: the seeder refuses a file that
   * carries it, so that nothing unchecked loads until the analyst deletes the line.
   */
  draft: text.optional(),
  source,
  quotes: z.record(nameSchema, z.string().min(1, 'must not be empty')),
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
