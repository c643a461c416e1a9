import type { TemporalExpression } from './findTemporalExpressions.js';

/**
 * "Seitdem" and "Seither" opening a sentence refer to the date of the sentence
 * before: "Bauer ist Ende Juli gewechselt. Seitdem hatte Aydın die Aufgaben …" dates
 * Aydın's start at the end of July. Resolved only when the sentence before has exactly
 * one resolved date, marked as an inference; otherwise null.
 */
export function anaphoricDate(sentence: string, previous: readonly TemporalExpression[]): TemporalExpression | null {
  const word = /^(?:Seitdem|Seither)(?![\p{L}])/u.exec(sentence)?.[0];
  const resolved = previous.filter((e) => e.date !== null);
  if (!word || resolved.length !== 1) return null;
  const antecedent = resolved[0]!;
  const date = antecedent.date!;
  return {
    start: 0,
    end: word.length,
    text: word,
    relation: 'since',
    date: { ...date, inference: `"${word}" refers to the date of the sentence before, "${antecedent.text}" (${date.value}).` },
    unresolved: null,
  };
}
