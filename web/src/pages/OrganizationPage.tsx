import { useDocumentMeta } from '../app/useDocumentMeta.js';
import { useView } from '../app/view.js';
import { createFactBuilder, ownershipKey } from '../citations/facts.js';
import { organizationFacts } from '../citations/pageFacts.js';
import { CitationDialog } from '../components/CitationDialog.js';
import { DescribedFacts } from '../components/DescribedFacts.js';
import { FactButtons } from '../components/FactButtons.js';
import { FilterBanner } from '../components/FilterBanner.js';
import { Ownerships } from '../components/Ownerships.js';
import { PageActions } from '../components/PageActions.js';
import { QueryState } from '../components/QueryState.js';
import { SuccessionChain } from '../components/SuccessionChain.js';
import { certaintyOn } from '../facts/certainty.js';
import type { PlanView } from '../graphql/types.js';
import { kindLabel } from '../i18n/messages.js';
import { Link } from '../routing/Link.js';
import { pathOf } from '../routing/viewState.js';
import { Identity } from '../components/Identity.js';
import { NotFoundPage } from './NotFoundPage.js';
import { NotYetKnown } from './NotYetKnown.js';
import { useOrganizationData } from './useOrganizationData.js';

/**
 * An organisation: kind, parent, units, owners and holdings, and for each of its posts
 * the succession chain, ending in the vacancy after its last holder where there is one.
 */
export function OrganizationPage({ id }: { id: string }) {
  const view = useView();
  const { asOf, knownOn, lang } = view.state;
  const { result, organization, everything, chains, chainsResult, trailing } = useOrganizationData(id, lang, knownOn, asOf);
  const name = everything?.name ?? id;
  const missing = result.status === 'done' && !everything;
  useDocumentMeta(missing ? null : `${name} – ${view.t('titleSuffix')}`, view.t('metaOrganization', { name }));

  if (result.status !== 'done') return <QueryState result={result} />;
  if (!everything) return <NotFoundPage message={view.t('notFoundOrganization')} />;
  if (!organization) return <NotYetKnown kind="organization" name={everything.name} />;

  const facts = createFactBuilder(lang);
  const planFact = (plan: PlanView) => facts.described('plan', organization.name, plan);
  const stakesAsOf = (stakes: { owner: { id: string }; owned: { id: string } }[] | undefined) => (asOf && stakes ? new Set(stakes.map(ownershipKey)) : null);
  const heldOwners = stakesAsOf(organization.ownersAsOf);
  const heldHoldings = stakesAsOf(organization.holdingsAsOf);

  const steps = chains?.flat() ?? [];
  const tenures = steps.map((step) => step.tenure);
  const { entity: entityFact, all: allFacts } = organizationFacts(facts, organization, tenures);
  const openFact = allFacts.find((fact) => fact.key === view.state.cite) ?? null;
  const notHeld = asOf
    ? {
        roles: tenures.filter((tenure) => certaintyOn(tenure, asOf) === null).length,
        stakes:
          organization.owners.filter((stake) => !heldOwners?.has(ownershipKey(stake))).length +
          organization.holdings.filter((stake) => !heldHoldings?.has(ownershipKey(stake))).length,
      }
    : { roles: 0, stakes: 0 };

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
        <Identity organization={organization} />
        {organization.partOf && (
          <p class="entity__parent">
            {view.t('partOf')}: <Link href={view.href(pathOf('organization', organization.partOf.id))}>{organization.partOf.name}</Link>
          </p>
        )}
        <p class="entity__sources">
          {view.t('aboutOrganization')}: <FactButtons fact={entityFact} />
        </p>
        <PageActions
          kind="organization"
          id={organization.id}
          name={organization.name}
          page={{ ...entityFact, statement: `${organization.name}: ${view.t('posts')}`, citations: allFacts.flatMap((fact) => fact.citations) }}
          exportInput={
            chains === null
              ? null
              : {
                  entity: { kind: 'organization', id: organization.id, name: organization.name },
                  roles: tenures,
                  successions: organization.posts.map((post, index) => ({ role: post.role.labelDe, organization, steps: chains[index] ?? [] })),
                  stakes: [...organization.owners, ...organization.holdings],
                }
          }
        />
      </header>
      <FilterBanner
        hidden={[
          { noun: 'stake', n: everything.owners.length + everything.holdings.length - organization.owners.length - organization.holdings.length },
          { noun: 'plan', n: everything.plans.length - organization.plans.length },
          { noun: 'unit', n: everything.units.length - organization.units.length },
          { noun: 'description', n: everything.description && !organization.description ? 1 : 0 },
          { noun: 'quote', n: everything.sources.length - organization.sources.length },
        ]}
        outOfDate={[
          { noun: 'role', n: notHeld.roles },
          { noun: 'stake', n: notHeld.stakes },
        ]}
      />

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
          heldAsOf={heldOwners}
          factOf={facts.ownership}
        />
        <Ownerships
          id="holdings"
          heading={view.t('holdings')}
          empty={view.t('noHoldings')}
          ownerships={organization.holdings}
          side="owned"
          heldAsOf={heldHoldings}
          factOf={facts.ownership}
        />
      </div>

      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading">{view.t('posts')}</h2>
        {organization.posts.length === 0 && <p class="muted">{view.t('noPosts')}</p>}
        {chains === null && <QueryState result={chainsResult} />}
        {chains !== null &&
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
              {(chains[index] ?? []).length === 0 ? (
                <p class="muted">{view.t('noHolders')}</p>
              ) : (
                <SuccessionChain steps={chains[index] ?? []} factOf={facts.tenure} trailing={trailing.get(post.id) ?? null} />
              )}
            </section>
          ))}
      </section>
      <DescribedFacts id="plans" heading={view.t('plans')} facts={organization.plans} factOf={planFact} />
      {chains !== null && <CitationDialog fact={openFact} missing={view.state.cite !== null && openFact === null} />}
    </article>
  );
}
