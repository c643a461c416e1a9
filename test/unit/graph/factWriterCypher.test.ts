import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/graph/Executor.js';
import {
  compareNodesStatement,
  compareRelationshipsStatement,
  countGraph,
  createNodesStatement,
  createRelationshipsStatement,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  nodeLabels,
  nodeSpecs,
  pruneGone,
  pruneNotKept,
  relationshipSpecs,
  relationshipTypes,
  wipeGraph,
} from '../../../src/graph/factWriterCypher.js';

const statements: Statement[] = [
  ...nodeLabels.flatMap((label) => [compareNodesStatement(nodeSpecs[label]), mergeNodesStatement(nodeSpecs[label]), createNodesStatement(nodeSpecs[label])]),
  ...relationshipSpecs.flatMap((spec) => [compareRelationshipsStatement(spec), mergeRelationshipsStatement(spec), createRelationshipsStatement(spec)]),
  ...Object.values(pruneNotKept),
  ...Object.values(pruneGone),
  countGraph,
  wipeGraph,
];

describe('the fact writer Cypher', () => {
  it.each(statements.map((s) => [s.name, s] as const))('%s carries no literal values, only parameters', (_name, statement) => {
    expect(statement.cypher).not.toMatch(/['"]/);
    const parameters = new Set([...statement.cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]));
    for (const parameter of parameters) expect(['rows', 'keep', 'gone']).toContain(parameter);
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s names only labels and relationship types of the closed sets', (_name, statement) => {
    const known = new Set<string>([...nodeLabels, ...relationshipTypes]);
    for (const match of statement.cypher.matchAll(/[([]\w*:(\w+)/g)) expect(known).toContain(match[1]);
  });

  it('gives every statement its own name', () => {
    expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
  });
});
