import { useView } from '../app/view.js';
import { claimValue, disputedClaims, identityFields, type ClaimRow, type DisputeLocator } from '../citations/disputes.js';
import { misnamingsDocument, personClaimsDocument, stakeClaimsDocument } from '../graphql/documents.js';
import { useQuery, type QueryResult } from '../graphql/useQuery.js';
import type { MessageKey } from '../i18n/messages.js';

/** The dashed "Quellen widersprechen sich / sources disagree" badge of a disputed fact. */
export function DisputedBadge() {
  const view = useView();
  return (
    <span class="badge badge--disputed" data-disputed="true" title={view.t('disputedHelp')}>
      {view.t('disputed')}
    </span>
  );
}

/**
 * What each source says of a disputed fact, read when its dialog opens: the claims of the
 * fields in dispute, or null while they load (and for a fact no source disputes).
 */
export function useDisputedClaims(locator: DisputeLocator | null): QueryResult<ClaimRow[]> {
  const { knownOn } = useView().state;
  const personId = locator && (locator.kind === 'tenure' || locator.kind === 'birth' || locator.kind === 'person') ? locator.personId : null;
  const organizationId = locator?.kind === 'stake' ? locator.ownedId : locator?.kind === 'organization' ? locator.organizationId : null;
  const person = useQuery(personId ? personClaimsDocument : null, { id: personId ?? '', knownOn });
  const organization = useQuery(organizationId ? stakeClaimsDocument : null, { id: organizationId ?? '', knownOn });
  if (!locator) return { status: 'idle' };
  const result = personId ? person : organization;
  if (result.status !== 'done') return result;
  return { status: 'done', data: claimsOf(locator, person.status === 'done' ? person.data : null, organization.status === 'done' ? organization.data : null) };
}

/** A fact as the claims documents give it: the fields in dispute and every source's claims. */
type Disputable = Parameters<typeof disputedClaims>[0];

function claimsOf(
  locator: DisputeLocator,
  person: { person?: (Disputable & { tenures: (Disputable & { id: string })[] }) | null } | null,
  organization: { organization?: (Disputable & { owners: (Disputable & { owner: { id: string } })[] }) | null } | null,
): ClaimRow[] {
  switch (locator.kind) {
    case 'tenure': {
      const tenure = person?.person?.tenures.find((candidate) => candidate.id === locator.tenureId);
      return tenure ? disputedClaims(tenure) : [];
    }
    case 'birth':
      return person?.person ? disputedClaims(person.person, ['birth']) : [];
    case 'person':
      return person?.person ? disputedClaims(person.person, identityFields) : [];
    case 'stake': {
      const stake = organization?.organization?.owners.find((candidate) => candidate.owner.id === locator.ownerId);
      return stake ? disputedClaims(stake) : [];
    }
    case 'organization':
      return organization?.organization ? disputedClaims(organization.organization) : [];
  }
}

const fieldLabels: Record<string, MessageKey> = {
  start: 'fieldStart',
  end: 'fieldEnd',
  birth: 'fieldBirth',
  organization: 'fieldOrganization',
  capacity: 'fieldCapacity',
  predecessor: 'fieldPredecessor',
  percentage: 'fieldPercentage',
  name: 'fieldName',
  honorific: 'fieldHonorific',
  gender: 'fieldGender',
  kind: 'fieldKind',
  partOf: 'fieldPartOf',
  legalForm: 'fieldLegalForm',
  seat: 'fieldSeat',
};

/** A field's name in the view's language ("Beginn", "start"); the fact file's name where none is known. */
export function useFieldLabel(): (field: string) => string {
  const view = useView();
  return (field) => {
    const key = fieldLabels[field];
    return key ? view.t(key) : field;
  };
}

/** The dialog's note that the sources disagree, naming the fields. */
export function DisputeSummary({ claims }: { claims: ClaimRow[] }) {
  const view = useView();
  const label = useFieldLabel();
  const fields = [...new Set(claims.map((claim) => claim.field))];
  if (fields.length === 0) return null;
  return (
    <section class="citation-dispute" data-testid="dispute">
      <h3>
        <DisputedBadge /> {fields.map(label).join(', ')}
      </h3>
      <p>{view.t('disputeExplained')}</p>
    </section>
  );
}

/** One source's values for the fields in dispute, shown above its quotes. */
export function SourceClaims({ claims }: { claims: ClaimRow[] }) {
  const view = useView();
  const label = useFieldLabel();
  if (claims.length === 0) return null;
  return (
    <ul class="citation-claims" data-testid="source-claims">
      {claims.map((claim, index) => (
        <li key={index} class={claim.counts ? '' : 'citation-claims__set-aside'} data-counts={String(claim.counts)}>
          <span class="citation-claims__field">{label(claim.field)}:</span> <strong>{claimValue(view.state.lang, claim)}</strong>
          {claim.inferred && <span class="citation-claims__note"> ({view.t('inferred')})</span>}
          {!claim.counts && <span class="citation-claims__note"> — {claim.rank === 'DEPRECATED' ? view.t('claimDeprecated') : view.t('claimNotCounted')}</span>}
          {claim.rank === 'PREFERRED' && <span class="citation-claims__note"> — {view.t('claimPreferred')}</span>}
          {claim.rankReason && <span class="citation-claims__reason"> {claim.rankReason}</span>}
        </li>
      ))}
    </ul>
  );
}

/** A source's wrong name for a person, with the analyst's correction. */
export interface Correction {
  namedAs: string;
  correction: string;
  sourceId: string;
}

/**
 * Where sources print the name of the fact's person wrongly, read when the dialog opens
 * on a fact of one person; none for other facts, and none while they load.
 */
export function useCorrections(personId: string | null): Correction[] {
  const result = useQuery(personId ? misnamingsDocument : null, { id: personId ?? '' });
  if (result.status !== 'done') return [];
  return (result.data.person?.misnamings ?? []).map((misnaming) => ({
    namedAs: misnaming.namedAs,
    correction: misnaming.correction,
    sourceId: misnaming.source.id,
  }));
}

/** The analyst's corrections of a quote that prints a wrong name: those of its source whose name it contains. */
export function QuoteCorrections({ quote, sourceId, corrections }: { quote: string; sourceId: string; corrections: Correction[] }) {
  const view = useView();
  return (
    <>
      {corrections
        .filter((correction) => correction.sourceId === sourceId && quote.includes(correction.namedAs))
        .map((correction) => (
          <p class="citation-correction" key={correction.namedAs} data-testid="correction">
            {view.t('misnamedInSource', { name: correction.namedAs })} {correction.correction}
          </p>
        ))}
    </>
  );
}
