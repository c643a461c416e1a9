import { useView } from '../app/view.js';
import type { OrganizationView } from '../graphql/types.js';
import type { MessageKey } from '../i18n/messages.js';
import { Link } from '../routing/Link.js';
import { pathOf } from '../routing/viewState.js';

const schemes: Record<string, MessageKey> = { wikidata: 'schemeWikidata', register: 'schemeRegister', lei: 'schemeLei', website: 'schemeWebsite' };

/** Where a value comes from: the sources whose claims count, or the analyst. */
function Provenance({ sources }: { sources: { id: string; title: string }[] | null }) {
  const view = useView();
  if (sources === null || sources.length === 0) return <span class="muted">({view.t('givenByAnalyst')})</span>;
  return (
    <span class="muted">
      (
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && '; '}
          <Link href={view.href(pathOf('source', source.id))}>{source.title}</Link>
        </span>
      ))}
      )
    </span>
  );
}

type Identified = Pick<OrganizationView, 'legalForm' | 'seat' | 'identifiers' | 'legalFormClaims' | 'seatClaims'>;

/**
 * What identifies an organisation: its legal form and seat as sources state them, and
 * its identifiers in other registers (Wikidata, the commercial register) with links out
 * to the record, each with the source that gives it or marked as given by the analyst.
 */
export function Identity({ organization }: { organization: Identified }) {
  const view = useView();
  const { legalForm, seat, identifiers } = organization;
  if (!legalForm && !seat && identifiers.length === 0) return null;
  const counting = (claims: Identified['seatClaims']) => claims.filter((claim) => claim.counts).map((claim) => claim.source);
  return (
    <dl class="identity" data-testid="identity">
      {legalForm && (
        <div>
          <dt>{view.t('legalForm')}</dt>
          <dd>
            {legalForm} <Provenance sources={counting(organization.legalFormClaims)} />
          </dd>
        </div>
      )}
      {seat && (
        <div>
          <dt>{view.t('seat')}</dt>
          <dd>
            {seat} <Provenance sources={counting(organization.seatClaims)} />
          </dd>
        </div>
      )}
      {identifiers.length > 0 && (
        <div>
          <dt>{view.t('identifiers')}</dt>
          <dd>
            <ul class="identity__identifiers">
              {identifiers.map((identifier) => (
                <li key={`${identifier.scheme}:${identifier.value}`} data-scheme={identifier.scheme}>
                  {schemes[identifier.scheme] ? view.t(schemes[identifier.scheme] as MessageKey) : identifier.scheme}:{' '}
                  {identifier.url ? (
                    <a href={identifier.url} rel="noreferrer" target="_blank">
                      {identifier.value}
                    </a>
                  ) : (
                    identifier.value
                  )}{' '}
                  <Provenance sources={identifier.source ? [identifier.source] : null} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
