import { describe, expect, it } from 'vitest';
import { readStatements as statements } from '../../fixtures/readStatements.js';

// The only literals the reads may contain: the full-text index's name and the kinds a search hit reports.
const allowedStrings = new Set(["'entityNames'", "'Person'", "'Organization'"]);
const labels = new Set(['Person', 'Organization', 'Post', 'Role', 'Tenure', 'Ownership', 'Citation', 'Source', 'Plan', 'Activity', 'GraphVersion']);
const types = new Set(['HOLDS', 'OF_POST', 'OF_ROLE', 'IN', 'PART_OF', 'SUCCEEDED', 'OWNS', 'STAKE_IN', 'CONCERNS', 'ENGAGED_IN', 'QUOTES', 'CITED_BY']);

describe('the read statements', () => {
  it('have unique names', () => {
    const names = statements.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s takes every value as a parameter', (_name, statement) => {
    const strings = statement.cypher.match(/'[^']*'|"[^"]*"/g) ?? [];
    expect(strings.filter((s) => !allowedStrings.has(s))).toEqual([]);
    // Numbers appear only as bounds of variable-length patterns such as *0.. or *1..
    expect(statement.cypher.replace(/\*\d\.\./g, '').match(/\b\d+\b/g)).toBeNull();
    expect(statement.cypher).not.toContain('${');
  });

  // After RETURN, ORDER BY sees the returned columns first: `RETURN … AS post ORDER BY post.id`
  // would sort by a property of the projection (null), not of the node.
  it.each(statements.map((s) => [s.name, s] as const))('%s never sorts a RETURN by a column that hides a variable', (_name, statement) => {
    // An ORDER BY after a WITH (in a subquery of the RETURN) sorts that WITH's rows instead.
    const [, returned = '', order = ''] = /\bRETURN\b((?:(?!\bWITH\b)[\s\S])*?)\bORDER BY\b([\s\S]*)$/.exec(statement.cypher) ?? [];
    const columns = new Set([...returned.matchAll(/\bAS (\w+)/g)].map((m) => m[1]));
    const sortedBy = [...order.matchAll(/\b(\w+)\.\w+/g)].map((m) => m[1]);
    expect(sortedBy.filter((name) => columns.has(name))).toEqual([]);
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s uses only labels and relationship types of the graph model', (_name, statement) => {
    for (const [, label] of statement.cypher.matchAll(/\(\w*:(\w+)/g)) expect(labels).toContain(label);
    for (const [, type] of statement.cypher.matchAll(/\[\w*:(\w+)/g)) expect(types).toContain(type);
  });
});
