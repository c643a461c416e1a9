import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactSet } from '../../../src/seed/loadFactSet.js';

describe('the complete example of docs/fact-files.md', () => {
  it('is a valid fact file, so the documentation cannot drift from the format', async () => {
    const doc = await readFile('docs/fact-files.md', 'utf8');
    const blocks = [...doc.matchAll(/```(\w*)\n(.*?)```/gs)].map((m) => ({ language: m[1], body: m[2] ?? '' }));
    const text = blocks.find((b) => b.language === 'text')?.body ?? '';
    const [factFile, , roles] = blocks.filter((b) => b.language === 'yaml').map((b) => b.body);
    const dir = await mkdtemp(path.join(tmpdir(), 'rolegraph-docs-'));
    await mkdir(path.join(dir, 'sources'));
    await mkdir(path.join(dir, 'facts'));
    await writeFile(path.join(dir, 'sources', 'example-2020-05-04.txt'), text);
    await writeFile(path.join(dir, 'facts', 'example-2020-05-04.yaml'), factFile ?? '');
    await writeFile(path.join(dir, 'roles.yaml'), roles ?? '');

    const { facts } = await loadFactSet([dir]);

    expect(facts.tenures.map((t) => t.id)).toEqual(['bernd-probe/beispiel-gmbh/managing-director', 'anna-muster/beispiel-gmbh/managing-director']);
    expect(facts.ownerships).toHaveLength(1);
  });
});
