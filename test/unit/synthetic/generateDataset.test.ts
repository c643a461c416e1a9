import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactSet } from '../../../src/domain/FactSet.js';
import { loadFactSet } from '../../../src/seed/loadFactSet.js';
import { syntheticPublisher } from '../../../src/synthetic/ArticleBuilder.js';
import { generateDataset, type DatasetManifest } from '../../../src/synthetic/generateDataset.js';

async function hashFolder(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (folder: string): Promise<void> => {
    for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else hash.update(`${path.relative(dir, full)}\n`).update(await readFile(full));
    }
  };
  await walk(dir);
  return hash.digest('hex');
}

describe('generateDataset', () => {
  let root: string;
  let manifest: DatasetManifest;
  let facts: FactSet;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rolegraph-synthetic-'));
    manifest = await generateDataset({ tenures: 1_000, seed: 7, out: path.join(root, 'a') });
    // The seeder's own validator, over the whole folder: this is what `npm run seed` would accept.
    facts = (await loadFactSet([path.join(root, 'a')])).facts;
  }, 120_000);

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('writes exactly the asked number of tenures, in fact files the seeder validates without a problem', () => {
    expect(manifest.tenures).toBe(1_000);
    expect(facts.tenures).toHaveLength(1_000);
    expect(facts.people).toHaveLength(manifest.people);
    expect(facts.sources).toHaveLength(manifest.sources);
  });

  it('writes byte-identical files for the same seed and different ones for another seed', async () => {
    await generateDataset({ tenures: 1_000, seed: 7, out: path.join(root, 'b') });
    await generateDataset({ tenures: 1_000, seed: 8, out: path.join(root, 'c') });
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((name) => hashFolder(path.join(root, name))));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  }, 120_000);

  it('marks every source and the manifest as synthetic', () => {
    expect(manifest.synthetic).toBe(true);
    expect(
      facts.sources.every((s) => s.publisher === syntheticPublisher && s.title.includes('synthetisch') && s.text.startsWith('SYNTHETISCHE TESTDATEN')),
    ).toBe(true);
  });

  it('states dates at year, month and day precision, and leaves some starts and ends unknown', () => {
    const precisions = new Set(facts.tenures.flatMap((t) => [t.start?.precision, t.end?.precision]));
    expect(precisions).toEqual(new Set(['YEAR', 'MONTH', 'DAY', undefined]));
    expect(facts.tenures.some((t) => t.start === null && t.end !== null)).toBe(true);
    expect(facts.tenures.some((t) => t.start !== null && t.end === null)).toBe(true);
  });

  it('has successions, acting and honorary holders, re-appointments and vacancies', () => {
    expect(facts.tenures.filter((t) => t.predecessorId !== null).length).toBeGreaterThan(300);
    expect(new Set(facts.tenures.map((t) => t.capacity))).toEqual(new Set(['regular', 'acting', 'interim', 'honorary']));
    expect(facts.tenures.some((t) => /\/\d+$/.test(t.id))).toBe(true);
    const byId = new Map(facts.tenures.map((t) => [t.id, t]));
    const hasGap = facts.tenures.some((t) => {
      const before = t.predecessorId ? byId.get(t.predecessorId) : undefined;
      return before?.end && t.start && t.start.earliest > before.end.latest;
    });
    expect(hasGap).toBe(true);
  });

  it('has ownership trees with wholly municipal companies and people with German and English names and aliases', () => {
    const municipalities = new Set(facts.organizations.filter((o) => o.kind === 'municipality').map((o) => o.id));
    expect(facts.ownerships.some((o) => o.percentage === 100 && municipalities.has(o.ownerId))).toBe(true);
    expect(facts.ownerships.some((o) => !municipalities.has(o.ownerId))).toBe(true);
    expect(facts.organizations.some((o) => o.partOfId !== null)).toBe(true);
    expect(facts.people.some((p) => /ä|ö|ü|ß/.test(p.name))).toBe(true);
    expect(
      facts.people.some((p) =>
        /^(Emily|Sarah|Olivia|Charlotte|Grace|Hannah|Rachel|Megan|James|Oliver|George|Henry|William|Daniel|Edward|Samuel) /.test(p.name),
      ),
    ).toBe(true);
    expect(facts.people.every((p) => p.aliases.length >= 1)).toBe(true);
  });

  it('cites most tenures from more than one source, every quote placed in its source text', () => {
    const sourcesOf = new Map<string, Set<string>>();
    for (const c of facts.citations) sourcesOf.set(c.factId, (sourcesOf.get(c.factId) ?? new Set()).add(c.sourceId));
    const cited = facts.tenures.filter((t) => (sourcesOf.get(t.id)?.size ?? 0) >= 2);
    expect(cited.length).toBeGreaterThan(facts.tenures.length / 2);
    const texts = new Map(facts.sources.map((s) => [s.id, s.text]));
    expect(facts.citations.every((c) => texts.get(c.sourceId)!.slice(c.startOffset, c.endOffset) === c.quote)).toBe(true);
  });
});
