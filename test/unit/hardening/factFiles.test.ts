import { afterAll, describe, expect, it } from 'vitest';
import { maxSeedFileBytes, maxYamlAliases, maxYamlNesting } from '../../../src/seed/readYamlFile.js';
import { articleFacts, createFactFolder } from './factFolder.js';

const folder = await createFactFolder();
afterAll(() => folder.remove());

/** Validates and expects exactly the problems matching `message`, at `line`:`column` of the fact file. */
async function expectRejected(content: string | Uint8Array, message: RegExp, where: { line: number; column?: number }) {
  const result = await folder.validate(content);
  if (result.ok) throw new Error('The fact file was accepted.');
  const problem = result.problems.find((p) => message.test(p.message));
  expect(problem, JSON.stringify(result.problems)).toBeDefined();
  expect(problem).toMatchObject({ file: folder.factFile, line: where.line, ...(where.column ? { column: where.column } : {}) });
}

/** Nine lists of nine aliases of the one before: 9^9 copies of "lol" once expanded. */
function billionLaughs(): string {
  const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level < 10; level += 1) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return lines.join('\n');
}

describe('the seeder facing hostile fact files', () => {
  it('refuses a billion-laughs alias bomb at its first alias', async () => {
    await expectRejected(billionLaughs(), new RegExp(`more than ${maxYamlAliases} copies`), { line: 2, column: 8 });
  });

  it('refuses a key written twice in one mapping, at the second one', async () => {
    const twice = articleFacts.replace('  publisher: kommune21\n', '  publisher: kommune21\n  publisher: someone else\n');
    const line = twice.split('\n').findIndex((l) => l.includes('someone else')) + 1;
    await expectRejected(twice, /appears twice/, { line, column: 3 });
  });

  it(`refuses a file over ${maxSeedFileBytes / 2 ** 20} MiB before reading it`, async () => {
    await expectRejected('# '.repeat(maxSeedFileBytes), /at most 4\.0 MiB/, { line: 1, column: 1 });
  });

  it('refuses UTF-16 with a byte order mark', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(articleFacts, 'utf16le')]);
    await expectRejected(utf16, /UTF-16/, { line: 1, column: 1 });
  });

  it('refuses UTF-16 without a byte order mark, at its first NUL byte', async () => {
    await expectRejected(Buffer.from(articleFacts, 'utf16le'), /NUL byte at offset 1/, { line: 1, column: 2 });
  });

  it('refuses Latin-1 bytes at the first one, with its line and column', async () => {
    const latin1 = Buffer.from(articleFacts, 'latin1');
    const line = articleFacts.split('\n').findIndex((l) => /[^\p{ASCII}]/u.test(l)) + 1;
    const column = (articleFacts.split('\n')[line - 1] ?? '').search(/[^\p{ASCII}]/u) + 1;
    await expectRejected(latin1, /not UTF-8/, { line, column });
  });

  it.each([
    ['a 24 kB line of nested "- " markers', '- '.repeat(12_000) + 'x', 1, 1],
    ['thousands of nested flow brackets', '['.repeat(50_000) + ']'.repeat(50_000), 1, maxYamlNesting + 1],
    ['thousands of nested flow mappings', `source: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}`, 1, 'source: '.length + 4 * maxYamlNesting + 1],
  ])('refuses %s without crashing the parser', async (_name, text, line, column) => {
    await expectRejected(text, new RegExp(`deeper than ${maxYamlNesting} levels`), { line, column });
  });
});
