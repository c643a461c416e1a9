import { useView } from '../app/view.js';
import type { CitedFact } from '../citations/facts.js';
import { describedKey, inferencesOf, ownershipKey, tenureFact } from '../citations/facts.js';
import { CitationDialog } from '../components/CitationDialog.js';
import { DescribedFacts } from '../components/DescribedFacts.js';
import { Ownerships } from '../components/Ownerships.js';
import { QueryState } from '../components/QueryState.js';
import { SuccessionChain } from '../components/SuccessionChain.js';
import { kindLabel } from '../i18n/messages.js';
import {
  type OrganizationData,
  organizationQuery,
  type SuccessionData,
  successionQuery,
  successionVariables,
} from '../graphql/queries.js';
import type { DescribedFact, OwnershipView, TenureView } from '../graphql/types.js';
import { useQuery } from '../graphql/useQuery.js';
import { Link } from '../routing/Link.js';
import { pathOf } from '../routing/viewState.js';
import { NotFoundPage } from './NotFoundPage.js';

/**
 * An organisation: kind, parent, units, owners and holdings, and for each of its posts
 * the succession chain. Two round trips: the posts decide which chains to ask for.
 */
export function OrganizationPage({ id }: { id: string }) {
  const view = useView();
  const { asOf, knownOn, lang } = view.state;
  const dates = { knownOn, ...(asOf ? { asOf } : {}) };
  const result = useQuery<OrganizationData>(organizationQuery(asOf !== null), { id, lang, ...dates });
  const organization = result.status === 'done' ? result.data.organization : null;
  const roleKeys = organization?.posts.map((post) => post.role.key) ?? [];
  const chains = useQuery<SuccessionData>(roleKeys.length > 0 ? successionQuery(roleKeys.length, asOf !== null) : null, {
    id,
    ...dates,
    ...successionVariables(roleKeys),
  });

  if (result.status !== 'done') return <QueryState result={result} />;
  if (!organization) return <NotFoundPage message={view.t('notFoundOrganization')} />;

  const factOfTenure = (tenure: TenureView): CitedFact => tenureFact(tenure, `${tenure.person.name}: ${tenure.titleDe}, ${organization.name}`);
  const ownershipFact = (ownership: OwnershipView): CitedFact => ({
    key: ownershipKey(ownership),
    label: `${ownership.owner.name} → ${ownership.owned.name}`,
    citations: ownership.sources,
    inferences: inferencesOf(ownership),
  });
  const planFact = (plan: DescribedFact): CitedFact => ({
    key: describedKey('plan', plan),
    label: `${organization.name}: ${plan.description}`,
    citations: plan.sources,
    inferences: [],
  });
  const stakesAsOf = (stakes: { owner: { id: string }; owned: { id: string } }[] | undefined) =>
    asOf && stakes ? new Set(stakes.map(ownershipKey)) : null;

  const chainSteps = roleKeys.map((_, index) => (chains.status === 'done' ? (chains.data[`chain${index}`]?.steps ?? []) : []));
  const facts: CitedFact[] = [
    ...organization.owners.map(ownershipFact),
    ...organization.holdings.map(ownershipFact),
    ...chainSteps.flat().map((step) => factOfTenure(step.tenure)),
    ...organization.plans.map(planFact),
  ];
  const openFact = facts.find((fact) => fact.key === view.state.cite) ?? null;
  const factsLoaded = roleKeys.length === 0 || chains.status === 'done';

  return (
    <article class="entity" data-testid="organization-page">
      <header class="entity__header">
        <p class="entity__kind" data-testid="kind">
          {view.t('organization')} · {kindLabel(lang, organization.kind)}
        </p>
        <h1>{organization.name}</h1>
        {organization.status === 'PLANNED' && <p class="badge badge--planned entity__status">{view.t('plannedOrganization')}</p>}
        {organization.description && <p class="entity__description">{organization.description}</p>}
        {organization.aliases.length > 0 && (
          <p class="entity__aliases">
            {view.t('aliases')}: {organization.aliases.join(', ')}
          </p>
        )}
        {organization.partOf && (
          <p class="entity__parent">
            {view.t('partOf')}: <Link href={view.href(pathOf('organization', organization.partOf.id))}>{organization.partOf.name}</Link>
          </p>
        )}
      </header>

      {organization.units.length > 0 && (
        <section aria-labelledby="units-heading">
          <h2 id="units-heading">{view.t('units')}</h2>
          <ul class="units">
            {organization.units.map((unit) => (
              <li key={unit.id}>
                <Link href={view.href(pathOf('organization', unit.id))}>{unit.name}</Link> <span class="muted">{kindLabel(lang, unit.kind)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div class="two-columns">
        <Ownerships
          id="owners"
          heading={view.t('owners')}
          empty={view.t('noOwners')}
          ownerships={organization.owners}
          side="owner"
          heldAsOf={stakesAsOf(organization.ownersAsOf)}
          factOf={ownershipFact}
        />
        <Ownerships
          id="holdings"
          heading={view.t('holdings')}
          empty={view.t('noHoldings')}
          ownerships={organization.holdings}
          side="owned"
          heldAsOf={stakesAsOf(organization.holdingsAsOf)}
          factOf={ownershipFact}
        />
      </div>

      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading">{view.t('posts')}</h2>
        {organization.posts.length === 0 && <p class="muted">{view.t('noPosts')}</p>}
        {chains.status !== 'done' && roleKeys.length > 0 && <QueryState result={chains} />}
        {chains.status === 'done' &&
          organization.posts.map((post, index) => (
            <section class="post" key={post.role.key} data-role={post.role.key} aria-labelledby={`post-${index}`}>
              <h3 id={`post-${index}`}>
                <span lang="de">{post.role.labelDe}</span>
                {post.role.labelEn !== post.role.labelDe && (
                  <span class="muted" lang="en">
                    {' '}
                    · {post.role.labelEn}
                  </span>
                )}
              </h3>
              {(chainSteps[index] ?? []).length === 0 ? (
                <p class="muted">{view.t('noHolders')}</p>
              ) : (
                <SuccessionChain steps={chainSteps[index] ?? []} factOf={factOfTenure} />
              )}
            </section>
          ))}
      </section>
      <DescribedFacts id="plans" heading={view.t('plans')} facts={organization.plans} factOf={planFact} />
      {factsLoaded && <CitationDialog fact={openFact} missing={view.state.cite !== null && openFact === null} />}
    </article>
  );
}
