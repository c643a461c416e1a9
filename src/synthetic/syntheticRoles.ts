import type { OrganizationKind, Role } from '../domain/entities.js';

/**
 * The role vocabulary of the synthetic graph, written as its roles.yaml, and which
 * roles each kind of organisation has. Keys match the curated vocabulary where the
 * role is the same (managing-director, lord-mayor, head-of-unit).
 */
export const syntheticRoles: readonly Role[] = [
  { key: 'lord-mayor', en: 'Lord mayor', de: { masculine: 'Oberbürgermeister', feminine: 'Oberbürgermeisterin', neutral: 'Oberbürgermeisteramt' } },
  { key: 'deputy-mayor', en: 'Deputy mayor', de: { masculine: 'Bürgermeister', feminine: 'Bürgermeisterin', neutral: 'Bürgermeisteramt' } },
  {
    key: 'chief-digital-officer',
    en: 'Chief Digital Officer',
    de: { masculine: 'Chief Digital Officer', feminine: 'Chief Digital Officer', neutral: 'Chief Digital Officer (CDO)' },
  },
  { key: 'council-chair', en: 'Chair of the council', de: { masculine: 'Ratsvorsitzender', feminine: 'Ratsvorsitzende', neutral: 'Ratsvorsitz' } },
  { key: 'managing-director', en: 'Managing director', de: { masculine: 'Geschäftsführer', feminine: 'Geschäftsführerin', neutral: 'Geschäftsführung' } },
  {
    key: 'supervisory-board-chair',
    en: 'Chair of the supervisory board',
    de: { masculine: 'Aufsichtsratsvorsitzender', feminine: 'Aufsichtsratsvorsitzende', neutral: 'Aufsichtsratsvorsitz' },
  },
  { key: 'press-officer', en: 'Press officer', de: { masculine: 'Pressesprecher', feminine: 'Pressesprecherin', neutral: 'Pressestelle' } },
  { key: 'head-of-unit', en: 'Head of unit', de: { masculine: 'Leiter', feminine: 'Leiterin', neutral: 'Leitung' } },
  { key: 'chair', en: 'Chair', de: { masculine: 'Vorsitzender', feminine: 'Vorsitzende', neutral: 'Vorsitz' } },
  { key: 'treasurer', en: 'Treasurer', de: { masculine: 'Schatzmeister', feminine: 'Schatzmeisterin', neutral: 'Schatzmeisteramt' } },
];

/** The posts an organisation of each kind has; the first is always there, the others often. */
export const rolesByKind: Partial<Record<OrganizationKind, readonly string[]>> = {
  municipality: ['lord-mayor', 'deputy-mayor', 'chief-digital-officer'],
  council: ['council-chair'],
  company: ['managing-director', 'supervisory-board-chair', 'press-officer'],
  'administrative-unit': ['head-of-unit'],
  association: ['chair', 'treasurer'],
};

/** Posts that are held in an honorary capacity. */
export const honoraryRoles: ReadonlySet<string> = new Set(['chair', 'treasurer']);

const byKey = new Map(syntheticRoles.map((r) => [r.key, r]));

/** The role of a key of this vocabulary. */
export function syntheticRole(key: string): Role {
  const role = byKey.get(key);
  if (!role) throw new RangeError(`No synthetic role "${key}"; the vocabulary has ${[...byKey.keys()].join(', ')}.`);
  return role;
}
