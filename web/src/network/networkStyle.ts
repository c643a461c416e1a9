import type { StylesheetJson } from 'cytoscape';

/**
 * How the network is drawn. People are round, organisations square; links that were
 * announced or only possibly held on the as-of day are dashed; units hang from their
 * parent with a dotted line. The colours keep a contrast of at least 4.5:1 on white.
 */
export const networkStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 12,
      color: '#1c2330',
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-valign': 'bottom',
      'text-margin-y': 6,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 34,
      height: 34,
      'border-width': 2,
    },
  },
  { selector: 'node[kind = "person"]', style: { shape: 'ellipse', 'background-color': '#dbe7fb', 'border-color': '#1f5fbf' } },
  { selector: 'node[kind = "organization"]', style: { shape: 'round-rectangle', 'background-color': '#f6ead8', 'border-color': '#8a5300' } },
  { selector: 'node[?root]', style: { 'border-width': 4, 'font-weight': 'bold' } },
  { selector: 'node[?expanded]', style: { 'background-opacity': 1 } },
  { selector: 'node[!expanded]', style: { 'background-opacity': 0.55 } },
  { selector: 'node:selected', style: { 'border-color': '#b34700', 'border-width': 5, 'overlay-opacity': 0 } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#5b6474',
      'target-arrow-color': '#5b6474',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      color: '#1c2330',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
    },
  },
  { selector: 'edge[kind = "ownership"]', style: { 'line-color': '#157347', 'target-arrow-color': '#157347', width: 3 } },
  { selector: 'edge[kind = "unit"]', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none' } },
  { selector: 'edge[?tentative]', style: { 'line-style': 'dashed' } },
  { selector: 'edge:selected', style: { 'line-color': '#b34700', 'target-arrow-color': '#b34700', width: 4, 'overlay-opacity': 0 } },
];
