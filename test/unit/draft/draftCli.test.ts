import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.js';
import { loadFactSet } from '../../../src/seed/loadFactSet.js';

const run = promisify(execFile);
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(projectRoot, 'src', 'cli', 'draft.ts');

/** Runs npm run draft's script and returns its exit code and output. */
async function draft(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: projectRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let folder: string;
let source: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rolegraph-draft-cli-'));
  await mkdir(path.join(folder, 'sources'));
  await mkdir(path.join(folder, 'facts'));
  source = path.join(folder, 'sources', 'test-made-up-text.txt');
  await writeFile(source, 'TEST SOURCE - made up.\n\nAnna Weber ist seit 2019 Geschäftsführerin der KL.digital. Sie folgt auf Martin Verlage.\n');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('npm run draft', () => {
  it('writes the draft into the facts folder beside sources, matched against seeds/', async () => {
    const { code, stdout } = await draft(source, '--published', '2023-03');
    expect(code).toBe(0);
    expect(stdout).toContain('2 people (1 already in the graph)');
    const yaml = await readFile(path.join(folder, 'facts', 'test-made-up-text.yaml'), 'utf8');
    expect(yaml).toMatch(/^draft: /m);
    expect(yaml).toContain('textFile: ../sources/test-made-up-text.txt');
    expect(yaml).toContain('publishedOn: 2023-03');
    expect(yaml).toContain('organization: kl-digital');
    // Martin Verlage is in seeds/, so the succession links to the graph's tenure of his.
    expect(yaml).toContain('predecessor: martin-verlage/kl-digital/managing-director');
  });

  it('writes a draft that the seeder loads with seeds/ once its draft line is deleted, publication month and all', async () => {
    const file = path.join(folder, 'facts', 'test-made-up-text.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^draft: .*\n/m, ''));
    const { facts } = await loadFactSet([path.join(projectRoot, 'seeds'), file]);
    expect(facts.sources.find((s) => s.id === 'test-made-up-text')?.published).toMatchObject({
      value: '2023-03',
      earliest: '2023-03-01',
      latest: '2023-03-31',
    });
  });

  it('never overwrites an existing file without --force', async () => {
    const { code, stderr } = await draft(source, '--published', '2023-03');
    expect(code).toBe(1);
    expect(stderr).toContain('exists already');
    expect((await draft(source, '--published', '2023-03', '--force')).code).toBe(0);
  });

  it('refuses a publication date that is not a partial date, with the rule and the value', async () => {
    const { code, stderr } = await draft(source, '--published', '2023-13', '--out', path.join(folder, 'other.yaml'));
    expect(code).toBe(2);
    expect(stderr).toContain('--published must be YYYY, YYYY-MM or YYYY-MM-DD (a day that exists), not "2023-13"');
  });
});
