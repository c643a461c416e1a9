import { useView } from '../app/view.js';
import { Link } from '../routing/Link.js';
import { pathOf } from '../routing/viewState.js';

/**
 * An organisation with the one it is a unit of, both linked: "Stabsstelle
 * Digitalisierung · Gemeindetag Baden-Württemberg", so a unit never stands without
 * the body it belongs to.
 */
export function OrganizationLink({ organization }: { organization: { id: string; name: string; partOf: { id: string; name: string } | null } }) {
  const view = useView();
  return (
    <span class="organization-link">
      <Link href={view.href(pathOf('organization', organization.id))}>{organization.name}</Link>
      {organization.partOf && (
        <span class="organization-link__parent">
          {' '}
          ({view.t('partOfShort')} <Link href={view.href(pathOf('organization', organization.partOf.id))}>{organization.partOf.name}</Link>)
        </span>
      )}
    </span>
  );
}
