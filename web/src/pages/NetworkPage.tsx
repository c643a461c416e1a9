import { useState } from 'preact/hooks';
import { useDocumentMeta } from '../app/useDocumentMeta.js';
import { useView } from '../app/view.js';
import { createFactBuilder } from '../citations/facts.js';
import { CitationDialog } from '../components/CitationDialog.js';
import { FactButtons } from '../components/FactButtons.js';
import { FilterBanner } from '../components/FilterBanner.js';
import { QueryState } from '../components/QueryState.js';
import { formatPercentage, formatSpan } from '../format/dates.js';
import { countOf, kindLabel } from '../i18n/messages.js';
import { LazyNetworkCanvas } from '../network/LazyNetworkCanvas.js';
import { addNeighbourhood, emptyNetwork, type NetworkGraph, type NetworkLink, type NetworkNode, linksOf } from '../network/networkGraph.js';
import { useNetworkNodes } from '../network/useNetworkNodes.js';
import { navigate } from '../routing/location.js';
import { Link } from '../routing/Link.js';
import { pathOf } from '../routing/viewState.js';
import { NotFoundPage } from './NotFoundPage.js';
import { NotYetKnown } from './NotYetKnown.js';

/**
 * The people, organisations and owners around a person or organisation: a picture to
 * see who is connected to whom, expanded node by node, and beside it the same links as
 * lists with their sources, for the keyboard, screen readers and print.
 */
export function NetworkPage({ id }: { id: string }) {
  const view = useView();
  const { lang, asOf, knownOn, expand } = view.state;
  const ids = [id, ...expand.filter((other) => other !== id)];
  const nodes = useNetworkNodes(ids, lang, knownOn, asOf);
  const [selected, setSelected] = useState<string | null>(null);
  const rootAnswer = nodes.answers.get(id);
  const rootName = rootAnswer?.person?.name ?? rootAnswer?.organization?.name ?? id;
  const missing = rootAnswer !== undefined && !rootAnswer.person && !rootAnswer.organization;
  useDocumentMeta(missing ? null : `${view.t('titleNetwork', { name: rootName })} – ${view.t('titleSuffix')}`, view.t('metaNetwork', { name: rootName }));

  // The server answers an id nobody knows with 404; with a known-on day, the node may only not be known yet.
  if (missing) return knownOn ? <NotYetKnown name={id} /> : <NotFoundPage message={view.t('notFoundPage')} />;
  if (!rootAnswer) return <QueryState result={nodes.error ? { status: 'error', error: nodes.error, retry: nodes.retry } : { status: 'loading' }} />;

  const facts = createFactBuilder(lang);
  const graph = emptyNetwork();
  const options = {
    facts,
    asOf,
    formatShare: (share: number | null) => (share === null ? view.t('shareUnknown') : formatPercentage(lang, share)),
    unitLabel: view.t('linkUnit'),
  };
  for (const nodeId of ids) {
    const answer = nodes.answers.get(nodeId);
    if (answer) addNeighbourhood(graph, nodeId, answer, options);
  }
  const expandNode = (nodeId: string) => {
    if (!graph.expanded.has(nodeId) && graph.nodes.has(nodeId)) navigate(view.hereWith({ expand: [...expand, nodeId] }));
  };
  const openFact = [...graph.links.values()].find((link) => link.key === view.state.cite)?.fact ?? null;
  const selectedNode = selected ? (graph.nodes.get(selected) ?? null) : null;

  return (
    <article class="network" data-testid="network-page">
      <header class="entity__header">
        <p class="entity__kind">{view.t('network')}</p>
        <h1>{view.t('networkHeading', { name: rootName })}</h1>
        <p class="network__help" id="network-help">
          {view.t('networkHelp')}
        </p>
      </header>
      <FilterBanner hidden={null} outOfDate={[{ noun: 'link', n: graph.hidden.size }]} asOfHides />
      {nodes.loading && <QueryState result={{ status: 'loading' }} />}
      {nodes.error && <QueryState result={{ status: 'error', error: nodes.error, retry: nodes.retry }} />}
      <div class="network__layout">
        <LazyNetworkCanvas
          graph={graph}
          root={id}
          selected={selected}
          label={view.t('networkGraph')}
          describedBy="network-help"
          onSelect={setSelected}
          onExpand={expandNode}
          onOpenPage={(nodeId) => {
            const node = graph.nodes.get(nodeId);
            if (node) navigate(view.href(pathOf(node.kind, node.id)));
          }}
          onOpenLink={(key) => navigate(view.hereWith({ cite: key }), { dialog: true })}
        />
        <aside class="network__selection" aria-live="polite" data-testid="network-selection">
          {selectedNode ? <NodeDetails graph={graph} node={selectedNode} onExpand={expandNode} /> : <p class="muted">{view.t('networkNothingSelected')}</p>}
        </aside>
      </div>
      <section aria-labelledby="network-list-heading" class="network__list">
        <h2 id="network-list-heading">{view.t('networkList')}</h2>
        <ul data-testid="network-list">
          {[...graph.nodes.values()].map((node) => (
            <li key={node.id} data-node={node.id}>
              <NodeDetails graph={graph} node={node} onExpand={expandNode} level={3} />
            </li>
          ))}
        </ul>
      </section>
      <CitationDialog fact={openFact} missing={view.state.cite !== null && openFact === null && !nodes.loading} />
    </article>
  );
}

