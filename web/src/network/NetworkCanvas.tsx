import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import { type NetworkGraph, nearestInDirection } from './networkGraph.js';
import { networkStyle } from './networkStyle.js';

interface NetworkCanvasProps {
  graph: NetworkGraph;
  root: string;
  selected: string | null;
  /** What the picture is, for assistive technology; the list beside it carries the content. */
  label: string;
  /** The id of the element describing the keys. */
  describedBy: string;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  onOpenPage: (id: string) => void;
  onOpenLink: (key: string) => void;
}

const arrows: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** How many links away from the centre each node is (links read both ways). */
function depthsFrom(graph: NetworkGraph, root: string): Map<string, number> {
  const depth = new Map([[root, 0]]);
  const queue = [root];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const link of graph.links.values()) {
      const other = link.from === id ? link.to : link.to === id ? link.from : null;
      if (other !== null && !depth.has(other)) {
        depth.set(other, (depth.get(id) ?? 0) + 1);
        queue.push(other);
      }
    }
  }
  return depth;
}

function elementsOf(graph: NetworkGraph, root: string): ElementDefinition[] {
  return [
    ...[...graph.nodes.values()].map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, label: node.name, kind: node.kind, root: node.id === root, expanded: graph.expanded.has(node.id) },
    })),
    ...[...graph.links.values()].map((link) => ({
      group: 'edges' as const,
      data: { id: link.key, source: link.from, target: link.to, label: link.label, kind: link.kind, tentative: link.tentative },
    })),
  ];
}

/**
 * The network drawn by Cytoscape.js on a canvas: the centre in the middle, its neighbours
 * around it, theirs further out. The canvas takes the keyboard focus: arrow keys move the
 * selection to the nearest node that way, Enter expands it, O opens its page. A click
 * selects, a double click expands, a click on a link opens its sources.
 */
export function NetworkCanvas({ graph, root, selected, label, describedBy, onSelect, onExpand, onOpenPage, onOpenLink }: NetworkCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  // Cytoscape's handlers are bound once; they call the latest callbacks through this.
  const handlers = useRef({ onSelect, onExpand, onOpenLink });
  handlers.current = { onSelect, onExpand, onOpenLink };

  useEffect(() => {
    if (!container.current) return;
    // A few nodes are not blown up to fill the box: labels stay near the page's own text size.
    const instance = cytoscape({
      container: container.current,
      style: networkStyle,
      elements: [],
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      maxZoom: 1.4,
      minZoom: 0.2,
    });
    instance.on('tap', 'node', (event) => handlers.current.onSelect(event.target.id()));
    instance.on('dbltap', 'node', (event) => handlers.current.onExpand(event.target.id()));
    instance.on('tap', 'edge', (event) => handlers.current.onOpenLink(event.target.id()));
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  const shape = [...graph.nodes.keys(), ...graph.links.keys(), ...graph.expanded].join('\n');
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements().remove();
      instance.add(elementsOf(graph, root));
    });
    const depth = depthsFrom(graph, root);
    const deepest = Math.max(0, ...depth.values());
    instance
      .layout({
        name: 'concentric',
        // The centre innermost, each node one ring further out than the node it was reached from.
        concentric: (node) => deepest - (depth.get(node.id()) ?? deepest),
        levelWidth: () => 1,
        minNodeSpacing: 110,
        animate: false,
        padding: 30,
      })
      .run();
    if (selected) instance.getElementById(selected).select();
  }, [shape, root]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.elements().unselect();
    if (selected) instance.getElementById(selected).select();
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent) => {
    const instance = cy.current;
    if (!instance) return;
    const direction = arrows[event.key];
    if (direction) {
      event.preventDefault();
      if (!selected) return onSelect(root);
      const positions = new Map(instance.nodes().map((node) => [node.id(), node.position()] as const));
      const next = nearestInDirection(positions, selected, direction);
      if (next) onSelect(next);
    } else if (event.key === 'Enter' && selected) {
      event.preventDefault();
      onExpand(selected);
    } else if ((event.key === 'o' || event.key === 'O') && selected) {
      event.preventDefault();
      onOpenPage(selected);
    }
  };

  return (
    <div
      ref={container}
      class="network-canvas"
      tabIndex={0}
      role="application"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid="network-canvas"
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (!selected) onSelect(root);
      }}
    />
  );
}
