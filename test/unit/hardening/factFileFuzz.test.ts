import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFacts, createFactFolder, isLocated } from './factFolder.js';

const folder = await createFactFolder();
afterAll(() => folder.remove());

const lines = articleFacts.split('\n');

/** Characters that mean something to YAML, and text that means something to people. */
const yamlNoise = fc.oneof(
  fc.constantFrom(
    '&a ',
    '*a',
    '!!binary ',
    '!!js/function ',
    '|',
    '>-',
    '{',
    '}',
    '[',
    ']',
    ': ',
    '- ',
    '? ',
    '#',
    '%YAML 1.1\n',
    '---\n',
    '...\n',
    '"',
    "'",
    '\t',
    '\\',
    '<<: *a',
    'null',
    '~',
    '0x1F',
    '2022-02-30',
    '\u0000',
    '\uFEFF',
    '\uD800',
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** One edit of the real fact file, as a careless or malicious editor would make it. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), line: fc.nat(lines.length), column: fc.nat(40), text: yamlNoise }),
  fc.record({ kind: fc.constant('delete' as const), line: fc.nat(lines.length), count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat(lines.length), count: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant('reindent' as const), line: fc.nat(lines.length), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(articleFacts.length) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function applyMutations(text: string, mutations: readonly Mutation[]): string {
  let current = text.split('\n');
  for (const m of mutations) {
    const at = 'line' in m ? Math.min(m.line, current.length - 1) : 0;
    if (m.kind === 'insert') {
      const line = current[at] ?? '';
      current[at] = line.slice(0, m.column) + m.text + line.slice(m.column);
    } else if (m.kind === 'delete') {
      current.splice(at, m.count);
    } else if (m.kind === 'duplicate') {
      current.splice(at, 0, ...current.slice(at, at + m.count));
    } else if (m.kind === 'reindent') {
      const line = current[at] ?? '';
      current[at] = m.by > 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
    } else {
      current = current.join('\n').slice(0, m.at).split('\n');
    }
  }
  return current.join('\n');
}

/** Validation ends in a FactSet or in located problems; any other outcome fails the property. */
async function validatesOrLocates(content: string): Promise<void> {
  const result = await folder.validate(content);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  const lineCount = content.split('\n').length;
  for (const problem of result.problems) {
    if (problem.file !== folder.factFile) continue;
    expect(isLocated(problem, lineCount), JSON.stringify(problem)).toBe(true);
  }
}

describe('the fact-file validator under fuzzing', { timeout: 120_000 }, () => {
  it('answers every mutated fact file with a FactSet or located problems, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => validatesOrLocates(applyMutations(articleFacts, mutations))),
      {
        numRuns: 150,
      },
    );
  });

  it('answers random text with located problems, never an exception', async () => {
    const randomYamlish = fc
      .array(fc.oneof(yamlNoise, fc.constantFrom('\n', '  ', 'source:', 'people:', 'tenures:', 'id: x', 'cite:')), { maxLength: 60 })
      .map((parts) => parts.join(''));
    await fc.assert(fc.asyncProperty(fc.oneof(randomYamlish, fc.string({ unit: 'binary', maxLength: 400 })), validatesOrLocates), { numRuns: 150 });
  });

  it('answers random bytes (not text at all) with located problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 400 }), async (bytes) => {
        const result = await folder.validate(bytes);
        if (!result.ok) for (const problem of result.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });
});