/** A node with its page, whether it can be expanded, and its links with their sources. */
function NodeDetails({ graph, node, onExpand, level = 2 }: { graph: NetworkGraph; node: NetworkNode; onExpand: (id: string) => void; level?: 2 | 3 }) {
  const view = useView();
  const links = linksOf(graph, node.id);
  const Heading = level === 2 ? 'h2' : 'h3';
  const kind = node.kind === 'person' ? view.t('person') : `${view.t('organization')} · ${kindLabel(view.state.lang, node.organizationKind ?? '')}`;
  return (
    <div class="network-node">
      <Heading class="network-node__name">
        <Link href={view.href(pathOf(node.kind, node.id))}>{node.name}</Link> <span class="muted network-node__kind">{kind}</span>
      </Heading>
      <p class="visually-hidden">{view.t('networkSelected', { name: node.name, kind, links: countOf(view.state.lang, 'link', links.length) })}</p>
      {graph.truncated.has(node.id) && <p class="notice">{view.t('networkTruncated')}</p>}
      {graph.expanded.has(node.id) ? (
        <p class="muted">{view.t('expanded')}</p>
      ) : (
        <button type="button" class="cite-button" data-expand={node.id} aria-label={`${view.t('expand')}: ${node.name}`} onClick={() => onExpand(node.id)}>
          {view.t('expand')}
        </button>
      )}
      {links.length === 0 ? (
        <p class="muted">{view.t('noLinks')}</p>
      ) : (
        <ul class="network-node__links" aria-label={view.t('networkLinksOf', { name: node.name })}>
          {links.map((link) => (
            <li key={link.key} data-link={link.key}>
              <LinkLine graph={graph} link={link} /> <FactButtons fact={link.fact} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A link in words: "Ilona Benz – Geschäftsführerin → KL.digital, seit 1. Februar 2022". */
function LinkLine({ graph, link }: { graph: NetworkGraph; link: NetworkLink }) {
  const view = useView();
  const name = (nodeId: string) => graph.nodes.get(nodeId)?.name ?? nodeId;
  const span = formatSpan(view.state.lang, link.start, link.end, { since: view.t('since'), until: view.t('until') });
  return (
    <span class={`network-link network-link--${link.kind}${link.tentative ? ' network-link--tentative' : ''}`}>
      {name(link.from)} – {link.label} → {name(link.to)}
      {span && <span class="muted">, {span}</span>}
    </span>
  );
}
