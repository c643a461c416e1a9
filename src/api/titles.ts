import type { Organization, OrganizationKind, Person, Role } from '../domain/entities.js';
import type { Lang } from './arguments.js';

/**
 * The words the API puts around facts: titles gendered as German sources gender them,
 * and the names of organisation kinds.
 */

/** The role's title for its holder: in German gendered (the neutral form when the gender is unknown), in English as is. */
export function titleFor(role: Role, person: Pick<Person, 'gender'>, lang: Lang): string {
  if (lang === 'en') return role.en;
  return person.gender === 'female' ? role.de.feminine : person.gender === 'male' ? role.de.masculine : role.de.neutral;
}

const kindLabels: Record<OrganizationKind, Record<Lang, string>> = {
  company: { en: 'Company', de: 'Unternehmen' },
  municipality: { en: 'Municipality', de: 'Kommune' },
  association: { en: 'Association', de: 'Verband' },
  'administrative-unit': { en: 'Administrative unit', de: 'Verwaltungseinheit' },
  council: { en: 'Council', de: 'Rat' },
  committee: { en: 'Committee', de: 'Ausschuss' },
  publication: { en: 'Publication', de: 'Publikation' },
  competition: { en: 'Competition', de: 'Wettbewerb' },
  university: { en: 'University', de: 'Hochschule' },
};

/** What kind of body an organisation is, in words; a kind without a label is shown as its key. */
export function kindLabel(organization: Pick<Organization, 'kind'>, lang: Lang): string {
  return (kindLabels as Partial<Record<string, Record<Lang, string>>>)[organization.kind]?.[lang] ?? organization.kind;
}
