import { Kind, visit, type DocumentNode } from 'graphql';
import type { ListBounds } from '../graph/GraphVersionRepository.js';

/**
 * Remembers each operation's estimated cost, so that a query asked again (a dashboard
 * polling, a client asking the same question about another id) is not walked again.
 *
 * The cost depends on the document, the operation, the graph's measured list bounds
 * and only those variables that size a list: the ones passed to `first` (page sizes)
 * and to `from`, `to` and `step` (the points of a series). The key holds exactly
 * these, so two requests that differ in an id share one entry and two that differ in a
 * page size do not. The bounds are a new object per graph version, so a changed graph
 * starts afresh; each version keeps at most `maxEntries` documents.
 */
export interface CostCache {
  /** The cost of the operation, computed by `estimate` unless already known. */
  costOf(
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
    bounds: ListBounds | null,
    estimate: () => number,
  ): number;
}

/** Arguments whose values size a list in the estimate (queryLimits.ts: `first`, and a series' days). */
const sizingArguments = new Set(['first', 'from', 'to', 'step']);

const maxEntries = 1_000;

export function createCostCache(): CostCache {
  const byBounds = new WeakMap<ListBounds, Map<string, number>>();
  const unmeasured = new Map<string, number>();
  const sizingVariables = new WeakMap<DocumentNode, string[]>();

  const variablesOf = (document: DocumentNode): string[] => {
    let names = sizingVariables.get(document);
    if (!names) {
      names = sizingVariablesIn(document);
      sizingVariables.set(document, names);
    }
    return names;
  };

  return {
    costOf(document, operationName, variables, bounds, estimate) {
      const entries = bounds ? (byBounds.get(bounds) ?? new Map<string, number>()) : unmeasured;
      if (bounds && !byBounds.has(bounds)) byBounds.set(bounds, entries);
      const text = document.loc?.source.body;
      // A document built in code has no source text to key on: estimate it every time.
      if (text === undefined) return estimate();
      const key = JSON.stringify([text, operationName ?? null, variablesOf(document).map((name) => variables[name] ?? null)]);
      const known = entries.get(key);
      if (known !== undefined) return known;
      const cost = estimate();
      if (entries.size >= maxEntries) entries.clear();
      entries.set(key, cost);
      return cost;
    },
  };
}

/** The variables used anywhere in the value of a sizing argument, sorted. */
function sizingVariablesIn(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (!sizingArguments.has(argument.name.value)) return;
      visit(argument.value, {
        [Kind.VARIABLE](variable) {
          names.add(variable.name.value);
        },
      });
    },
  });
  return [...names].sort();
}
