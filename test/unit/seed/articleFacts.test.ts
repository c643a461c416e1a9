import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactSet } from '../../../src/domain/FactSet.js';
import { buildSuccessionChain } from '../../../src/domain/succession.js';
import { certaintyAt, statusOf } from '../../../src/domain/temporal.js';
import { knownAs } from '../api/facts.js';
import { loadFactSet } from '../../../src/seed/loadFactSet.js';
import { articleId, articleSeedPaths, testSourcePaths } from '../../fixtures/article.js';

/** The SHA-256 of the article's text as it was taken in: a change to any byte of it changes this. */
const articleTextSha256 = '752e857c93d0a9560c84bafadf1c55c6e614ec4d63501e34f84f926ee84c99f6';

// The article's facts alone, whatever other sources seeds/ holds.
let facts: FactSet;

beforeAll(async () => {
  ({ facts } = await loadFactSet(articleSeedPaths));
});

const tenure = (id: string) => {
  const found = facts.tenures.find((t) => t.id === id);
  if (!found) throw new Error(`no tenure ${id}`);
  return found;
};

describe('the kommune21 article of 2021-12-13 as facts', () => {
  it('keeps the source text byte for byte as it was taken in', async () => {
    const stored = await readFile(`seeds/sources/${articleId}.txt`);
    expect(createHash('sha256').update(stored).digest('hex')).toBe(articleTextSha256);
    expect(facts.sources).toHaveLength(1);
    const source = facts.sources.find((s) => s.id === articleId);
    expect(source?.text).toBe(stored.toString('utf8'));
    expect(source).toMatchObject({
      title: 'KL.digital bekommt neue Geschäftsleitung',
      publisher: 'kommune21',
      published: { value: '2021-12-13', precision: 'DAY', earliest: '2021-12-13', latest: '2021-12-13' },
      author: 'aö',
      language: 'de',
      photoCredit: 'Thomas Kierok',
      url: null,
    });
  });

  it('cites every fact with quotes that are verbatim slices of the text', () => {
    const textOf = new Map(facts.sources.map((source) => [source.id, source.text]));
    expect(facts.citations.length).toBeGreaterThan(0);
    for (const citation of facts.citations)
      expect(textOf.get(citation.sourceId)?.slice(citation.startOffset, citation.endOffset), citation.id).toBe(citation.quote);
    const cited = new Set(facts.citations.map((c) => c.factId));
    for (const list of [facts.people, facts.organizations, facts.posts, facts.tenures, facts.ownerships, facts.plans, facts.activities]) {
      for (const fact of list) expect(cited, fact.id).toContain(fact.id);
    }
  });

  it('names the required people, organisations and roles by their stable ids', () => {
    expect(facts.people.map((p) => p.id).sort()).toEqual(['dieter-rombach', 'gerhard-steinebach', 'ilona-benz', 'klaus-weichel', 'martin-verlage']);
    expect(facts.organizations.map((o) => o.id)).toEqual(expect.arrayContaining(['kl-digital', 'stadt-kaiserslautern', 'gemeindetag-baden-wuerttemberg']));
    expect(facts.roles.map((r) => r.key)).toEqual(expect.arrayContaining(['managing-director', 'chief-digital-officer', 'chief-urban-officer', 'lord-mayor']));
  });

  it('ends Verlage on 31 December 2021 by inference and starts Benz on 1 February 2022, leaving January vacant', () => {
    const verlage = tenure('martin-verlage/kl-digital/managing-director');
    const benz = tenure('ilona-benz/kl-digital/managing-director');
    expect(verlage.start).toBeNull();
    expect(verlage.end).toMatchObject({
      earliest: '2021-12-31',
      latest: '2021-12-31',
      inference: { en: expect.stringContaining('end of the year'), de: expect.stringContaining('Jahresende') },
    });
    expect(verlage.confirmations).toEqual([{ earliest: '2021-12-13', latest: '2021-12-13' }]);
    expect(benz.start).toMatchObject({ value: '2022-02-01', inference: null });
    expect(benz.predecessorId).toBe(verlage.id);
    expect(benz.confirmations).toEqual([]);

    const chain = buildSuccessionChain([verlage, benz]);
    expect(chain.map((step) => step.view.id)).toEqual([verlage.id, benz.id]);
    expect(chain[1]!.vacancyBefore).toEqual({ from: '2022-01-01', to: '2022-01-31' });
    expect(statusOf(benz)).toBe('ANNOUNCED');
  });

  it('keeps Benz at the Stabsstelle from 2018 until some day before her move', () => {
    const head = knownAs(tenure('ilona-benz/stabsstelle-digitalisierung-gemeindetag-bw/head-of-unit'))!;
    expect(head.start).toMatchObject({ value: '2018', precision: 'YEAR' });
    expect(head.end).toMatchObject({
      earliest: '2021-12-13',
      latest: '2022-01-31',
      inference: { en: expect.stringContaining('auslaufend'), de: expect.stringContaining('auslaufend') },
    });
    expect(certaintyAt(head, '2021-12-13')).toBe('CERTAIN');
    expect(certaintyAt(head, '2022-01-15')).toBe('POSSIBLE');
    expect(certaintyAt(head, '2022-02-01')).toBeNull();
    const unit = facts.organizations.find((o) => o.id === 'stabsstelle-digitalisierung-gemeindetag-bw');
    expect(unit).toMatchObject({ kind: 'administrative-unit', partOfId: 'gemeindetag-baden-wuerttemberg' });
  });

  it('derives Benz birth from "die 31-Jährige" and marks gender and birth as inferred', () => {
    const benz = facts.people.find((p) => p.id === 'ilona-benz');
    expect(benz?.birth).toMatchObject({
      earliest: '1989-12-14',
      latest: '1990-12-13',
      inference: { en: expect.stringContaining('31-Jährige'), de: expect.stringContaining('31-Jährige') },
    });
    expect(benz).toMatchObject({
      gender: 'female',
      genderInference: { en: expect.stringContaining('Geschäftsführerin'), de: expect.stringContaining('Geschäftsführerin') },
    });
    expect(facts.people.find((p) => p.id === 'gerhard-steinebach')).toMatchObject({ gender: 'unknown', genderInference: null });
  });

  it('holds the honorary CDO and CUO posts and the lord mayor, marking the inferred city', () => {
    const onTheDay = [{ earliest: '2021-12-13', latest: '2021-12-13' }];
    expect(tenure('dieter-rombach/stadt-kaiserslautern/chief-digital-officer')).toMatchObject({ capacity: 'honorary', confirmations: onTheDay });
    expect(tenure('dieter-rombach/stadt-kaiserslautern/chief-digital-officer').inference ?? null).toBeNull();
    expect(tenure('gerhard-steinebach/stadt-kaiserslautern/chief-urban-officer')).toMatchObject({
      capacity: 'honorary',
      inference: { en: expect.stringContaining('context'), de: expect.stringContaining('Zusammenhang') },
    });
    expect(tenure('klaus-weichel/stadt-kaiserslautern/lord-mayor')).toMatchObject({ capacity: 'regular', confirmations: onTheDay });
  });

  it('owns KL.digital wholly by the city, and plans the Referat, the committee and full-time CDO and CUO posts', () => {
    expect(facts.ownerships).toEqual([expect.objectContaining({ ownerId: 'stadt-kaiserslautern', ownedId: 'kl-digital', percentage: 100 })]);
    expect(facts.ownerships[0]!.confirmations).toEqual([{ earliest: '2021-12-13', latest: '2021-12-13' }]);
    const concerns = facts.plans.flatMap((p) => p.concerns);
    expect(concerns).toEqual(
      expect.arrayContaining([
        'referat-digitalisierung-und-innovation-kaiserslautern',
        'digitalisierungsausschuss-kaiserslautern',
        'stadt-kaiserslautern/chief-digital-officer',
        'stadt-kaiserslautern/chief-urban-officer',
        'kl-digital',
      ]),
    );
    expect(
      facts.organizations
        .filter((o) => o.status === 'planned')
        .map((o) => o.id)
        .sort(),
    ).toEqual(['digitalisierungsausschuss-kaiserslautern', 'referat-digitalisierung-und-innovation-kaiserslautern']);
  });

  it('names no university for the doctorate, which the article does not name', () => {
    expect(facts.organizations.filter((o) => o.kind === 'university')).toEqual([]);
    expect(facts.activities.map((a) => a.id)).toContain('ilona-benz/doctorate-smart-city');
  });
});

describe('a second source for an existing tenure (the TEST fixture)', () => {
  it('adds a citation and its evidence, and no second tenure', async () => {
    const { facts: both } = await loadFactSet([...articleSeedPaths, ...testSourcePaths]);
    expect(both.tenures.length).toBe(facts.tenures.length);
    const benz = both.tenures.find((t) => t.id === 'ilona-benz/kl-digital/managing-director')!;
    expect(benz.citedOn).toEqual(['2021-12-13', '2022-03-01']);
    expect(benz.confirmations).toEqual([{ earliest: '2022-03-01', latest: '2022-03-01' }]);
    expect(benz.statements.map((statement) => [statement.sourceId, statement.values.start?.value])).toEqual([
      ['kommune21-2021-12-13-kl-digital', '2022-02-01'],
      ['test-made-up-2022-03-01', '2022-02-01'],
    ]);
    const fromTest = both.citations.filter((c) => c.factId === benz.id && c.sourceId === 'test-made-up-2022-03-01');
    expect(fromTest).toHaveLength(1);
    expect(statusOf(knownAs(benz)!)).toBe('REPORTED');
    expect(statusOf(knownAs(benz, '2021-12-31')!)).toBe('ANNOUNCED');
  });
});
