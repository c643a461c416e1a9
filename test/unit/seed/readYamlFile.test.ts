import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { projectRoot } from '../../../src/projectRoot.js';
import { parseYaml } from '../../../src/seed/readYamlFile.js';

/** What the parser that keeps positions reads: the reference the fast path must match. */
const reference = (text: string) => parseDocument(text, { uniqueKeys: true }).toJS({ maxAliasCount: 100 }) as unknown;

const projectYaml = execFileSync('git', ['ls-files', '*.yaml', '*.yml'], { cwd: projectRoot, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file !== '');

describe('reading YAML', () => {
  it.each(projectYaml)('reads %s to the same data as the parser that keeps positions', (file) => {
    const text = readFileSync(path.join(projectRoot, file), 'utf8');
    const { yaml, problems } = parseYaml(file, text);

    expect(problems).toEqual([]);
    expect(yaml.data).toEqual(reference(text));
  });

  it.each([
    ['an empty file', ''],
    ['a file of comments', '# nothing yet\n'],
    ['dates, which stay text', 'start: 2022-02-01\nat: 2022-02-01T10:00:00Z\n'],
    ['YAML 1.1 words, which are no booleans in YAML 1.2', 'a: yes\nb: off\nc: ~\nd: true\n'],
    ['numbers in every notation', 'a: 0o17\nb: 0x1F\nc: 1e3\nd: .inf\ne: 017\n'],
    ['a merge key, which YAML 1.2 does not merge', 'base: &b { x: 1 }\nderived:\n  <<: *b\n  y: 2\n'],
    ['an ampersand in a quote', 'publisher: "Müller & Söhne"\nnote: a * b\n'],
    ['block scalars', 'text: |\n  Zeile eins\n  Zeile zwei\nfolded: >-\n  ein\n  Satz\n'],
  ])('reads %s as the parser that keeps positions does', (_name, text) => {
    const { yaml, problems } = parseYaml('x.yaml', text);

    expect(problems).toEqual([]);
    expect(yaml.data).toEqual(reference(text));
  });

  it('locates a problem in a file it read without positions', () => {
    const text = 'source:\n  id: a\n  title: Eine Überschrift\n';
    const { yaml } = parseYaml('x.yaml', text);

    expect(yaml.problemAt(['source', 'title'], 'too short')).toEqual({ file: 'x.yaml', line: 3, column: 10, message: 'too short' });
    expect(yaml.problemAt(['source', 'title'], 'unknown', { at: 'key' })).toMatchObject({ line: 3, column: 3 });
  });

  it.each([
    ['a key written twice', 'a: 1\na: 2\n', 2],
    ['an unknown tag', 'a: !secret 1\n', 1],
    ['a tab as indentation', 'a:\n\tb: 1\n', 2],
  ])('reports %s at its line, as the parser that keeps positions does', (_name, text, line) => {
    const { yaml, problems } = parseYaml('x.yaml', text);

    expect(yaml.data).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: 'x.yaml', line });
  });
});
